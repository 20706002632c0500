/// One problem found in the input: where, how bad, what, and what to do about it.
///
/// Every message is written twice, Vietnamese first, English second, so an editor can act on it
/// and a CI log stays searchable.
public struct Diagnostic: Error, Sendable, Hashable, Comparable {
    public enum Severity: String, Sendable, Hashable {
        case error
        case warning
    }

    public var severity: Severity
    public var location: SourceLocation
    /// The problem, in Vietnamese.
    public var message: String
    /// The problem, in English.
    public var messageEN: String
    /// What to do, in Vietnamese (may be empty).
    public var hint: String
    /// What to do, in English (may be empty).
    public var hintEN: String

    public init(
        _ severity: Severity, at location: SourceLocation,
        vi message: String, en messageEN: String,
        hintVI hint: String = "", hintEN: String = ""
    ) {
        self.severity = severity
        self.location = location
        self.message = message
        self.messageEN = messageEN
        self.hint = hint
        self.hintEN = hintEN
    }

    public static func error(
        _ location: SourceLocation, vi: String, en: String, hintVI: String = "", hintEN: String = ""
    ) -> Diagnostic {
        Diagnostic(.error, at: location, vi: vi, en: en, hintVI: hintVI, hintEN: hintEN)
    }

    public static func warning(
        _ location: SourceLocation, vi: String, en: String, hintVI: String = "", hintEN: String = ""
    ) -> Diagnostic {
        Diagnostic(.warning, at: location, vi: vi, en: en, hintVI: hintVI, hintEN: hintEN)
    }

    /// The report line(s): `path:line:column: error: vi — en`, then the hint indented.
    public var formatted: String {
        var text = "\(location): \(severity.rawValue): \(message) — \(messageEN)"
        if !hint.isEmpty || !hintEN.isEmpty {
            text += "\n    gợi ý: \(hint)"
            if !hintEN.isEmpty { text += "\n    hint: \(hintEN)" }
        }
        return text
    }

    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        return (lhs.severity.rawValue, lhs.messageEN) < (rhs.severity.rawValue, rhs.messageEN)
    }
}
