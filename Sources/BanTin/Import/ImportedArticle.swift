/// One article an importer made, before it is written: where it goes, its front matter, its
/// Markdown, the media files to copy beside it, and what the import report should say of it.
public struct ImportedArticle: Sendable, Equatable {
    /// A media file to copy: from a path on disk to a path below the site root.
    public struct MediaCopy: Sendable, Equatable {
        public var from: String
        public var to: String
    }

    /// `content/<category>/<name>.md`, from the site root.
    public var path: String
    /// Where it came from, e.g. `export.xml:812` (for the report).
    public var origin: String
    public var title: String
    /// Wall-clock time in the site's time zone: `2020-06-25T10:00:00`.
    public var date: String
    public var author: String
    public var category: String
    public var views: Int?
    public var summary: String?
    public var image: String?
    public var imageCaption: String?
    public var tags: [String] = []
    public var featured = false
    public var status: ArticleStatus = .published
    public var publishAt: String?
    /// Old addresses (paths, possibly with a query string).
    public var aliases: [String] = []
    public var body: String
    public var media: [MediaCopy] = []
    /// Lines for the import report (raw HTML kept, remote media not fetched, links to the old site).
    public var notes: [String] = []

    public init(path: String, origin: String, title: String, date: String, author: String, category: String, body: String) {
        self.path = path
        self.origin = origin
        self.title = title
        self.date = date
        self.author = author
        self.category = category
        self.body = body
    }

    /// The file's text: front matter in the order editors know, then the body. The last line of
    /// the front matter is the import mark (`ImportMark`), so a later import can tell an untouched
    /// file from an edited one.
    public var fileText: String {
        ImportMark.marked(unmarkedText)
    }

    var unmarkedText: String {
        var lines = ["---"]
        lines.append("title: " + YAMLQuoted.quote(title))
        lines.append("date: " + date)
        lines.append("author: " + YAMLQuoted.quote(author))
        lines.append("category: " + YAMLQuoted.quote(category))
        if let views { lines.append("views: \(views)") }
        if let summary, !summary.isEmpty { lines.append("summary: " + YAMLQuoted.quote(summary)) }
        if let image { lines.append("image: " + YAMLQuoted.quote(image)) }
        if let imageCaption, !imageCaption.isEmpty { lines.append("image_caption: " + YAMLQuoted.quote(imageCaption)) }
        if !tags.isEmpty { lines.append("tags: [" + tags.map(YAMLQuoted.quote).joined(separator: ", ") + "]") }
        if featured { lines.append("featured: true") }
        lines.append("status: " + status.rawValue)
        if let publishAt { lines.append("publish_at: " + publishAt) }
        if !aliases.isEmpty {
            lines.append("aliases:")
            lines += aliases.map { "  - " + YAMLQuoted.quote($0) }
        }
        lines.append("---")
        return lines.joined(separator: "\n") + "\n\n" + body
    }
}
