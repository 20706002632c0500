/// The old address of a file in a saved copy of a site (`wget --mirror` and the like).
///
/// wget saves `…/chi-tiet-tin.aspx?ItemID=123` as `chi-tiet-tin.aspx?ItemID=123`, or with
/// `--restrict-file-names=windows` as `chi-tiet-tin.aspx@ItemID=123`; `--adjust-extension`
/// adds `.html` (`x.aspx.html`, `chi-tiet-tin.aspx@ItemID=123.html`); a folder address is saved
/// as its `index.html`.
public enum MirrorPath {
    /// Extensions of pages a server made (an `.html` added after them is wget's).
    static let serverPageExtensions = ["aspx", "asp", "php", "jsp", "cfm", "cgi", "html", "htm"]

    /// Whether the file at `path` (below the mirror root) looks like a saved page.
    public static func isPage(_ path: String) -> Bool {
        let (name, _) = split(lastSegment(path))
        let lower = name.lowercased()
        return serverPageExtensions.contains { lower.hasSuffix("." + $0) } || lower.hasSuffix(".html")
    }

    /// `tin-chuyen-nganh/Pages/x.aspx` → `/tin-chuyen-nganh/Pages/x.aspx`;
    /// `Pages/chi-tiet-tin.aspx@ItemID=123.html` → `/Pages/chi-tiet-tin.aspx?ItemID=123`;
    /// `tin-tuc/index.html` → `/tin-tuc/`. `baseURL` (the address the mirror root was saved from,
    /// `https://host/portal/`) puts its path first: `/portal/…`.
    public static func oldAddress(ofFile path: String, baseURL: String?) -> String {
        var segments = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        if segments.first == "." { segments.removeFirst() }
        guard let last = segments.popLast() else { return prefix(baseURL) }
        var (name, query) = split(last)
        if name == "index.html" || name == "index.htm", query == nil {
            return prefix(baseURL) + segments.map { $0 + "/" }.joined()
        }
        // `x.aspx.html`: the `.html` is wget's, not the server's.
        if name.lowercased().hasSuffix(".html") {
            let stem = String(name.dropLast(5))
            if serverPageExtensions.contains(where: { stem.lowercased().hasSuffix("." + $0) }) { name = stem }
        }
        if var text = query, text.lowercased().hasSuffix(".html") {
            text.removeLast(5)
            query = text
        }
        var address = prefix(baseURL) + (segments + [name]).joined(separator: "/")
        if let query, !query.isEmpty { address += "?" + query }
        return address
    }

    /// The path of `baseURL`, ending with `/` (`/` when there is none).
    static func prefix(_ baseURL: String?) -> String {
        guard let baseURL, let scheme = baseURL.range(of: "://") else { return "/" }
        let rest = baseURL[scheme.upperBound...]
        guard let slash = rest.firstIndex(of: "/") else { return "/" }
        let path = String(rest[slash...])
        return path.hasSuffix("/") ? path : path + "/"
    }

    static func lastSegment(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    /// A saved file name's name and query: at the first `?`, or the first `@` after a page
    /// extension (`x.aspx@a=1`).
    static func split(_ name: String) -> (String, String?) {
        if let mark = name.firstIndex(of: "?") {
            return (String(name[..<mark]), String(name[name.index(after: mark)...]))
        }
        var search = name.startIndex
        while let mark = name[search...].firstIndex(of: "@") {
            let stem = name[..<mark].lowercased()
            if serverPageExtensions.contains(where: { stem.hasSuffix("." + $0) }) {
                return (String(name[..<mark]), String(name[name.index(after: mark)...]))
            }
            search = name.index(after: mark)
        }
        return (name, nil)
    }

    /// The path and query of an address found in a page (`<link rel="canonical">`, `og:url`):
    /// `https://host/a/b.aspx?x=1#top` → `/a/b.aspx?x=1`; nil for a relative or empty address.
    public static func pathAndQuery(ofAddress address: String) -> String? {
        var text = address.trimmingSpaces
        if let hash = text.firstIndex(of: "#") { text = String(text[..<hash]) }
        if let scheme = text.range(of: "://") {
            let rest = text[scheme.upperBound...]
            guard let slash = rest.firstIndex(where: { $0 == "/" || $0 == "?" }) else { return "/" }
            text = rest[slash] == "?" ? "/" + rest[slash...] : String(rest[slash...])
        } else if text.hasPrefix("//") {
            return pathAndQuery(ofAddress: "http:" + text)
        }
        guard text.hasPrefix("/") else { return nil }
        if text.hasSuffix("?") { text.removeLast() }
        return text
    }
}
