import Foundation
/// Old addresses of an article (`aliases:`), as paths below the site root, with their query string
/// when they have one (`Pages/chi-tiet-tin.aspx?ItemID=123`, `?p=12` for the old home page).
public enum AliasPath {
    /// `/vi/news/Pages/x.aspx` → `vi/news/Pages/x.aspx`; `/tin/cu/` → `tin/cu/`;
    /// `/Pages/chi-tiet-tin.aspx?ItemID=123` → `Pages/chi-tiet-tin.aspx?ItemID=123`; `/?p=12` →
    /// `?p=12`. A full URL keeps only its path and query; the fragment is dropped, the query kept
    /// as written (non-ASCII letters percent-encoded). Nil for paths with `..`, `.`, control
    /// characters or nothing left, and for queries with characters a server map cannot hold
    /// (`"`, `$`, `\`, `{`, `}`, spaces).
    public static func normalize(_ raw: String) -> String? {
        var text = raw.trimmingSpaces
        if let scheme = text.range(of: "://") {
            let rest = text[scheme.upperBound...]
            text = rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }).map { String(rest[$0...]) } ?? "/"
        }
        if let hash = text.firstIndex(of: "#") { text = String(text[..<hash]) }
        var query = ""
        if let mark = text.firstIndex(of: "?") {
            query = String(text[text.index(after: mark)...])
            text = String(text[..<mark])
        }
        let decoded = text.removingPercentEncoding ?? text
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: true)
        guard !segments.isEmpty || !query.isEmpty,
              !segments.contains(where: { $0 == ".." || $0 == "." || $0.hasPrefix(".") }),
              !decoded.unicodeScalars.contains(where: { $0.value < 0x20 || $0 == "\\" || $0 == "\"" })
        else { return nil }
        let path = segments.joined(separator: "/") + (decoded.hasSuffix("/") && !segments.isEmpty ? "/" : "")
        guard !query.isEmpty else { return path }
        guard let cleanQuery = normalizeQuery(query) else { return nil }
        return path + "?" + cleanQuery
    }

    /// The query as a server sees it: ASCII kept, other letters percent-encoded; nil when it holds
    /// a character that cannot be written safely in an nginx string or a `_redirects` line.
    static func normalizeQuery(_ query: String) -> String? {
        var out = ""
        for scalar in query.unicodeScalars {
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "-", ".", "_", "~", "!", "*", "'", "(", ")", ",", ";", ":", "@", "&", "=",
                 "+", "/", "%", "?":
                out.unicodeScalars.append(scalar)
            case _ where scalar.value > 0x7F && !scalar.properties.isWhitespace:
                out += URLText.percentEncode(String(scalar), keepingSlash: false)
            default:
                return nil
            }
        }
        return out
    }

    /// An alias's path and query: `Pages/x.aspx?ItemID=1` → (`Pages/x.aspx`, `ItemID=1`).
    public static func split(_ alias: String) -> (path: String, query: String?) {
        guard let mark = alias.firstIndex(of: "?") else { return (alias, nil) }
        return (String(alias[..<mark]), String(alias[alias.index(after: mark)...]))
    }

    /// The file that answers the alias on a plain file server: `x/index.html` for a folder-like
    /// path; the path itself for `.html`; otherwise a folder of that name (so `…/x.aspx` is served
    /// as HTML through the server's own redirect to `…/x.aspx/`). Nil for an alias with a query:
    /// a file server cannot answer by query, only a server map (`_redirects*`) can.
    public static func outputFile(_ alias: String) -> String? {
        if alias.contains("?") { return nil }
        if alias.hasSuffix("/") { return alias + "index.html" }
        if alias.hasSuffix(".html") || alias.hasSuffix(".htm") { return alias }
        return alias + "/index.html"
    }
}
