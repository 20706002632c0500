/// A file read from disk, named by its path from the site root (`content/kinh-te/bai.md`).
public struct SourceFile: Sendable {
    /// Path from the site root, as shown in messages.
    public var path: String
    public var bytes: [UInt8]
    /// `ArticleMemo.bytesKey` of the file, when it is known unchanged since the memo was made
    /// (a resident site): `bytes` are then not read, unless it must be parsed after all.
    public var knownKey: String?

    public init(path: String, bytes: [UInt8], knownKey: String? = nil) {
        self.path = path
        self.bytes = bytes
        self.knownKey = knownKey
    }
}

/// A file that is copied, not parsed (images, audio, attachments, theme assets).
public struct AssetFile: Sendable, Hashable {
    /// Path from the site root, as shown in messages.
    public var path: String
    /// Where to read it when copying.
    public var absolutePath: String
    public var size: Int
    /// For a picture in `content/`: its size in pixels, or why it could not be read.
    public var image: ImageInfo?

    public init(path: String, absolutePath: String, size: Int, image: ImageInfo? = nil) {
        self.path = path
        self.absolutePath = absolutePath
        self.size = size
        self.image = image
    }
}

/// Everything a build reads: the configuration text, the articles, the files beside them, the theme.
public struct SiteSource: Sendable {
    public var configText: String
    /// Article files, sorted by path.
    public var articles: [SourceFile]
    /// Other files under `content/`, by path from the site root.
    public var contentFiles: [String: AssetFile]
    /// Template texts by name (`article`, `partials/teaser`), with their paths.
    public var templates: [String: SourceFile]
    /// Files of `theme/static/`, copied under `assets/`.
    public var themeStatic: [AssetFile]

    public init(
        configText: String, articles: [SourceFile], contentFiles: [String: AssetFile],
        templates: [String: SourceFile], themeStatic: [AssetFile]
    ) {
        self.configText = configText
        self.articles = articles
        self.contentFiles = contentFiles
        self.templates = templates
        self.themeStatic = themeStatic
    }
}
