/// How "Tin liên quan" is ranked; `related:` in `site.yml`. The defaults are documented in README.
public struct RelatedConfig: Sendable, Equatable {
    /// Articles shown, the editor's own choices included.
    public var count: Int = 5
    /// Points for each shared tag, times the tag's rarity `ln(1 + articles / articles with the tag)`.
    public var tagWeight: Double = 1.0
    /// Points when both articles are in the same category (only for articles that share a tag).
    public var categoryBonus: Double = 0.5
    /// Points for being published at the same moment, falling to half at `dateScaleDays` apart.
    public var dateWeight: Double = 0.5
    public var dateScaleDays: Double = 30
    /// A tag on more than this share of all articles says nothing and is ignored…
    public var maxTagShare: Double = 0.2
    /// …unless it is on at most this many articles (so small sites keep their tags).
    public var commonTagFloor: Int = 10
    /// Allow articles newer than the page's (then its list changes when news is published).
    public var includeNewer: Bool = false
    /// For each tag, only this many of the articles nearest in date are scored (keeps the work
    /// linear in the number of articles; rare tags are always scored in full).
    public var candidatesPerTag: Int = 300

    public init() {}
}
