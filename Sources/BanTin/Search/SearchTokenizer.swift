import Foundation

/// Splits text into syllables for the search index, exactly as `theme/static/search.js` splits
/// what a reader types (the two must agree, or a query could never meet its article).
///
/// A syllable is a run of letters, marks and digits (Unicode categories L, M, N; in JavaScript
/// `/[\p{L}\p{M}\p{N}]+/u`). Its exact form is the run in lower case and NFC; its folded form also
/// drops the combining marks U+0300–U+036F after canonical decomposition (tones, and the marks of
/// ă â ê ô ơ ư) and writes `đ` as `d`. So "Hộ nghèo", "hộ nghèo" and "HO NGHEO" all fold to
/// "ho ngheo", while "hộ" and "hồ" keep different exact forms for ranking.
public enum SearchTokenizer {
    /// Longest syllable kept, in Unicode scalars; longer runs (a pasted address, a hash) are cut.
    public static let maxTokenLength = 40

    /// The syllables of `text`, in order.
    public static func tokens(in text: String) -> [SearchToken] {
        var tokens: [SearchToken] = []
        scan(text) { exact, folded, follows in
            tokens.append(SearchToken(
                exact: String(decoding: exact, as: UTF8.self), folded: String(decoding: folded, as: UTF8.self),
                followsPrevious: follows))
        }
        return tokens
    }

    /// `text` folded syllable by syllable and joined by single spaces ("Hộ Nghèo!" → "ho ngheo").
    public static func fold(_ text: String) -> String {
        tokens(in: text).map(\.folded).joined(separator: " ")
    }

    /// Calls `visit` with the UTF-8 bytes of each syllable's exact and folded forms, and whether it
    /// pairs with the syllable before. The bytes are valid only during the call. This is
    /// the index's hot loop (millions of syllables), so it works on bytes, not `String`s.
    static func scan(
        _ text: String, _ visit: (_ exact: UnsafeBufferPointer<UInt8>, _ folded: UnsafeBufferPointer<UInt8>, _ follows: Bool) -> Void
    ) {
        var exact: [UInt8] = []
        var folded: [UInt8] = []
        exact.reserveCapacity(64)
        folded.reserveCapacity(64)
        var length = 0
        var inToken = false
        var kept = 0
        var onlySpacesSince = false  // since the end of the last syllable, only spaces were seen
        var follows = false
        var needsNFC = false
        let table = ScalarTable.shared

        /// Hands over the syllable just read; false for a run of tone marks alone, which folds to nothing.
        func finish() -> Bool {
            guard !folded.isEmpty else { return false }
            if needsNFC { exact = Array(TextNormalizer.nfc(String(decoding: exact, as: UTF8.self)).utf8) }
            exact.withUnsafeBufferPointer { exactBytes in
                folded.withUnsafeBufferPointer { foldedBytes in visit(exactBytes, foldedBytes, follows) }
            }
            kept += 1
            return true
        }

        for scalar in text.unicodeScalars {
            let value = scalar.value
            if table.isWord(value) {
                if !inToken {
                    inToken = true
                    follows = kept > 0 && onlySpacesSince
                    exact.removeAll(keepingCapacity: true)
                    folded.removeAll(keepingCapacity: true)
                    length = 0
                    needsNFC = false
                }
                guard length < maxTokenLength else { continue }
                length += 1
                if value < 0x80 {
                    let lower = (0x41...0x5A).contains(value) ? UInt8(value + 0x20) : UInt8(value)
                    exact.append(lower)
                    folded.append(lower)
                } else {
                    if TextNormalizer.mayChangeUnderNFC(value) { needsNFC = true }
                    table.appendLower(value, to: &exact)
                    table.appendFolded(value, to: &folded)
                }
            } else {
                if inToken {
                    onlySpacesSince = finish()  // a skipped run is not a space: it breaks the pair
                    inToken = false
                }
                if !(value == 0x09 || value == 0x20 || (value >= 0x80 && table.isSpaceSeparator(value))) {
                    onlySpacesSince = false
                }
            }
        }
        if inToken { _ = finish() }
    }
}

/// Per-scalar answers for the first 8,192 code points (Latin, Vietnamese, Greek, Cyrillic…),
/// computed once, as UTF-8 bytes in flat arrays; other scalars are answered on the spot.
private struct ScalarTable: Sendable {
    static let size: UInt32 = 0x2000
    static let shared = ScalarTable()

    /// Bit 0: a letter, mark or digit; bit 1: a space separator.
    let kinds: [UInt8]
    let lowerBytes: [UInt8]
    let lowerStarts: [Int32]
    let foldedBytes: [UInt8]
    let foldedStarts: [Int32]

    init() {
        var kinds: [UInt8] = []
        var lowerBytes: [UInt8] = []
        var lowerStarts: [Int32] = [0]
        var foldedBytes: [UInt8] = []
        var foldedStarts: [Int32] = [0]
        for value in 0..<Self.size {
            let scalar = Unicode.Scalar(value)
            var kind: UInt8 = 0
            if let scalar {
                if Self.computeIsWord(scalar) { kind |= 1 }
                if scalar.properties.generalCategory == .spaceSeparator { kind |= 2 }
                lowerBytes += Array(String(scalar).lowercased().utf8)
                foldedBytes += Array(Self.computeFolded(scalar).utf8)
            }
            kinds.append(kind)
            lowerStarts.append(Int32(lowerBytes.count))
            foldedStarts.append(Int32(foldedBytes.count))
        }
        self.kinds = kinds
        self.lowerBytes = lowerBytes
        self.lowerStarts = lowerStarts
        self.foldedBytes = foldedBytes
        self.foldedStarts = foldedStarts
    }

    func isWord(_ value: UInt32) -> Bool {
        if value < 0x80 {
            return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
        }
        if value < Self.size { return kinds[Int(value)] & 1 != 0 }
        return Unicode.Scalar(value).map(Self.computeIsWord) ?? false
    }

    func isSpaceSeparator(_ value: UInt32) -> Bool {
        if value < Self.size { return kinds[Int(value)] & 2 != 0 }
        return Unicode.Scalar(value)?.properties.generalCategory == .spaceSeparator
    }

    func appendLower(_ value: UInt32, to out: inout [UInt8]) {
        if value < Self.size {
            out += lowerBytes[Int(lowerStarts[Int(value)])..<Int(lowerStarts[Int(value) + 1])]
        } else if let scalar = Unicode.Scalar(value) {
            out += Array(String(scalar).lowercased().utf8)
        }
    }

    func appendFolded(_ value: UInt32, to out: inout [UInt8]) {
        if value < Self.size {
            out += foldedBytes[Int(foldedStarts[Int(value)])..<Int(foldedStarts[Int(value) + 1])]
        } else if let scalar = Unicode.Scalar(value) {
            out += Array(Self.computeFolded(scalar).utf8)
        }
    }

    private static func computeIsWord(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    private static func computeFolded(_ scalar: Unicode.Scalar) -> String {
        var result = String.UnicodeScalarView()
        for part in String(scalar).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            if (0x300...0x36F).contains(part.value) { continue }
            result.append(part.value == 0x111 ? "d" : part)
        }
        return String(result)
    }
}
