/// Everything decided about one article before its body is written: the metadata in its
/// front matter and the earlier articles its body links to.
struct ArticlePlan: Sendable {
    /// Index into `Vocabulary.categories`.
    let category: Int
    /// Index into the category's `topics`.
    let topic: Int
    /// Index into `Vocabulary.districtUnits`: the district the article is mostly about.
    let district: Int
    /// Unique headline.
    let title: String
    /// Unique slug of the title, also the file name.
    let slug: String
    /// Publication date and time, in the site's time zone.
    let date: CivilDateTime
    /// Index into `Vocabulary.authors`.
    let author: Int
    /// View count.
    let views: Int
    /// Whether the article is featured.
    let featured: Bool
    /// Whether the front matter carries a `summary`.
    let hasSummary: Bool
    /// Tags in front-matter order.
    let tags: [String]
    /// Indices of earlier articles the body links to.
    let links: [Int]
}
