import Foundation

/// What a build is asked to do.
public struct BuildOptions: Sendable {
    /// The site folder (with `site.yml`, `content/`, `theme/`).
    public var root: String
    /// The output folder; `public` inside the root by default.
    public var output: String?
    /// Build drafts and pending articles too, marked as such.
    public var includeDrafts: Bool = false
    /// Replaces `base_url` from `site.yml`.
    public var baseURL: String?
    /// The build's clock, seconds since 1970: decides `publish_at` and `expires`. The command
    /// line passes the real time or `--now`; nothing deeper reads the machine's clock.
    public var now: Int64
    /// `--now` as written: read in the site's time zone once `site.yml` is known.
    public var nowText: String?
    /// Reuse unchanged pages from the previous output (the cache in `.bantin-cache/`).
    public var useCache: Bool = true
    /// Fill pages of a shape already rendered instead of rendering them again
    /// (`SkeletonCache`); off to compare the two (tests, or `BANTIN_SKELETONS=0` in the environment).
    public var templateSkeletons: Bool = ProcessInfo.processInfo.environment["BANTIN_SKELETONS"] != "0"
    /// Report every problem of every article (drafts too) and write nothing: `bantin check`.
    public var checkOnly: Bool = false

    public init(
        root: String, output: String? = nil, includeDrafts: Bool = false, baseURL: String? = nil,
        now: Int64 = Int64(Date().timeIntervalSince1970), checkOnly: Bool = false
    ) {
        self.root = root
        self.output = output
        self.includeDrafts = includeDrafts
        self.baseURL = baseURL
        self.now = now
        self.checkOnly = checkOnly
    }

    public var outputFolder: String { output ?? (root + "/public") }
}
