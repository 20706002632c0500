/// Vietnamese alphabetical order: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y,
/// letters before tones (the whole word by letters first, then by tones: ngang, huyền, hỏi, ngã,
/// sắc, nặng), then lower case before upper case.
///
/// "hộ nghèo" sorts with the h's; "đầu tư" after every word in d.
public enum VietnameseCollation {
    /// A key whose lexicographic order is Vietnamese order.
    public struct Key: Comparable, Hashable, Sendable {
        let letters: [UInt32]
        let tones: [UInt8]
        let cases: [UInt8]

        public static func < (lhs: Key, rhs: Key) -> Bool {
            if lhs.letters != rhs.letters { return lhs.letters.lexicographicallyPrecedes(rhs.letters) }
            if lhs.tones != rhs.tones { return lhs.tones.lexicographicallyPrecedes(rhs.tones) }
            return lhs.cases.lexicographicallyPrecedes(rhs.cases)
        }
    }

    /// Alphabet order of base letters; modifiers below pick ă/â, ê, ô/ơ, ư.
    private static let order: [Character] = [
        "a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "ô", "ơ",
        "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z",
    ]
    private static let rank: [Character: UInt32] = {
        var table: [Character: UInt32] = [:]
        for (position, letter) in order.enumerated() { table[letter] = UInt32(position) }
        return table
    }()

    public static func key(_ text: String) -> Key {
        var letters: [UInt32] = []
        var tones: [UInt8] = []
        var cases: [UInt8] = []
        for character in text.precomposedStringWithCanonicalMapping {
            let decomposed = String(character).decomposedStringWithCanonicalMapping.unicodeScalars
            guard let baseScalar = decomposed.first else { continue }
            var tone: UInt8 = 0
            var modifier: UInt32 = 0
            for mark in decomposed.dropFirst() {
                switch mark.value {
                case 0x300: tone = 1  // huyền
                case 0x309: tone = 2  // hỏi
                case 0x303: tone = 3  // ngã
                case 0x301: tone = 4  // sắc
                case 0x323: tone = 5  // nặng
                default: modifier = mark.value
                }
            }
            let lower = Character(baseScalar).lowercased()
            let isUpper = Character(baseScalar).isUppercase
            var letter = lower
            switch (lower, modifier) {
            case ("a", 0x306): letter = "ă"
            case ("a", 0x302): letter = "â"
            case ("e", 0x302): letter = "ê"
            case ("o", 0x302): letter = "ô"
            case ("o", 0x31B): letter = "ơ"
            case ("u", 0x31B): letter = "ư"
            default: break
            }
            let weight: UInt32
            if let first = letter.first, let position = rank[first], letter.count == 1 {
                weight = 0x1000 + position
            } else if baseScalar.properties.isWhitespace {
                weight = 1
            } else if ("0"..."9").contains(Character(baseScalar)) {
                weight = 0x100 + baseScalar.value
            } else if baseScalar.properties.isAlphabetic {
                weight = 0x10000 + baseScalar.value
            } else {
                weight = 2 + min(baseScalar.value, 0xF0)  // punctuation: after spaces, before digits
            }
            letters.append(weight)
            tones.append(tone)
            cases.append(isUpper ? 1 : 0)
        }
        return Key(letters: letters, tones: tones, cases: cases)
    }

    /// Sorts `items` by the Vietnamese order of `text(item)`; equal texts keep their order.
    public static func sorted<T>(_ items: [T], by text: (T) -> String) -> [T] {
        items.map { (key(text($0)), $0) }.enumerated()
            .sorted { $0.element.0 != $1.element.0 ? $0.element.0 < $1.element.0 : $0.offset < $1.offset }
            .map { $0.element.1 }
    }
}
