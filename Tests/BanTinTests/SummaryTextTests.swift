import Testing

@testable import BanTin

/// Teaser and description summaries: white space collapsed, cut at a word boundary, "…" when cut.
@Suite("Summary text")
struct SummaryTextTests {
    static let cases: [(text: String, limit: Int, expected: String)] = [
        ("", 10, ""),
        ("  Xin   chào\nbạn ", 20, "Xin chào bạn"),
        ("  Xin   chào\nbạn ", 10, "Xin chào…"),
        ("Một hai,", 10, "Một hai,"),
        ("Một hai, ba bốn năm", 10, "Một hai…"),
        ("abcdefghijklmno", 10, "abcdefghij…"),
        ("abc defghijklmnopq", 10, "abc…"),
        ("đúng mười!", 10, "đúng mười!"),
        ("đúng mười! thêm", 10, "đúng mười!…"),
    ]

    @Test(arguments: cases)
    func cut(_ example: (text: String, limit: Int, expected: String)) {
        #expect(SummaryText.cut(example.text, limit: example.limit) == example.expected)
    }

    @Test func longBodyIsReadOnlyUpToTheLimit() {
        let body = String(repeating: "chữ ", count: 200_000)
        #expect(SummaryText.cut(body, limit: 12) == "chữ chữ chữ…")
    }
}
