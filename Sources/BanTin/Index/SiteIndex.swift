/// The built articles ordered and grouped for every page that lists them: categories, tags,
/// authors, months, related news. Built once, read by every renderer; every list is a list of
/// positions in `articles`.
public struct SiteIndex: Sendable {
    /// Every built article, newest first (ties by path).
    public internal(set) var articles: [Article]
    /// Positions of each category's articles, newest first, by category slug.
    public let byCategory: [String: [Int]]
    /// Where each article stands in its category's list.
    public let positionInCategory: [Int]
    /// Featured articles, newest first.
    public let featured: [Int]
    /// Articles by views, most first (ties: newer first).
    public let mostViewed: [Int]
    public let tags: Taxonomy
    public let authors: Taxonomy
    public let archive: Archive
    /// "Tin liên quan" of each article, best first.
    public let related: [[Int]]

    public init(articles: [Article], config: SiteConfig = SiteConfig()) {
        // Sort positions, not the large article values.
        let epochs = articles.map(\.date.epochSeconds)
        let order = articles.indices.sorted { lhs, rhs in
            epochs[lhs] != epochs[rhs] ? epochs[lhs] > epochs[rhs] : articles[lhs].path < articles[rhs].path
        }
        let sorted = order.map { articles[$0] }
        self.articles = sorted
        var byCategory: [String: [Int]] = [:]
        var positionInCategory: [Int] = []
        var featured: [Int] = []
        for (position, article) in sorted.enumerated() {
            positionInCategory.append(byCategory[article.category.slug]?.count ?? 0)
            byCategory[article.category.slug, default: []].append(position)
            if article.featured && article.isLive { featured.append(position) }
        }
        self.byCategory = byCategory
        self.positionInCategory = positionInCategory
        self.featured = featured
        self.mostViewed = sorted.indices.filter { sorted[$0].isLive }.sorted { lhs, rhs in
            sorted[lhs].views != sorted[rhs].views ? sorted[lhs].views > sorted[rhs].views : lhs < rhs
        }
        let tags = Taxonomy(articles: sorted) { $0.tags }
        self.tags = tags
        self.authors = Taxonomy(articles: sorted) { [$0.author] }
        self.archive = Archive(articles: sorted)
        self.related = RelatedRanker(config: config.related).rank(articles: sorted, tags: tags)
    }

    /// "Tin khác": up to `count` other articles of the same category published just before this
    /// one (then just after, when there are not enough), leaving out `excluding`. A page's list
    /// does not change when unrelated news is published.
    public func otherNews(for position: Int, count: Int, excluding: [Int] = []) -> [Int] {
        let members = byCategory[articles[position].category.slug] ?? []
        let here = positionInCategory[position]
        var result: [Int] = []
        var index = here + 1
        while result.count < count, index < members.count {
            if !excluding.contains(members[index]) { result.append(members[index]) }
            index += 1
        }
        index = here - 1
        var newer: [Int] = []
        while result.count + newer.count < count, index >= 0 {
            if !excluding.contains(members[index]) { newer.append(members[index]) }
            index -= 1
        }
        return newer.reversed() + result
    }
}
