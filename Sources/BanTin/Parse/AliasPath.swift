import Foundation
/// Old addresses of an article (`aliases:`), as paths below the site root.
public enum AliasPath {
    /// `/vi/news/Pages/x.aspx` → `vi/news/Pages/x.aspx`; `/tin/cu/` → `tin/cu/`. A full URL keeps
    /// only its path. Nil for paths with `..`, `.`, control characters or nothing left.
    public static func normalize(_ raw: String) -> String? {
        var text = raw.trimmingSpaces
        if let scheme = text.range(of: "://") {
            let rest = text[scheme.upperBound...]
            text = rest.firstIndex(of: "/").map { String(rest[$0...]) } ?? "/"
        }
        if let cut = text.firstIndex(where: { $0 == "?" || $0 == "#" }) { text = String(text[..<cut]) }
        let decoded = text.removingPercentEncoding ?? text
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: true)
        guard !segments.isEmpty,
              !segments.contains(where: { $0 == ".." || $0 == "." || $0.hasPrefix(".") }),
              !decoded.unicodeScalars.contains(where: { $0.value < 0x20 || $0 == "\\" || $0 == "\"" })
        else { return nil }
        return segments.joined(separator: "/") + (decoded.hasSuffix("/") ? "/" : "")
    }

    /// The file that answers the alias on a plain file server: `x/index.html` for a folder-like
    /// path; the path itself for `.html`; otherwise a folder of that name (so `…/x.aspx` is served
    /// as HTML through the server's own redirect to `…/x.aspx/`).
    public static func outputFile(_ alias: String) -> String {
        if alias.hasSuffix("/") { return alias + "index.html" }
        if alias.hasSuffix(".html") || alias.hasSuffix(".htm") { return alias }
        return alias + "/index.html"
    }
}
