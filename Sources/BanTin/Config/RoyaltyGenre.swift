/// One genre of the royalty table (loại bài viết: tin, bài, ảnh, phóng sự…) with its graded
/// coefficients.
public struct RoyaltyGenre: Sendable, Equatable {
    /// One grade (mức) of a genre: "A" with coefficient 5.
    public struct Grade: Sendable, Equatable {
        public var name: String
        public var coefficient: RoyaltyCoefficient

        public init(name: String, coefficient: RoyaltyCoefficient) {
            self.name = name
            self.coefficient = coefficient
        }
    }

    /// The name shown in the statement ("Tin", "Phóng sự").
    public var name: String
    /// What `type:` may say besides the name: lower-case ASCII letters, digits and hyphens.
    public var slug: String
    /// In the order of `site.yml`; never empty.
    public var grades: [Grade]
    /// The grade of an article without `grade:`; one of `grades`.
    public var defaultGrade: String
    /// The coefficient is per A4 page (`pages:`), not per article.
    public var perPage: Bool

    public init(name: String, slug: String, grades: [Grade], defaultGrade: String, perPage: Bool = false) {
        self.name = name
        self.slug = slug
        self.grades = grades
        self.defaultGrade = defaultGrade
        self.perPage = perPage
    }

    /// The grade named `value` exactly, else without regard to case, tones or spacing.
    public func grade(named value: String) -> Grade? {
        if let exact = grades.first(where: { $0.name == value }) { return exact }
        let key = Slugger.slug(value)
        return key.isEmpty ? nil : grades.first { Slugger.slug($0.name) == key }
    }
}
