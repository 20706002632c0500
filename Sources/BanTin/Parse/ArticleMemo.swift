/// What parsing gave for each article file in the build before, so that a build reads again only
/// the files that changed (kept on disk between builds by `ArticleMemoFile`, in memory by `serve`).
///
/// Reuse is exact, never a guess by date: a file's front matter is reused when its bytes and the
/// settings are the same (`settings` covers `site.yml`, `--base-url` and bantin itself); its
/// body when, besides, its slug is the same and the resolver answers its `LinkLookups` as before.
public struct ArticleMemo: Sendable {
    /// One article file.
    public struct Entry: Sendable {
        /// `ContentHash` of the file's bytes.
        public var bytesKey: String
        /// The front matter, without the Markdown body; nil when the file could not be used.
        public var source: ParsedSource?
        public var sourceProblems: [Diagnostic]
        /// The built body, when the article was built.
        public var body: Body?

        public init(bytesKey: String, source: ParsedSource?, sourceProblems: [Diagnostic], body: Body?) {
            self.bytesKey = bytesKey
            self.source = source
            self.sourceProblems = sourceProblems
            self.body = body
        }
    }

    /// One built body.
    public struct Body: Sendable {
        public var slug: String
        public var lookups: LinkLookups
        public var article: Article?
        public var media: [MediaFile]
        public var problems: [Diagnostic]

        public init(slug: String, lookups: LinkLookups, article: Article?, media: [MediaFile], problems: [Diagnostic]) {
            self.slug = slug
            self.lookups = lookups
            self.article = article
            self.media = media
            self.problems = problems
        }
    }

    /// The key of everything besides the file that parsing depends on.
    public var settings: String
    /// By path from the site root.
    public var entries: [String: Entry]
    /// The `LinkResolver.digest` the bodies were built with: when today's is the same, every
    /// article's questions get the same answers without being asked again.
    public var resolver: String

    public init(settings: String, entries: [String: Entry] = [:], resolver: String = "") {
        self.settings = settings
        self.entries = entries
        self.resolver = resolver
    }

    /// The settings key: the format, bantin's own build (`program`, e.g. the stamp of its
    /// executable), the text of `site.yml` and the `--base-url` given on the command line.
    public static func settings(program: String, configText: String, baseURL: String?) -> String {
        var hash = ContentHash()
        hash.add("bantin-articles-1")
        hash.add(program)
        hash.add(configText)
        hash.add(baseURL ?? "\u{0}")
        return hash.hex
    }

    /// The key of a file's bytes.
    public static func bytesKey(_ bytes: [UInt8]) -> String {
        var hash = ContentHash()
        hash.add(bytes: bytes)
        return hash.hex
    }
}
