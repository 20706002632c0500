/// The front matter of one article, typed and checked, with the places of the values that later
/// stages still have to resolve (files, related slugs).
public struct ArticleFrontMatter: Sendable {
    /// Whether the article is on the public site at `now` (seconds since 1970): approved or
    /// published, past `publish_at`, before `expires`.
    public func isLive(at now: Int64) -> Bool {
        status.isPublic && (publishAt.map { $0.epochSeconds <= now } ?? true)
            && (expires.map { now < $0.epochSeconds } ?? true)
    }

    /// A value with the place it was written, for errors found after parsing.
    public struct Located<Value: Sendable & Equatable>: Sendable, Equatable {
        public var value: Value
        public var location: SourceLocation
    }

    public struct AttachmentEntry: Sendable {
        public var file: String
        public var title: String?
        public var location: SourceLocation
    }

    public var title: String = ""
    public var date: SiteDate?
    public var author: String = ""
    public var category: CategoryConfig?
    public var views: Int = 0
    public var summary: String?
    public var image: Located<String>?
    public var imageCaption: String = ""
    public var tags: [String] = []
    public var featured: Bool = false
    public var related: [Located<String>] = []
    public var slug: Located<String>?
    public var status: ArticleStatus = .published
    /// `status:` was written (not the default).
    public var statusGiven = false
    /// Held back until then (`publish_at:`).
    public var publishAt: SiteDate?
    /// Taken down from then on (`expires:`).
    public var expires: SiteDate?
    /// Where `date:` was written, for warnings about it.
    public var dateLocation: SourceLocation?
    public var redirect: String?
    public var audio: Located<String>?
    public var attachments: [AttachmentEntry] = []
    public var updated: SiteDate?
    /// Old addresses of the article (paths below the site), each with where it was written.
    public var aliases: [Located<String>] = []
    /// `type:`, `grade:`, `pages:`, `photos:`, `royalty:`: for `bantin report` only.
    public var royalty = ArticleRoyalty()
}
