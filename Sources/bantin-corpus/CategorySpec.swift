/// One of the twelve categories of the generated bulletin, with the words its articles use.
struct CategorySpec: Sendable {
    /// Display name, written to `site.yml` and to each article's `category`.
    let name: String
    /// URL slug and content folder name.
    let slug: String
    /// Relative share of articles (not normalised).
    let weight: Double
    /// Agencies that act in titles and bodies ("Sở Y tế").
    let agencies: [String]
    /// Verbs used in titles, lower case ("triển khai").
    let verbs: [String]
    /// Noun phrases the articles are about, lower case ("công tác giảm nghèo").
    let topics: [String]
    /// Countable results, lower case, after a number ("hộ thoát nghèo").
    let outcomes: [String]
    /// Tags typical of the category; each must also be in `Vocabulary.topicTags`.
    let tags: [String]
}
