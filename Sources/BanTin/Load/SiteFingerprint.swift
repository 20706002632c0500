import Foundation

/// A cheap summary of everything a build reads (paths, sizes, modification times of `site.yml`,
/// `content/` and `theme/`): when it changes, the site must be rebuilt. Used by `bantin serve`.
public struct SiteFingerprint: Sendable, Equatable {
    public let value: [String: Int64]

    public static func read(root: String) -> SiteFingerprint {
        var value: [String: Int64] = [:]
        var pending = [SiteConfigParser.fileName, "content", "theme"]
        while let current = pending.popLast() {
            var info = stat()
            guard lstat(root + "/" + current, &info) == 0 else { continue }
            if info.st_mode & S_IFMT == S_IFDIR {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: root + "/" + current)) ?? []
                for name in names where !name.hasPrefix(".") { pending.append(current + "/" + name) }
                value[current] = Int64(names.count)
            } else {
                value[current] = Int64(info.st_size) &* 1_000_003 &+ Int64(info.st_mtim.tv_sec) &* 1_000_000_007
                    &+ Int64(info.st_mtim.tv_nsec)
            }
        }
        return SiteFingerprint(value: value)
    }
}
