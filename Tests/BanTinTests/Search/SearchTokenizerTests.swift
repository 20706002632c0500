import Foundation
import Testing

@testable import BanTin

/// Syllables, folding and pairs: the rules `search.js` repeats for what readers type.
@Suite("Search: syllables and folding")
struct SearchTokenizerTests {
    /// Each syllable as "exact/folded", with "+" before one that pairs with the syllable before it.
    static func describe(_ text: String) -> String {
        SearchTokenizer.tokens(in: text).map { ($0.followsPrevious ? "+" : "") + $0.exact + "/" + $0.folded }
            .joined(separator: " ")
    }

    @Test(arguments: [
        ("Hộ nghèo", "hộ/ho +nghèo/ngheo"),
        ("HO NGHEO", "ho/ho +ngheo/ngheo"),
        ("hộ nghèo", "hộ/ho +nghèo/ngheo"),
        ("  hộ   nghèo  ", "hộ/ho +nghèo/ngheo"),
        ("Đường Đồng Khởi", "đường/duong +đồng/dong +khởi/khoi"),
        ("ĐẦU TƯ", "đầu/dau +tư/tu"),
        ("hộ nghèo, cận nghèo", "hộ/ho +nghèo/ngheo cận/can +nghèo/ngheo"),
        ("hộ nghèo. Cận nghèo", "hộ/ho +nghèo/ngheo cận/can +nghèo/ngheo"),
        ("hộ\nnghèo", "hộ/ho nghèo/ngheo"),
        ("hộ\u{00A0}nghèo", "hộ/ho +nghèo/ngheo"),
        ("hộ\tnghèo", "hộ/ho +nghèo/ngheo"),
        ("Kế hoạch số 490/KH-UBND", "kế/ke +hoạch/hoach +số/so +490/490 kh/kh ubnd/ubnd"),
        ("COVID-19", "covid/covid 19/19"),
        ("Thủy, thuỷ", "thủy/thuy thuỷ/thuy"),
        ("Ưu tiên ươm", "ưu/uu +tiên/tien +ươm/uom"),
        ("“Mùa hè xanh”", "mùa/mua +hè/he +xanh/xanh"),
        ("hộ \u{0301} nghèo", "hộ/ho nghèo/ngheo"),
        ("Khmer: Chôl Chnăm Thmây", "khmer/khmer chôl/chol +chnăm/chnam +thmây/thmay"),
        ("???", ""),
        ("", ""),
    ])
    func tokens(_ text: String, _ expected: String) {
        #expect(Self.describe(text) == expected)
    }

    @Test func decomposedInputGivesTheComposedForms() {
        let composed = "Hộ nghèo Đồng Khởi"
        #expect(Self.describe(composed.decomposedStringWithCanonicalMapping) == Self.describe(composed))
        #expect(SearchTokenizer.tokens(in: "Ho\u{0323}\u{0302}").first?.exact == "hộ")
    }

    @Test func foldedTextMatchesTheSlugRules() {
        for text in ["Năm 2020: Phấn đấu không còn hộ nghèo", "Đường Đồng Khởi", "Văn hóa - Xã hội"] {
            #expect(SearchTokenizer.fold(text).replacingOccurrences(of: " ", with: "-") == Slugger.slug(text))
        }
    }

    @Test func longRunsAreCut() {
        let tokens = SearchTokenizer.tokens(in: String(repeating: "a", count: 100) + " b")
        #expect(tokens.map(\.folded) == [String(repeating: "a", count: SearchTokenizer.maxTokenLength), "b"])
    }

    @Test func plainTextOfABody() {
        let html = "<h2>Mục tiêu</h2>\n<p>Hỗ trợ <em>hộ</em>\nnghèo &amp; cận nghèo<br />\nnăm 2020.</p>\n<ul>\n<li>Một</li>\n<li>Hai</li>\n</ul>\n<!-- raw HTML omitted -->\n<p>&lt;b&gt; &#39;x&#39; &#x110;</p>"
        // Blocks on lines of their own (so no pair crosses them); soft breaks and <br> as spaces.
        let lines = HTMLPlainText.text(of: html).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(lines.filter { !$0.isEmpty } == ["Mục tiêu", "Hỗ trợ hộ nghèo & cận nghèo  năm 2020.", "Một", "Hai", "<b> 'x' Đ"])
        #expect(describe(HTMLPlainText.text(of: html)).contains("+hộ/ho +nghèo/ngheo"))
        #expect(!describe(HTMLPlainText.text(of: html)).contains("+một"))
    }

    private func describe(_ text: String) -> String { Self.describe(text) }
}
