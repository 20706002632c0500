/// The front matter of one article, typed and checked, with the places of the values that later
/// stages still have to resolve (files, related slugs).
public struct ArticleFrontMatter: Sendable {
    /// A value with the place it was written, for errors found after parsing.
    public struct Located<Value: Sendable>: Sendable {
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
    public var redirect: String?
    public var audio: Located<String>?
    public var attachments: [AttachmentEntry] = []
    public var updated: SiteDate?
    /// Old addresses of the article (paths below the site), each with where it was written.
    public var aliases: [Located<String>] = []
}
