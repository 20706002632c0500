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
        (title ? titleFlag : 0) | stepOfUses[min(max(uses, 0), stepOfUses.count - 1)]
    }

    /// The step of each number of uses up to the last step's (once per posting of the index).
    private static let stepOfUses: [UInt8] = (0...(steps.last ?? 0)).map { uses in
        UInt8(max(0, steps.lastIndex { $0 <= uses } ?? 0))
    }

    /// A posting packed in one integer: the id above 4 bits of weight.
    public static func pack(document: Int, weight: UInt8) -> UInt32 { UInt32(document) << 4 | UInt32(weight & 15) }

    public static func document(_ posting: UInt32) -> Int { Int(posting >> 4) }

    public static func encode(_ postings: [UInt32], into out: inout [UInt8]) {
        var previous = -1
        for posting in postings {
            let document = Int(posting >> 4)
            write(gap: document - previous - 1, weight: UInt8(posting & 15)) { out.append($0) }
            previous = document
        }
    }

    /// Hands `emit` the digits of one posting, `gap` ids after the one before (ids − 1), most
    /// significant first. The index writes postings one at a time, article after article, so
    /// this is the encoder's single step, shared with `encode`.
    @inline(__always)
    static func write(gap: Int, weight: UInt8, _ emit: (UInt8) -> Void) {
        let weight = Int(weight & 15)
        if gap < 3 {
            emit(alphabet[gap * 16 + weight])
            return
        }
        emit(alphabet[48 + weight])
        let rest = gap - 3
        var shift = 0
        while rest >> (shift + 5) > 0 { shift += 5 }
        while shift > 0 {
            emit(alphabet[((rest >> shift) & 31) + 32])
            shift -= 5
        }
        emit(alphabet[rest & 31])
    }

    /// The number of digits `write` emits for `gap`.
    static func byteCount(gap: Int) -> Int {
        guard gap >= 3 else { return 1 }
        var count = 2
        var rest = (gap - 3) >> 5
        while rest > 0 {
            count += 1
            rest >>= 5
        }
        return count
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
