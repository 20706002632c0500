/// The compact text form of a posting list in the search shards, read by `search.js`.
///
/// A posting is an article (by its search id) and a weight of 4 bits: 8 = the syllable is in the
/// title, plus a step 0–7 of how much the article uses it (`weight(title:uses:)`). Ids are
/// written as the gap to the previous id, minus one. Digits are `0-9A-Za-z-_` (values 0–63),
/// none of which JSON escapes:
///
/// - a gap below 3 and the weight share one digit, `gap × 16 + weight` (0–47): an article in a
///   list of common syllables costs one byte;
/// - otherwise the digit `48 + weight` comes first, then `gap − 3` in base 32, most significant
///   digit first, each digit but the last plus 32.
///
/// So ten thousand articles that all contain a syllable take 10 KB.
public enum PostingCodec {
    public static let alphabet = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_".utf8)

    public static let titleFlag: UInt8 = 8
    /// Uses counted for each time a syllable is in the summary or a tag (once in the body: 1).
    public static let leadUses = 3
    /// Fewest uses for each step: 1, 2, 3–4, 5–7, 8–11, 12–17, 18–26, 27 and more.
    public static let steps = [1, 2, 3, 5, 8, 12, 18, 27]

    /// The weight of a syllable used `uses` times (see `leadUses`), in the title or not.
    public static func weight(title: Bool, uses: Int) -> UInt8 {
        (title ? titleFlag : 0) | UInt8(max(0, (steps.lastIndex { $0 <= uses } ?? 0)))
    }

    /// A posting packed in one integer: the id above 4 bits of weight.
    public static func pack(document: Int, weight: UInt8) -> UInt32 { UInt32(document) << 4 | UInt32(weight & 15) }

    public static func document(_ posting: UInt32) -> Int { Int(posting >> 4) }

    public static func encode(_ postings: [UInt32], into out: inout [UInt8]) {
        var previous = -1
        var digits: [UInt8] = []
        for posting in postings {
            let document = Int(posting >> 4)
            let weight = Int(posting & 15)
            let gap = document - previous - 1
            previous = document
            if gap < 3 {
                out.append(alphabet[gap * 16 + weight])
                continue
            }
            out.append(alphabet[48 + weight])
            var rest = gap - 3
            digits.removeAll(keepingCapacity: true)
            repeat {
                digits.append(UInt8(rest & 31))
                rest >>= 5
            } while rest > 0
            for position in stride(from: digits.count - 1, through: 0, by: -1) {
                out.append(alphabet[Int(digits[position]) + (position > 0 ? 32 : 0)])
            }
        }
    }

    public static func encode(_ postings: [UInt32]) -> String {
        var out: [UInt8] = []
        encode(postings, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The postings of `text` (for tests and tools); nil when it is not a posting list.
    public static func decode(_ text: String) -> [(document: Int, weight: UInt8)]? {
        var values: [UInt8: Int] = [:]
        for (position, digit) in alphabet.enumerated() { values[digit] = position }
        var result: [(Int, UInt8)] = []
        var previous = -1
        var iterator = text.utf8.makeIterator()
        while let first = iterator.next() {
            guard let value = values[first] else { return nil }
            var gap = value / 16
            if value >= 48 {
                gap = 0
                var digit = 32
                while digit >= 32 {
                    guard let next = iterator.next(), let read = values[next] else { return nil }
                    digit = read
                    gap = gap << 5 | (digit & 31)
                }
                gap += 3
            }
            previous += gap + 1
            result.append((previous, UInt8(value % 16)))
        }
        return result
    }
}
