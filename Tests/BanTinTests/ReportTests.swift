import Foundation
import Testing

@testable import BanTin

/// `bantin report`: the royalty statement of the fixture month (Fixtures/report-site, November
/// 2026), its CSV and HTML, its choice of articles, and the command line.
@Suite("Royalty report")
struct ReportTests {
    static let november = RoyaltyPeriod.month("2026-11")

    /// The statement of the fixture site, as `bantin report --month … --now 2026-12-01T08:00` makes it.
    static func statement(
        _ site: String, period: RoyaltyPeriod? = november, author: String? = nil, now: String = "2026-12-01T08:00"
    ) -> (RoyaltyStatement?, BuildReport) {
        var options = BuildOptions(root: site)
        options.nowText = now
        options.useCache = false
        guard let period else { return (nil, BuildReport()) }
        return SiteBuilder(options: options).royaltyStatement(period: period, author: author)
    }

    /// The whole CSV of the fixture month, worked out by hand from site.yml (unit 234000, photo 1):
    ///
    ///     Ánh Dương
    ///       le-hoi.md   Ảnh B: 2 + 1 × 3 photos (image: + 2 in the body) = 5 × 234000 = 1170000
    ///                   dated 2026-10-31T18:00Z, which is 01/11/2026 01:00 in Asia/Ho_Chi_Minh
    ///       tra-loi.md  Trả lời bạn đọc (one grade): 1,25 × 234000 = 292500
    ///       subtotal    1170000 + 292500 = 1462500
    ///     Bảo Ngọc
    ///       tin-tay.md  royalty: 1500000 fixed by hand (Tin A would be 1170000): 1500000, no coefficient
    ///       bai-dai.md  Bài B, per page: 1001 words → ceil(1001 / 500) = 3 pages; 1 picture in the body:
    ///                   8 × 3 + 1 × 1 = 25 × 234000 = 5850000
    ///       subtotal    1500000 + 5850000 = 7350000
    ///     Công Phong
    ///       hop-bao.md      no type: → default_type tin, default_grade B: 3 × 234000 = 702000
    ///       bai-kinh-te.md  Bài A, pages: 2, photos: 1: 12 × 2 + 1 × 1 = 25 × 234000 = 5850000
    ///       subtotal        702000 + 5850000 = 6552000
    ///     total  1462500 + 7350000 + 6552000 = 15364500
    ///
    /// Left out: nhap.md (draft), hen-gio.md (publish_at 2026-12-05, after --now), thang-truoc.md
    /// (31/10/2026 23:00), sang-thang.md (2026-11-30T17:30Z is 01/12/2026 00:30 in Việt Nam).
    /// Authors in Vietnamese order (Á before B before C; plain code points would put Á last).
    static let expectedCSV = [
        "STT,Tiêu đề,Ngày,Loại,Tác giả,Số trang,Số ảnh,Hệ số,Số tiền",
        "1,Lễ hội Núi Bà khai mạc,01/11/2026,Ảnh B,Ánh Dương,1,3,5,1170000",
        "2,Trả lời bạn đọc về thủ tục cấp phép biểu diễn,20/11/2026,Trả lời bạn đọc,Ánh Dương,1,0,\"1,25\",292500",
        ",Cộng: Ánh Dương (2 bài),,,Ánh Dương,,,,1462500",
        "3,Tin nhanh về bão số 9,15/11/2026,Tin A,Bảo Ngọc,1,0,,1500000",
        "4,\"Cải cách hành chính, nhìn từ một năm\",30/11/2026,Bài B,Bảo Ngọc,3,1,25,5850000",
        ",Cộng: Bảo Ngọc (2 bài),,,Bảo Ngọc,,,,7350000",
        "5,\"Họp báo \"\"Tuần lễ số\"\", quý IV\",03/11/2026,Tin B,Công Phong,1,0,3,702000",
        "6,Kinh tế tỉnh tăng trưởng khá trong mười tháng,10/11/2026,Bài A,Công Phong,2,1,25,5850000",
        ",Cộng: Công Phong (2 bài),,,Công Phong,,,,6552000",
        ",\"Tổng cộng (6 bài, 3 tác giả)\",,,,,,,15364500",
    ].map { $0 + "\r\n" }.joined()

    @Test func theFixtureMonthGivesTheAmountsWorkedOutByHand() throws {
        let site = try TestSupport.site("report-site")
        let (made, report) = Self.statement(site)
        #expect(report.diagnostics.filter { $0.severity == .error }.isEmpty, "\(report.diagnostics.map(\.formatted))")
        let statement = try #require(made)
        #expect(RoyaltyCSV.text(statement) == Self.expectedCSV)
        #expect(statement.total == 15_364_500)
        #expect(statement.groups.map(\.total) == [1_462_500, 7_350_000, 6_552_000])
        #expect(statement.fileStem == "nhuan-but-2026-11")
        let bytes = RoyaltyCSV.bytes(statement)
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(decoding: bytes.dropFirst(3), as: UTF8.self) == Self.expectedCSV)
        #expect(statement.summaryLine.hasPrefix("Bảng kê nhuận bút tháng 11/2026: 6 bài, 3 tác giả, tổng 15.364.500 đ."))
    }

    @Test func oneAuthorAndAnyDays() throws {
        let site = try TestSupport.site("report-site")
        // Written with trailing spaces and decomposed (NFD), as a terminal may pass it.
        let (one, _) = Self.statement(site, author: " Bảo Ngọc ".decomposedStringWithCanonicalMapping)
        let statement = try #require(one)
        #expect(statement.groups.map(\.author) == ["Bảo Ngọc"])
        #expect(statement.total == 7_350_000)
        #expect(statement.fileStem == "nhuan-but-2026-11-bao-ngoc")

        // 1–15 November, both days included: le-hoi (01/11), hop-bao (03/11), bai-kinh-te (10/11), tin-tay (15/11).
        let (half, _) = Self.statement(site, period: RoyaltyPeriod.range(from: "2026-11-01", to: "2026-11-15"))
        let firstHalf = try #require(half)
        #expect(firstHalf.groups.flatMap(\.lines).map(\.sourcePath) == [
            "content/van-hoa/le-hoi.md", "content/thoi-su/tin-tay.md", "content/thoi-su/hop-bao.md", "content/kinh-te/bai-kinh-te.md",
        ])
        // 1170000 + 1500000 + 702000 + 5850000
        #expect(firstHalf.total == 9_222_000)
        #expect(firstHalf.fileStem == "nhuan-but-2026-11-01_2026-11-15")
    }

    @Test func theClockDecidesWhatIsLive() throws {
        let site = try TestSupport.site("report-site")
        // After publish_at (2026-12-05T08:00) hen-gio.md is live: Ánh Dương, no type: Tin B 702000.
        let (later, _) = Self.statement(site, now: "2026-12-06T08:00")
        let statement = try #require(later)
        #expect(statement.articleCount == 7)
        #expect(statement.total == 15_364_500 + 702_000)
        #expect(statement.groups.first?.lines.map(\.sourcePath) == ["content/van-hoa/le-hoi.md", "content/van-hoa/tra-loi.md", "content/thoi-su/hen-gio.md"])
    }

    @Test func thePrintablePage() throws {
        let site = try TestSupport.site("report-site")
        let statement = try #require(Self.statement(site).0)
        let html = RoyaltyHTML.page(statement)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"vi\">"))
        #expect(html.contains("@media print"))
        #expect(!html.contains("<link") && !html.contains("<script"))
        #expect(html.contains("<p class=\"site\">Bản tin Sở Thông tin và Truyền thông</p>"))
        #expect(html.contains("<h1>Bảng kê nhuận bút tháng 11/2026</h1>"))
        #expect(html.contains("Họp báo &quot;Tuần lễ số&quot;, quý IV"))
        #expect(html.components(separatedBy: "<table>").count == 4)
        let authors = ["<h2>Ánh Dương</h2>", "<h2>Bảo Ngọc</h2>", "<h2>Công Phong</h2>"].compactMap { html.range(of: $0)?.lowerBound }
        #expect(authors.count == 3 && authors == authors.sorted())
        #expect(html.contains("<td class=\"n\">1.462.500\u{00A0}đ</td>"))
        #expect(html.contains("<strong>15.364.500\u{00A0}đ</strong>"))
        #expect(html.contains("<td class=\"n\">1,25</td>"))
    }

    @Test func everyTextOfThePageIsEscaped() {
        let date = SiteDate(epochSeconds: 1_793_000_000, timeZone: TimeZone(identifier: "Asia/Ho_Chi_Minh") ?? .current)
        let line = RoyaltyLine(
            number: 1, title: "<script>alert(1)</script>", sourcePath: "a.md", date: date, author: "A & <b>", genre: "Tin",
            grade: "\"B\"", pages: 1, photos: 0, coefficient: .init(hundredths: 300), amount: 702_000)
        let statement = RoyaltyStatement(
            siteTitle: "<i>Bản tin</i>", period: ReportTests.november ?? RoyaltyPeriod(first: .init(year: 2026, month: 11, day: 1), last: .init(year: 2026, month: 11, day: 30), isMonth: true),
            unit: 234_000, photo: .init(hundredths: 100), author: nil,
            groups: [.init(author: "A & <b>", lines: [line], total: 702_000)], total: 702_000)
        let html = RoyaltyHTML.page(statement)
        #expect(!html.contains("<script>") && !html.contains("<b>") && !html.contains("<i>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("A &amp; &lt;b&gt;"))
        #expect(html.contains("Tin &quot;B&quot;"))
    }

    /// The royalty keys are read by the report alone: the fixture built with them and built with
    /// every one of them deleted gives the same files, byte for byte.
    @Test func theRoyaltyKeysChangeNoBuiltPage() throws {
        let site = try TestSupport.site("report-site")
        func build(_ output: String) -> [String: Data] {
            var options = BuildOptions(root: site, output: output)
            options.nowText = "2026-12-01T08:00"
            options.useCache = false
            let report = SiteBuilder(options: options).build()
            #expect(report.succeeded, "\(report.diagnostics.map(\.formatted))")
            return TestSupport.tree(output)
        }
        let with = build(site + "/../with")
        let keys = ["type:", "grade:", "pages:", "photos:", "royalty:"]
        var stripped = 0
        for path in try FileManager.default.subpathsOfDirectory(atPath: site + "/content") where path.hasSuffix(".md") {
            let file = site + "/content/" + path
            let lines = TestSupport.read(file).components(separatedBy: "\n")
            let kept = lines.filter { line in !keys.contains { line.hasPrefix($0) } }
            stripped += lines.count - kept.count
            try TestSupport.write(kept.joined(separator: "\n"), to: file)
        }
        #expect(stripped == 12)
        let without = build(site + "/../without")
        #expect(with.count > 20)
        #expect(with == without)
    }

    /// With no `royalty:` in site.yml the build accepts any `type:`; only the report, with the
    /// standard table, refuses an unknown one, at its line.
    @Test func withoutATableOnlyTheReportComplains() throws {
        let site = try TestSupport.site("report-site")
        let config = TestSupport.read(site + "/site.yml")
        let head = config.components(separatedBy: "royalty:").first ?? config
        try TestSupport.write(head, to: site + "/site.yml")
        let file = site + "/content/van-hoa/le-hoi.md"
        try TestSupport.write(TestSupport.read(file).replacingOccurrences(of: "type: anh", with: "type: Ảnh bìa"), to: file)
        var options = BuildOptions(root: site, output: site + "/../out")
        options.nowText = "2026-12-01T08:00"
        #expect(SiteBuilder(options: options).build().succeeded)
        let (made, report) = Self.statement(site)
        #expect(made == nil)
        #expect(report.diagnostics.map { "\($0.location): \($0.messageEN)" } == [
            "content/van-hoa/le-hoi.md:6:1: Genre \"Ảnh bìa\" is not in the royalty table.",
        ])
        // The standard table: "Bài" is per page (8 × pages for grade B), "Tin" B is 3.
        #expect(RoyaltyConfig.standard.genre(named: "bai")?.perPage == true)
        #expect(RoyaltyConfig.standard.rate(of: ArticleRoyalty())?.grade.coefficient == .init(hundredths: 300))
    }
}
