/// One syllable of searchable text: the unit of the search index.
///
/// Vietnamese writes a word as several syllables separated by spaces ("hộ nghèo"), so the index
/// keeps syllables and the pairs of syllables that stand side by side.
public struct SearchToken: Sendable, Equatable {
    /// Lower case, NFC, tones kept: "nghèo".
    public var exact: String
    /// Lower case, tones and vowel marks removed, `đ` → `d`: "ngheo".
    public var folded: String
    /// Only spaces stand between this syllable and the one before it, so the two form a pair
    /// ("hộ nghèo"). A punctuation mark, a line break or the start of a field breaks the pair.
    public var followsPrevious: Bool

    public init(exact: String, folded: String, followsPrevious: Bool) {
        self.exact = exact
        self.folded = folded
        self.followsPrevious = followsPrevious
    }
}
