/// One article, parsed, placed and rendered: everything a page or a list needs. Frozen once built.
public struct Article: Sendable, Equatable {
    /// Path inside `content/`, e.g. `tin-chuyen-nganh/nam-2020.md`.
    public var sourcePath: String
    public var slug: String
    public var category: CategoryConfig
    public var title: String
    public var date: SiteDate
    public var author: String
    public var views: Int
    /// Plain-text summary (given, or the start of the first paragraph).
    public var summary: String
    /// The summary was written in front matter (not taken from the body).
    public var summaryGiven: Bool
    public var image: MediaFile?
    public var imageCaption: String
    public var tags: [String]
    public var featured: Bool
    /// Slugs of articles the editor chose as related, in order.
    public var related: [String]
    public var status: ArticleStatus
    /// When set, the article has no page of its own and its teasers link here.
    public var redirect: String?
    public var audio: MediaFile?
    public var attachments: [MediaFile]
    /// On the public site at the build's clock (false for drafts, scheduled and expired
    /// articles shown with `--drafts`).
    public var isLive = true
    public var publishAt: SiteDate? = nil
    public var expires: SiteDate? = nil
    /// When the article was last changed, if the editor said so.
    public var updated: SiteDate? = nil
    /// Old addresses (paths below the site root) that redirect here, with where each was written.
    public var aliases: [ArticleFrontMatter.Located<String>] = []
    /// Links of the body to places inside this site, checked against the build's outputs.
    public var siteLinks: [SiteLink] = []
    /// What the front matter says for the royalty statement (`bantin report`); no page shows it.
    public var royalty = ArticleRoyalty()
    /// The body as HTML (safe: raw HTML dropped unless the site allows it).
    public var bodyHTML: String

    public init(
        sourcePath: String, slug: String, category: CategoryConfig, title: String, date: SiteDate,
        author: String, views: Int, summary: String, summaryGiven: Bool, image: MediaFile?, imageCaption: String,
        tags: [String], featured: Bool, related: [String], status: ArticleStatus, redirect: String?,
        audio: MediaFile?, attachments: [MediaFile], bodyHTML: String
    ) {
        self.sourcePath = sourcePath
        self.slug = slug
        self.category = category
        self.title = title
        self.date = date
        self.author = author
        self.views = views
        self.summary = summary
        self.summaryGiven = summaryGiven
        self.image = image
        self.imageCaption = imageCaption
        self.tags = tags
        self.featured = featured
        self.related = related
        self.status = status
        self.redirect = redirect
        self.audio = audio
        self.attachments = attachments
        self.bodyHTML = bodyHTML
    }

    /// The page's path below the site root: `tin-chuyen-nganh/nam-2020/`.
    public var path: String { "\(category.slug)/\(slug)/" }

    /// Whether the two differ at most in their body (`bodyHTML` and the links in it): every list,
    /// feed and page but the article's own shows them alike.
    public func isSameOutsideBody(_ other: Article) -> Bool {
        var mine = self
        var theirs = other
        mine.bodyHTML = ""
        theirs.bodyHTML = ""
        mine.siteLinks = []
        theirs.siteLinks = []
        return mine == theirs
    }

    /// Newest first; the path breaks ties so the order is the same on every machine.
    public static func newestFirst(_ lhs: Article, _ rhs: Article) -> Bool {
        if lhs.date.epochSeconds != rhs.date.epochSeconds { return lhs.date.epochSeconds > rhs.date.epochSeconds }
        return lhs.path < rhs.path
    }
}
