import BanTin
import Foundation

/// Maps request paths to files of a built site on disk, never outside it (the browser tests serve
/// `bantin build` output with it; `bantin serve` serves from memory through `SitePath`).
struct StaticFiles: Sendable {
    let root: String

    /// The file for `path`, or nil when it does not exist or would leave the site: `..`, `.`,
    /// hidden names, backslashes and NUL bytes are refused, whether plain or percent-encoded.
    func file(for path: String) -> String? {
        let raw = path.split(separator: "?", maxSplits: 1).first.map(String.init) ?? path
        guard let decoded = raw.removingPercentEncoding else { return nil }
        var segments: [Substring] = []
        for segment in decoded.split(separator: "/", omittingEmptySubsequences: true) {
            if segment.hasPrefix(".") || segment.contains("\\") || segment.contains("\0") || segment.contains("%") {
                return nil
            }
            segments.append(segment)
        }
        var candidate = root + (segments.isEmpty ? "" : "/" + segments.joined(separator: "/"))
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory) else { return nil }
        if isDirectory.boolValue { candidate += "/index.html" }
        let resolved = (candidate as NSString).resolvingSymlinksInPath
        guard resolved.hasPrefix((root as NSString).resolvingSymlinksInPath + "/"),
              FileManager.default.fileExists(atPath: resolved, isDirectory: &isDirectory), !isDirectory.boolValue
        else { return nil }
        return resolved
    }

    static func contentType(of path: String) -> String { MediaType.of(path) }
}
