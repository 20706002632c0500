import Foundation
import Testing

@testable import BanTin

/// The tokenizer decodes UTF-8 itself and writes into scratch buffers; here it is compared with
/// the same rules written plainly on `String`s, over text that reaches every path: ASCII,
/// precomposed and decomposed Vietnamese, scalars of two, three and four bytes, scalars past the
/// precomputed table, spaces that pair and marks that do not.
@Suite("Search: tokenizer against a plain version")
struct SearchTokenizerReferenceTests {
    static func describe(_ tokens: [SearchToken]) -> [String] {
        tokens.map { ($0.followsPrevious ? "+" : "") + $0.exact + "/" + $0.folded }
    }

    /// The rules of `SearchTokenizer`, scalar by scalar on `String`s.
    static func reference(_ text: String) -> [SearchToken] {
        var tokens: [SearchToken] = []
        var exact = "", folded = "", length = 0, inToken = false, onlySpaces = false, follows = false
        func isWord(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                 .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber:
                return true
            default:
                return false
            }
        }
        func fold(_ scalar: Unicode.Scalar) -> String {
            var result = String.UnicodeScalarView()
            for part in String(scalar).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars
            where !(0x300...0x36F).contains(part.value) {
                result.append(part.value == 0x111 ? "d" : part)
            }
            return String(result)
        }
        func finish() -> Bool {
            guard !folded.isEmpty else { return false }
            tokens.append(SearchToken(exact: TextNormalizer.nfc(exact), folded: folded, followsPrevious: follows))
            return true
        }
        for scalar in text.unicodeScalars {
            if isWord(scalar) {
                if !inToken {
                    inToken = true
                    follows = !tokens.isEmpty && onlySpaces
                    exact = ""
                    folded = ""
                    length = 0
                }
                guard length < SearchTokenizer.maxTokenLength else { continue }
                length += 1
                exact += String(scalar).lowercased()
                folded += fold(scalar)
            } else {
                if inToken {
                    onlySpaces = finish()
                    inToken = false
                }
                if !(scalar == "\t" || scalar == " " || (scalar.value >= 0x80 && scalar.properties.generalCategory == .spaceSeparator)) {
                    onlySpaces = false
                }
            }
        }
        if inToken { _ = finish() }
        return tokens
    }

    static let pieces = [
        "Hộ", "nghèo", "HO", "ngheo", "Đồng", "KHỞI", "2020", "ho\u{0323}\u{0302}", "\u{0301}", "İstanbul", "ΣΟΦΟΣ",
        "中文", "𝐀𝐁c", "😀", "x\u{200D}y", "ａｂ", "Ⅻ", "①", "ﬁ", "Å", "\u{212B}", "한국어", "\u{1100}\u{1161}",
        String(repeating: "ư", count: 45), String(repeating: "Ab", count: 30),
        " ", "  ", "\t", "\n", "\u{00A0}", "\u{3000}", "\u{2009}", ", ", ".", "-", "/", "…", "“", "\u{FEFF}",
    ]

    @Test func agreesOnEveryPiece() {
        for piece in Self.pieces {
            let text = "a " + piece + " b" + piece + "c"
            #expect(Self.describe(SearchTokenizer.tokens(in: text)) == Self.describe(Self.reference(text)), "\(text)")
        }
    }

    @Test func agreesOnMixedText() {
        var state: UInt64 = 42
        for _ in 0..<400 {
            var text = ""
            for _ in 0..<12 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += Self.pieces[Int(state >> 33) % Self.pieces.count]
            }
            #expect(Self.describe(SearchTokenizer.tokens(in: text)) == Self.describe(Self.reference(text)), "\(text)")
        }
    }
}
