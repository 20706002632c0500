/// Classifies the addresses editors write.
enum URLCheck {
    /// `http://…` or `https://…` with a host.
    static func isWebURL(_ text: String) -> Bool {
        let lower = text.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else { return false }
        return !text.contains(where: { $0 == " " || $0 == "\"" || $0 == "<" || $0 == ">" || $0.isNewline })
            && text.split(separator: "/", omittingEmptySubsequences: true).count >= 2
    }

    /// Has a scheme (`mailto:`, `https:`, `javascript:` …) or starts with `//`.
    static func hasScheme(_ text: String) -> Bool {
        if text.hasPrefix("//") { return true }
        guard let colon = text.firstIndex(of: ":") else { return false }
        let scheme = text[..<colon]
        return !scheme.isEmpty && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
    }

    /// A scheme that runs code or smuggles content: refused everywhere.
    static func isDangerous(_ text: String) -> Bool {
        // Browsers skip white space inside the scheme; the longest refused scheme has 11 letters.
        let compact = String(text.lazy.filter { !$0.isWhitespace && !$0.isNewline }.prefix(12)).lowercased()
        return compact.hasPrefix("javascript:") || compact.hasPrefix("vbscript:") || compact.hasPrefix("data:")
    }
}
