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

    public init(root: String, output: String? = nil, includeDrafts: Bool = false, baseURL: String? = nil) {
        self.root = root
        self.output = output
        self.includeDrafts = includeDrafts
        self.baseURL = baseURL
    }

    public var outputFolder: String { output ?? (root + "/public") }
}
