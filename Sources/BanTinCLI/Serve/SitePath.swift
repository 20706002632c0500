import BanTin
import Foundation

/// Maps request paths to output paths of the site in memory, never outside it.
enum SitePath {
    /// The output path (`thoi-su/bai/index.html`) for a request path, or nil when the site has
    /// no such file or the path would leave the site: `..`, `.`, hidden names, backslashes and
    /// NUL bytes are refused, whether plain or percent-encoded. A folder answers with its `index.html`.
    static func outputPath(for path: String, in site: ResidentSite) -> String? {
        let raw = path.split(separator: "?", maxSplits: 1).first.map(String.init) ?? path
        guard let decoded = raw.removingPercentEncoding else { return nil }
        var segments: [Substring] = []
        for segment in decoded.split(separator: "/", omittingEmptySubsequences: true) {
            if segment.hasPrefix(".") || segment.contains("\\") || segment.contains("\0") || segment.contains("%") {
                return nil
            }
            segments.append(segment)
        }
        let joined = segments.joined(separator: "/")
        if site.isFolder(joined) { return joined.isEmpty ? "index.html" : joined + "/index.html" }
        return joined.isEmpty ? nil : joined
    }
}
