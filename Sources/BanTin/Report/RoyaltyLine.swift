/// One article of the royalty statement.
public struct RoyaltyLine: Sendable, Equatable {
    /// STT: its number in the whole statement, from 1.
    public var number: Int
    public var title: String
    /// Path inside the site, e.g. `content/thoi-su/bai.md`.
    public var sourcePath: String
    public var date: SiteDate
    public var author: String
    /// The genre's name and the grade: "Tin", "B".
    public var genre: String
    public var grade: String
    public var pages: Int
    public var photos: Int
    /// The coefficient the amount was computed from (genre × pages when per page, plus the
    /// pictures'); nil when `royalty:` fixed the amount by hand.
    public var coefficient: RoyaltyCoefficient?
    /// Số tiền, in đồng.
    public var amount: Int

    /// "Tin B" (the grade left out when the genre has only one).
    public var typeLabel: String { grade.isEmpty ? genre : "\(genre) \(grade)" }
}
