import Foundation
import Testing

@testable import BanTin

/// The rule that gives each article the name its URL ends with (`ArticleURLNames`).
@Suite("URL names")
struct URLNameTests {
    static let zone = TimeZone(identifier: "Asia/Ho_Chi_Minh") ?? .current

    static func date(_ text: String) -> SiteDate? {
        guard case .success(let date) = DateParser.parse(text, timeZone: zone) else { return nil }
        return date
    }

    static func entry(_ path: String, _ category: String = "thong-bao", slug: String? = nil, date: String = "2020-06-25T10:00") -> ArticleURLNames.Entry {
        .init(
            path: path, categorySlug: category,
            slug: slug.map { .init(value: $0, location: SourceLocation(path: path, line: 4, column: 7)) }, date: Self.date(date))
    }

    @Test(arguments: [
        ("content/thong-bao/lich-cong-tac-tuan.md", "thong-bao", "lich-cong-tac-tuan"),
        ("content/thong-bao/2019/tuan-12.md", "thong-bao", "2019-tuan-12"),
        ("content/2019/Thông báo số 1.md", "thong-bao", "2019-thong-bao-so-1"),
        ("content/Thông báo/Đường Đồng Khởi.md", "thong-bao", "duong-dong-khoi"),
        ("content/kinh-te/bai.md", "thong-bao", "kinh-te-bai"),
        ("content/bai.md", "thoi-su", "bai"),
        ("content/thoi-su/???.md", "thoi-su", ""),
        ("content/thoi-su/2020/???.md", "thoi-su", ""),
        ("content/thoi-su/bai.md.md", "thoi-su", "bai-md"),
    ])
    func nameFromPath(_ path: String, _ category: String, _ expected: String) {
        #expect(ArticleURLNames.name(fromPath: path, categorySlug: category) == expected)
    }

    @Test func repeatedTitlesInDifferentFilesNeverClash() {
        let names = ArticleURLNames([
            Self.entry("content/thong-bao/thong-bao.md"),
            Self.entry("content/thong-bao/thong-bao-2020-07-02.md"),
            Self.entry("content/thong-bao/2019/thong-bao.md", date: "2019-01-01T08:00"),
        ])
        #expect(names.diagnostics.isEmpty)
        #expect(names.names == [
            "content/thong-bao/thong-bao.md": "thong-bao",
            "content/thong-bao/thong-bao-2020-07-02.md": "thong-bao-2020-07-02",
            "content/thong-bao/2019/thong-bao.md": "2019-thong-bao",
        ])
    }

    @Test func sameNameInOtherCategoriesIsNoClash() {
        let names = ArticleURLNames([Self.entry("content/a/bai.md", "a"), Self.entry("content/b/bai.md", "b")])
        #expect(names.diagnostics.isEmpty)
        #expect(names.names.count == 2)
    }

    @Test func handWrittenSlugKeepsItsNameAndTheFileGetsItsDate() {
        let names = ArticleURLNames([
            Self.entry("content/thong-bao/bai-moi.md", date: "2018-01-01T08:00"),
            Self.entry("content/thong-bao/cu.md", slug: "bai-moi", date: "2021-03-04T09:30"),
        ])
        #expect(names.names["content/thong-bao/cu.md"] == "bai-moi")
        #expect(names.names["content/thong-bao/bai-moi.md"] == "bai-moi-2018-01-01")
        #expect(names.diagnostics.map(\.severity) == [.warning])
        #expect(names.diagnostics.first?.location.path == "content/thong-bao/bai-moi.md")
        #expect(names.diagnostics.first?.messageEN.contains("content/thong-bao/cu.md") == true)
    }

    @Test func madeNamesClashingKeepTheEarliestThenDateThenTimeThenNumber() {
        // `a-b/c.md` and `a/b-c.md` both make `a-b-c`.
        let names = ArticleURLNames([
            Self.entry("content/a/b-c.md", date: "2020-06-25T10:00"),
            Self.entry("content/a-b/c.md", date: "2020-06-25T09:00"),
            Self.entry("content/a-b-c.md", date: "2020-06-25T10:00"),
            Self.entry("content/A-B-C.md", date: "2020-06-25T10:00"),
            Self.entry("content/a b c.md", date: "2020-06-25T10:00"),
        ])
        #expect(names.names == [
            "content/a-b/c.md": "a-b-c",
            "content/A-B-C.md": "a-b-c-2020-06-25",
            "content/a b c.md": "a-b-c-2020-06-25-1000",
            "content/a-b-c.md": "a-b-c-2",
            "content/a/b-c.md": "a-b-c-3",
        ])
        #expect(names.diagnostics.count == 4)
        #expect(names.diagnostics.allSatisfy { $0.severity == .warning })
    }

    @Test func aSuffixNeverTakesAnotherArticlesName() {
        let names = ArticleURLNames([
            Self.entry("content/x/bai.md", date: "2019-01-01T08:00"),
            Self.entry("content/y/bai.md", date: "2020-06-25T10:00"),
            Self.entry("content/thong-bao/bai-2020-06-25.md", date: "2021-01-01T08:00"),
        ])
        #expect(names.names["content/thong-bao/bai-2020-06-25.md"] == "bai-2020-06-25")
        #expect(names.names["content/x/bai.md"] == "x-bai")
        // Same made name only when folders are dropped: here they are not, so no clash at all.
        #expect(names.diagnostics.isEmpty)
        let clash = ArticleURLNames([
            Self.entry("content/thong-bao/bai.md", slug: nil, date: "2019-01-01T08:00"),
            Self.entry("content/thong-bao/khac.md", slug: "bai", date: "2020-06-25T10:00"),
            Self.entry("content/thong-bao/bai-2019-01-01.md", date: "2022-01-01T08:00"),
        ])
        #expect(clash.names["content/thong-bao/khac.md"] == "bai")
        #expect(clash.names["content/thong-bao/bai-2019-01-01.md"] == "bai-2019-01-01")
        #expect(clash.names["content/thong-bao/bai.md"] == "bai-2019-01-01-0800")
    }

    @Test func twoHandWrittenSlugsAreAnErrorAtTheLaterSlugLineNamingBoth() {
        let names = ArticleURLNames([
            Self.entry("content/thong-bao/mot.md", slug: "trung"),
            Self.entry("content/thong-bao/hai.md", slug: "trung"),
        ])
        #expect(names.names == ["content/thong-bao/hai.md": "trung"])
        let error = names.diagnostics.first
        #expect(names.diagnostics.count == 1)
        #expect(error?.severity == .error)
        #expect(error?.location == SourceLocation(path: "content/thong-bao/mot.md", line: 4, column: 7))
        #expect(error?.messageEN.contains("content/thong-bao/hai.md") == true)
        #expect(error?.messageEN.contains("content/thong-bao/mot.md") == true)
    }

    @Test func aFileNameWithoutLettersIsAnErrorUnlessSlugGiven() {
        let names = ArticleURLNames([Self.entry("content/thong-bao/???.md"), Self.entry("content/thong-bao/!!!.md", slug: "tin")])
        #expect(names.names == ["content/thong-bao/!!!.md": "tin"])
        #expect(names.diagnostics.map(\.severity) == [.error])
        #expect(names.diagnostics.first?.location.path == "content/thong-bao/???.md")
    }

    /// Adding articles, some back-dated, with the same titles and the same file names in other
    /// folders, never changes a name already given.
    @Test func addingAndBackDatingNeverChangesAGivenName() {
        var entries: [ArticleURLNames.Entry] = []
        for year in 2015...2020 {
            for week in 1...20 {
                entries.append(Self.entry("content/thong-bao/\(year)/lich-cong-tac-tuan-\(week).md", date: "\(year)-02-0\(week % 9 + 1)T08:00"))
            }
        }
        let before = ArticleURLNames(entries).names
        var more = entries
        for year in 2010...2021 {
            more.append(Self.entry("content/thong-bao/\(year)/lich-cong-tac-tuan-21.md", date: "2009-01-01T08:00"))
            more.append(Self.entry("content/lich/\(year)/thong-bao.md", date: "2008-01-01T08:00"))
        }
        let after = ArticleURLNames(more)
        #expect(after.diagnostics.isEmpty)
        for (path, name) in before { #expect(after.names[path] == name) }
    }
}
