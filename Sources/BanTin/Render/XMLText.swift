import Foundation

/// Escaping for XML text and attribute values (feeds, sitemap).
enum XMLText {
    /// A feed field that readers take as HTML (`<description>`): the text escaped for HTML, then
    /// for XML, so a reader that decodes the XML, then shows the HTML, shows the text as written.
    static func escapeHTML(_ text: String) -> String {
        // XML's five entities are HTML's too (`&apos;` since HTML5): the first pass is the HTML one.
        escape(escape(text))
    }

    /// A feed field meant as text that some readers take as HTML (`<title>`, `<dc:creator>`,
    /// `<category>`): `<` and `>` escaped for HTML too, so no reader ever sees a tag in it; `&`
    /// and quotes are escaped for XML only, so a reader that shows plain text shows
    /// "Kinh tế & Xã hội", not "&amp;".
    static func escapeText(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x3C || $0 == 0x3E }) else { return escape(text) }
        // In what `escape` gives, every `&` opens an entity it wrote, so `&lt;` stands for `<` alone.
        return escape(text).replacingOccurrences(of: "&lt;", with: "&amp;lt;").replacingOccurrences(of: "&gt;", with: "&amp;gt;")
    }

    static func escape(_ text: String) -> String {
        // Most text has nothing to escape: one pass over the bytes, no copy.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 || $0 == 0xEF }) {
            return text
        }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            default:
                // Characters XML 1.0 forbids are dropped rather than written.
                let value = scalar.value
                if value >= 0x20 || value == 0x9 || value == 0xA || value == 0xD, value != 0xFFFE, value != 0xFFFF {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }
}

extension SiteDate {
    /// RFC 822 form for RSS: "Thu, 25 Jun 2020 10:00:00 +0700".
    public var rfc822: String {
        let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let sign = offsetSeconds < 0 ? "-" : "+"
        let magnitude = abs(offsetSeconds)
        return "\(days[weekday]), \(two(day)) \(months[month - 1]) \(year) \(two(hour)):\(two(minute)):\(two(second)) "
            + "\(sign)\(two(magnitude / 3600))\(two(magnitude / 60 % 60))"
    }
}
