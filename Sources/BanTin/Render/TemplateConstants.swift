import Foundation

/// Values that are the same on every page of a build (`labels.*.vi`, `labels.*.en`, `site.*`,
/// `lang`), written into the template text before it is compiled, so rendering does not look
/// them up again on every page. Only plain `{{name}}` and `{{{name}}}` tags are replaced, with
/// the same escaping the template engine would apply; sections and partials are left alone.
public struct TemplateConstants: Sendable {
    public let values: [String: String]

    public init(config: SiteConfig) {
        var values: [String: String] = ["lang": config.language]
        for (key, label) in config.labels {
            values["labels.\(key).vi"] = label.vi
            values["labels.\(key).en"] = label.en
        }
        let site = SharedChrome.siteTexts(config)
        for (key, value) in site { values["site.\(key)"] = value }
        self.values = values
    }

    /// `text` with every constant tag replaced.
    public func apply(to text: String) -> String {
        guard text.contains("{{") else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            result += rest[..<open.lowerBound]
            let triple = rest[open.upperBound...].hasPrefix("{")
            let inner = rest[(triple ? rest.index(after: open.upperBound) : open.upperBound)...]
            let closing = triple ? "}}}" : "}}"
            guard let close = inner.range(of: closing) else {
                result += rest[open.lowerBound...]
                return result
            }
            let name = String(inner[..<close.lowerBound]).trimmingSpaces
            if let value = values[name] {
                result += triple ? value : FastHTMLEscape.escape(value)
            } else {
                result += rest[open.lowerBound..<close.upperBound]
            }
            rest = rest[close.upperBound...]
        }
        result += rest
        return result
    }
}
