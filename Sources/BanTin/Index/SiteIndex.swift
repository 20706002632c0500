/// The built articles ordered and grouped for the pages that list them. Built once, read by
/// every renderer; every list is a list of positions in `articles`.
public struct SiteIndex: Sendable {
    /// Every built article, newest first (ties by path).
    public let articles: [Article]
    /// Positions of each category's articles, newest first, by category slug.
    public let byCategory: [String: [Int]]
    /// Featured articles, newest first.
    public let featured: [Int]
    /// Articles by views, most first (ties: newer first).
    public let mostViewed: [Int]

    public init(articles: [Article]) {
        let sorted = articles.sorted(by: Article.newestFirst)
        self.articles = sorted
        var byCategory: [String: [Int]] = [:]
        var featured: [Int] = []
        for (position, article) in sorted.enumerated() {
            byCategory[article.category.slug, default: []].append(position)
            if article.featured { featured.append(position) }
        }
        self.byCategory = byCategory
        self.featured = featured
        self.mostViewed = sorted.indices.sorted { lhs, rhs in
            sorted[lhs].views != sorted[rhs].views ? sorted[lhs].views > sorted[rhs].views : lhs < rhs
        }
    }

    /// "Tin khác": the newest `count` other articles of the article's category.
    public func otherNews(for position: Int, count: Int) -> [Int] {
        let article = articles[position]
        return Array((byCategory[article.category.slug] ?? []).lazy.filter { $0 != position }.prefix(count))
    }
}
