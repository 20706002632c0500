/// One paginated list of articles with its own URL: a category, a tag, an author or a month.
public struct ArticleList: Sendable {
    public enum Kind: String, Sendable {
        case category, tag, author, month
    }

    public var kind: Kind
    /// Path of the first page: `tin-chuyen-nganh/`, `chu-de/ho-ngheo/`.
    public var base: String
    public var heading: String
    public var description: String
    /// Positions in `SiteIndex.articles`, newest first.
    public var members: [Int]
    /// The category slug, for category lists (marks the menu and links its feed).
    public var categorySlug: String?
}

extension SiteIndex {
    public static let tagsPath = "chu-de/"
    public static let authorsPath = "tac-gia/"
    public static let archivePath = "luu-tru/"

    /// Every list page set of the site, in a fixed order: categories (configured order), tags,
    /// authors (Vietnamese order), months (newest first).
    public func lists(config: SiteConfig) -> [ArticleList] {
        var lists: [ArticleList] = config.categories.map { category in
            ArticleList(
                kind: .category, base: category.slug + "/", heading: category.name, description: category.description,
                members: byCategory[category.slug] ?? [], categorySlug: category.slug)
        }
        let tagLabel = config.label("tags").vi
        lists += tags.terms.map { term in
            ArticleList(kind: .tag, base: Self.tagsPath + term.slug + "/", heading: term.name,
                        description: "\(tagLabel): \(term.name)", members: term.members)
        }
        let authorLabel = config.label("author").vi
        lists += authors.terms.map { term in
            ArticleList(kind: .author, base: Self.authorsPath + term.slug + "/", heading: term.name,
                        description: "\(authorLabel): \(term.name)", members: term.members)
        }
        let monthLabel = config.label("archive_month").vi
        lists += archive.months.map { month in
            ArticleList(kind: .month, base: month.path, heading: "\(monthLabel) \(month.month)/\(month.year)",
                        description: "", members: month.members)
        }
        return lists
    }

    /// The URL path of an article's month page.
    public func monthPath(of position: Int) -> String {
        Archive.path(year: articles[position].date.year, month: articles[position].date.month)
    }
}
