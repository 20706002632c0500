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
    /// pairs with the syllable before. The bytes are valid only during the call.
    static func scan(
        _ text: String, _ visit: (_ exact: UnsafeBufferPointer<UInt8>, _ folded: UnsafeBufferPointer<UInt8>, _ follows: Bool) -> Void
    ) {
        HTMLPlainText.withUTF8(of: text) { scan(utf8: $0, visit) }
    }

    /// `scan` over valid UTF-8 bytes. This is the index's hot loop (every byte of every
    /// article), so it decodes the bytes itself, with a shortcut for ASCII, and writes the forms
    /// into two scratch buffers: appending to arrays scalar by scalar checked their uniqueness
    /// and bounds at every step. An ASCII syllable folds to its exact form, so until a non-ASCII
    /// scalar comes it is written once and handed over as both.
    static func scan(
        utf8 text: UnsafeBufferPointer<UInt8>,
        _ visit: (_ exact: UnsafeBufferPointer<UInt8>, _ folded: UnsafeBufferPointer<UInt8>, _ follows: Bool) -> Void
    ) {
        var exactCapacity = 256, foldedCapacity = 256
        var exact = UnsafeMutablePointer<UInt8>.allocate(capacity: exactCapacity)
        var folded = UnsafeMutablePointer<UInt8>.allocate(capacity: foldedCapacity)
        defer {
            exact.deallocate()
            folded.deallocate()
        }
        var exactCount = 0, foldedCount = 0
        var foldedIsExact = true  // the syllable is ASCII so far: its folded form is `exact`
        var length = 0
        var inToken = false
        var kept = 0
        var onlySpacesSince = false  // since the end of the last syllable, only spaces were seen
        var follows = false
        var needsNFC = false
        let table = ScalarTable.shared

        var index = 0
        let end = text.count
        // One step past the end, as a space, to hand over the last syllable.
        while index <= end {
            var value: UInt32 = 0x20
            if index < end {
                let lead = text[index]
                value = UInt32(lead)
                if lead < 0x80 {
                    index += 1
                } else {
                    // Valid UTF-8 (it comes from a `String`); a cut sequence reads as U+FFFD.
                    let extra = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : 0
                    if extra == 0 || index + extra >= end {
                        value = 0xFFFD
                        index += 1
                    } else {
                        value = UInt32(lead & (0x7F >> extra))
                        for offset in 1...extra { value = value << 6 | UInt32(text[index + offset] & 0x3F) }
                        index += extra + 1
                    }
                }
            } else {
                index += 1
            }
            let kind = table.kind(value)
            if kind & ScalarTable.word != 0 {
                if !inToken {
                    inToken = true
                    follows = kept > 0 && onlySpacesSince
                    exactCount = 0
                    foldedCount = 0
                    foldedIsExact = true
                    length = 0
                    needsNFC = false
                }
                guard length < maxTokenLength else { continue }
                length += 1
                if value < 0x80 {
                    let lower = value >= 0x41 && value <= 0x5A ? UInt8(value + 0x20) : UInt8(value)
                    reserve(&exact, &exactCapacity, used: exactCount, extra: 1)
                    exact[exactCount] = lower
                    exactCount += 1
                    if !foldedIsExact {
                        reserve(&folded, &foldedCapacity, used: foldedCount, extra: 1)
                        folded[foldedCount] = lower
                        foldedCount += 1
                    }
                    continue
                }
                if foldedIsExact {
                    reserve(&folded, &foldedCapacity, used: 0, extra: exactCount)
                    folded.update(from: exact, count: exactCount)
                    foldedCount = exactCount
                    foldedIsExact = false
                }
                if kind & ScalarTable.mayChangeUnderNFC != 0 { needsNFC = true }
                if value < ScalarTable.size {
                    let scalar = Int(value)
                    let lower = Int(table.lowerStarts[scalar])..<Int(table.lowerStarts[scalar + 1])
                    reserve(&exact, &exactCapacity, used: exactCount, extra: lower.count)
                    for position in lower {
                        exact[exactCount] = table.lowerBytes[position]
                        exactCount += 1
                    }
                    let fold = Int(table.foldedStarts[scalar])..<Int(table.foldedStarts[scalar + 1])
                    reserve(&folded, &foldedCapacity, used: foldedCount, extra: fold.count)
                    for position in fold {
                        folded[foldedCount] = table.foldedBytes[position]
                        foldedCount += 1
                    }
                } else {
                    let lower = ScalarTable.lower(value), fold = ScalarTable.folded(value)
                    reserve(&exact, &exactCapacity, used: exactCount, extra: lower.count)
                    for byte in lower {
                        exact[exactCount] = byte
                        exactCount += 1
                    }
                    reserve(&folded, &foldedCapacity, used: foldedCount, extra: fold.count)
                    for byte in fold {
                        folded[foldedCount] = byte
                        foldedCount += 1
                    }
                }
                continue
            }
            if inToken {
                // Hands over the syllable just read, unless it is a run of tone marks alone, which
                // folds to nothing; a skipped run is not a space: it breaks the pair.
                inToken = false
                let foldedBytes = foldedIsExact
                    ? UnsafeBufferPointer(start: exact, count: exactCount) : UnsafeBufferPointer(start: folded, count: foldedCount)
                onlySpacesSince = !foldedBytes.isEmpty
                if !foldedBytes.isEmpty {
                    if needsNFC {
                        let composed = TextNormalizer.nfc(
                            String(decoding: UnsafeBufferPointer(start: exact, count: exactCount), as: UTF8.self))
                        HTMLPlainText.withUTF8(of: composed) { visit($0, foldedBytes, follows) }
                    } else {
                        visit(UnsafeBufferPointer(start: exact, count: exactCount), foldedBytes, follows)
                    }
                    kept += 1
                }
            }
            if kind & ScalarTable.space == 0 { onlySpacesSince = false }
        }
    }

    /// Makes room for `extra` more bytes in a scratch buffer holding `used` bytes.
    @inline(__always)
    private static func reserve(_ buffer: inout UnsafeMutablePointer<UInt8>, _ capacity: inout Int, used: Int, extra: Int) {
        guard used + extra > capacity else { return }
        grow(&buffer, &capacity, used: used, extra: extra)
    }

    private static func grow(_ buffer: inout UnsafeMutablePointer<UInt8>, _ capacity: inout Int, used: Int, extra: Int) {
        let size = max(capacity * 2, used + extra)
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: size)
        grown.update(from: buffer, count: used)
        buffer.deallocate()
        buffer = grown
        capacity = size
    }
}

/// Per-scalar answers for the first 8,192 code points (Latin, Vietnamese, Greek, Cyrillic…),
/// computed once, as UTF-8 bytes in flat arrays; other scalars are answered on the spot.
private struct ScalarTable: Sendable {
    static let size: UInt32 = 0x2000
    static let shared = ScalarTable()

    /// Bits of `kinds`: a letter, mark or digit; a space that lets two syllables pair (tab,
    /// space and the space separators); a scalar that `TextNormalizer` may change under NFC.
    static let word: UInt8 = 1, space: UInt8 = 2, mayChangeUnderNFC: UInt8 = 4

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
                kind = Self.computeKind(scalar)
                lowerBytes += Self.lower(value)
                foldedBytes += Self.folded(value)
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

    /// The bits of `value` (see `word`).
    @inline(__always)
    func kind(_ value: UInt32) -> UInt8 {
        if value < Self.size { return kinds[Int(value)] }
        return Unicode.Scalar(value).map(Self.computeKind) ?? 0
    }

    private static func computeKind(_ scalar: Unicode.Scalar) -> UInt8 {
        var kind: UInt8 = 0
        if computeIsWord(scalar) { kind |= word }
        if scalar.value == 0x09 || scalar.value == 0x20 || (scalar.value >= 0x80 && scalar.properties.generalCategory == .spaceSeparator) {
            kind |= space
        }
        if TextNormalizer.mayChangeUnderNFC(scalar.value) { kind |= mayChangeUnderNFC }
        return kind
    }

    /// The UTF-8 bytes of the scalar `value` in lower case.
    static func lower(_ value: UInt32) -> [UInt8] {
        Unicode.Scalar(value).map { Array(String($0).lowercased().utf8) } ?? []
    }

    /// The UTF-8 bytes of the scalar `value` folded.
    static func folded(_ value: UInt32) -> [UInt8] {
        Unicode.Scalar(value).map { Array(computeFolded($0).utf8) } ?? []
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
