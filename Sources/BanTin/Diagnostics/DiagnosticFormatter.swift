import Foundation

/// Writes diagnostics for people (Vietnamese then English, or English only) and for machines
/// (JSON, GitHub workflow annotations).
public enum DiagnosticFormatter {
    public enum Format: String, Sendable, CaseIterable {
        case text, json, github
    }

    public enum Language: String, Sendable, CaseIterable {
        case vi, en
    }

    public static func format(_ diagnostics: [Diagnostic], as format: Format, language: Language = .vi) -> String {
        switch format {
        case .text: return diagnostics.map { text($0, language: language) + "\n" }.joined()
        case .json: return json(diagnostics) + "\n"
        case .github: return diagnostics.map { github($0, language: language) + "\n" }.joined()
        }
    }

    /// `path:line:column: error: vi — en` and the hint; English only with `.en`.
    public static func text(_ diagnostic: Diagnostic, language: Language) -> String {
        switch language {
        case .vi: return diagnostic.formatted
        case .en:
            var line = "\(diagnostic.location): \(diagnostic.severity.rawValue): \(diagnostic.messageEN)"
            if !diagnostic.hintEN.isEmpty { line += "\n    hint: \(diagnostic.hintEN)" }
            return line
        }
    }

    public static func json(_ diagnostics: [Diagnostic]) -> String {
        let items: [[String: Any]] = diagnostics.map {
            [
                "path": $0.location.path, "line": $0.location.line, "column": $0.location.column,
                "severity": $0.severity.rawValue, "message": $0.message, "message_en": $0.messageEN,
                "hint": $0.hint, "hint_en": $0.hintEN,
            ]
        }
        guard let data = try? JSONSerialization.data(withJSONObject: items, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])
        else { return "[]" }
        return String(decoding: data, as: UTF8.self)
    }

    /// `::error file=…,line=…,col=…,title=bantin::message` (GitHub Actions workflow command).
    public static func github(_ diagnostic: Diagnostic, language: Language) -> String {
        let message = language == .en
            ? diagnostic.messageEN + (diagnostic.hintEN.isEmpty ? "" : "\n" + diagnostic.hintEN)
            : "\(diagnostic.message) — \(diagnostic.messageEN)" + (diagnostic.hint.isEmpty ? "" : "\n" + diagnostic.hint)
        let location = diagnostic.location
        return "::\(diagnostic.severity.rawValue) file=\(property(location.path)),line=\(location.line),col=\(location.column),"
            + "title=bantin::\(data(message))"
    }

    private static func data(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    private static func property(_ text: String) -> String {
        data(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
