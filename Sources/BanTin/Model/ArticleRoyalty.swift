/// What an article's front matter says for the royalty statement (`type:`, `grade:`, `pages:`,
/// `photos:`, `royalty:`). Read by `bantin report` alone: no page, feed or index shows it.
public struct ArticleRoyalty: Sendable, Equatable {
    /// `type:` as written (NFC, trimmed), a genre's name or slug; nil: the table's `default_type`.
    public var type: ArticleFrontMatter.Located<String>?
    /// `grade:` as written; nil: the genre's `default_grade`.
    public var grade: ArticleFrontMatter.Located<String>?
    /// `pages:` (số trang, A4); nil: counted from the body.
    public var pages: Int?
    /// `photos:` (số ảnh); nil: counted (the lead `image:` and every picture of the body).
    public var photos: Int?
    /// `royalty:` (số tiền, đồng), fixed by hand; nil: computed from the table.
    public var amount: Int?

    public init(
        type: ArticleFrontMatter.Located<String>? = nil, grade: ArticleFrontMatter.Located<String>? = nil,
        pages: Int? = nil, photos: Int? = nil, amount: Int? = nil
    ) {
        self.type = type
        self.grade = grade
        self.pages = pages
        self.photos = photos
        self.amount = amount
    }

    /// The largest `pages:` and `photos:` (with the largest coefficient and unit, an amount stays
    /// far below what 64-bit integers hold).
    public static let maximumCount = 1000
    /// The largest `royalty:` (one thousand billion đồng).
    public static let maximumAmount = 1_000_000_000_000
}
