import Foundation
import Testing

@testable import BanTin

/// Saved pages of the old portal (a `wget --mirror` folder) become articles: the built-in
/// `sharepoint` mapping on the "Tin Tức Mở Rộng" layout, mapping files, skipped pages, and the
/// old addresses (query strings too) that become aliases.
@Suite("Saved portal pages")
struct SavedPageTests {
    static let mirror = TestSupport.fixtures + "/import-pages"
    static let seedPage = "tin-chuyen-nganh/Pages/nam-2020-phan-dau-khong-con-ho-ngheo.aspx"
    static let seedFile = "content/tin-chuyen-nganh/nam-2020-phan-dau-khong-con-ho-ngheo-theo-chuan-trung-uong.md"

    static let config: SiteConfig = SiteConfigParser.parse(TestSupport.read(TestSupport.repoRoot + "/site.yml")).0

    static func read(_ page: String, mapping: PageMapping = .sharepoint) throws -> Result<ImportedArticle, SavedPageReader.Skip> {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: mirror + "/" + page)))
        return SavedPageReader(mapping: mapping, config: config).read(path: page, bytes: bytes)
    }

    static func article(_ page: String, mapping: PageMapping = .sharepoint) throws -> ImportedArticle {
        try read(page, mapping: mapping).get()
    }

    /// The front matter and body of an article file, through the build's own parser.
    static func parsed(_ text: String, path: String) throws -> (ArticleFrontMatter, String) {
        let split = try FrontMatterSplitter.split(text, path: path).get()
        let (meta, diagnostics) = FrontMatterParser.parse(split, path: path, config: config)
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics.map(\.formatted))")
        return (try #require(meta), split.body)
    }

    /// Paragraphs with every run of white space as one space.
    static func paragraphs(_ markdown: String) -> [String] {
        markdown.components(separatedBy: "\n\n").map { HTMLToMarkdown.collapse($0).trimmingSpaces }.filter { !$0.isEmpty }
    }

    /// The seed article's saved page gives the seed article's front matter. A page view does not
    /// show the seed's `tags` (the portal prints none), `featured` (a home-page flag of the
    /// editing panel, empty in the saved page) or `attachments` (the panel's "Attachments" is a
    /// label without files), so those are not compared.
    @Test func theSeedPageImportsToTheSeedArticle() throws {
        let imported = try Self.article(Self.seedPage)
        let (seed, seedBody) = try Self.parsed(TestSupport.read(TestSupport.repoRoot + "/" + Self.seedFile), path: Self.seedFile)
        let (mine, body) = try Self.parsed(imported.fileText, path: imported.path)
        #expect(mine.title == seed.title)
        #expect(mine.date == seed.date)
        #expect(imported.date == "2020-06-25T10:00:00")
        #expect(mine.author == seed.author)
        #expect(mine.category == seed.category)
        #expect(mine.views == seed.views)
        #expect(mine.status == seed.status)
        #expect(Self.paragraphs(body) == Self.paragraphs(seedBody))
        #expect(imported.path == "content/tin-chuyen-nganh/nam-2020-phan-dau-khong-con-ho-ngheo-theo-chuan-trung-uong.md")
        #expect(imported.aliases == ["/tin-chuyen-nganh/Pages/nam-2020-phan-dau-khong-con-ho-ngheo.aspx"])
        #expect(mine.aliases.map(\.value) == ["tin-chuyen-nganh/Pages/nam-2020-phan-dau-khong-con-ho-ngheo.aspx"])
        #expect(imported.origin == Self.seedPage)
        for junk in ["Cỡ chữ", "Chia sẻ", "Tin khác", "Manage Permissions", "Lượt người xem", "Công Phong", "Tiêu đề"] {
            #expect(!body.contains(junk), "\(junk) left in the body")
        }
    }

    @Test func aPageSavedUnderAQueryStringNameKeepsTheQueryInItsAlias() throws {
        let imported = try Self.article("Pages/chi-tiet-tin.aspx@ItemID=123.html")
        #expect(imported.aliases == ["/Pages/chi-tiet-tin.aspx?ItemID=123"])
        #expect(imported.title == "Khánh thành cầu Bến Sỏi mới")
        #expect(imported.category == "Kinh tế", "matched without regard to case")
        #expect(imported.path == "content/kinh-te/khanh-thanh-cau-ben-soi-moi.md")
        #expect(imported.date == "2020-07-06T08:30:00")
        #expect(imported.author == "Thanh Tâm")
        #expect(imported.views == 1532)
        #expect(imported.body.hasPrefix("**Sáng 6/7, UBND huyện Châu Thành khánh thành cầu Bến Sỏi** sau 18 tháng thi công.\n\n"))
        #expect(!imported.body.contains("Facebook") && !imported.body.contains("Đồng Khởi"))
        #expect(imported.notes.contains("Giữ HTML <table> — raw HTML kept: <table>"))
        let (meta, _) = try Self.parsed(imported.fileText, path: imported.path)
        #expect(meta.aliases.map(\.value) == ["Pages/chi-tiet-tin.aspx?ItemID=123"])
    }

    @Test func theCanonicalAddressWinsOverTheFileName() throws {
        let imported = try Self.article("thong-bao/Pages/lich-tiep-cong-dan.aspx.html")
        #expect(imported.aliases == ["/thong-bao/Pages/lich-tiep-cong-dan-thang-7.aspx"])
        #expect(imported.date == "2020-06-28T16:45:00")
        #expect(imported.author == "Văn phòng UBND tỉnh")
        #expect(imported.views == nil)
        // Read without the mirror's files, the picture stays on the old site (its address from the canonical link).
        #expect(imported.notes == ["Liên kết tới trang cũ giữ nguyên — link to the old site kept: https://tayninh.gov.vn/PublishingImages/2020/lich-tiep.jpg"])
        #expect(imported.body.contains("](https://tayninh.gov.vn/PublishingImages/2020/lich-tiep.jpg)"))
    }

    @Test func picturesInTheMirrorAreCopiedBesideTheArticle() throws {
        let page = "thong-bao/Pages/lich-tiep-cong-dan.aspx.html"
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Self.mirror + "/" + page)))
        let mirror = Self.mirror
        let reader = SavedPageReader(mapping: .sharepoint, config: Self.config, mediaFile: { relative in
            FileManager.default.fileExists(atPath: mirror + "/" + relative) ? mirror + "/" + relative : nil
        })
        let imported = try reader.read(path: page, bytes: bytes).get()
        #expect(imported.media == [.init(from: mirror + "/PublishingImages/2020/lich-tiep.jpg", to: "content/thong-bao/2020-lich-tiep.jpg")])
        #expect(imported.body.contains("](2020-lich-tiep.jpg)"))
        #expect(imported.notes.isEmpty)
    }

    @Test func aPageWithoutTitleIsSkippedWithItsReason() throws {
        let result = try Self.read("tin-tuc/Pages/default.aspx")
        guard case .failure(let skip) = result else {
            Issue.record("a list page was imported: \(result)")
            return
        }
        #expect(skip.kind == .noTitle)
        #expect(skip.en.hasPrefix("tin-tuc/Pages/default.aspx: the page has no title (`title` selector: \"h1.news-title"))
        #expect(skip.vi.hasPrefix("tin-tuc/Pages/default.aspx: trang không có tiêu đề"))
    }

    @Test func otherReasonsToSkip() {
        let reader = SavedPageReader(mapping: .sharepoint, config: Self.config)
        func skip(_ html: String) -> SavedPageReader.Skip.Kind? {
            if case .failure(let skip) = reader.read(path: "a.aspx", bytes: Array(html.utf8)) { return skip.kind }
            return nil
        }
        let title = "<h1 class='news-title'>Tin</h1>"
        let date = "<div class='news-date'>Thứ 5, Ngày 25/06/2020, 10:00</div>"
        let body = "<div class='news-content'><p>Một</p></div>"
        #expect(skip(title + body) == .noDate)
        #expect(skip(title + "<div class='news-date'>Thứ 5</div>" + body) == .badDate)
        #expect(skip(title + "<div class='news-date'>31/02/2020</div>" + body) == .badDate)
        #expect(skip(title + date) == .noBody)
        #expect(skip(title + date + body) == .noCategory)
        #expect(skip(title + date + body + "<div class='news-category'>Thể thao</div>") == .unknownCategory)
        #expect(skip(title + date + body + "<div class='news-category'>thoi su</div>") == nil, "by slug")
        var mapping = PageMapping.sharepoint
        mapping.defaultCategory = "Thông báo"
        let fallback = SavedPageReader(mapping: mapping, config: Self.config).read(path: "a.aspx", bytes: Array((title + date + body).utf8))
        #expect((try? fallback.get())?.category == "Thông báo")
    }

    @Test(arguments: [
        ("Thứ 5, Ngày 25/06/2020, 10:00", PageDateFormat.portal, "2020-06-25T10:00:00"),
        ("Chủ nhật, ngày 5/7/2020 - 7:05", .portal, "2020-07-05T07:05:00"),
        ("Ngày 13.3.2020", .portal, "2020-03-13T00:00:00"),
        ("25/06/2020 10:00", .dayMonthYear, "2020-06-25T10:00:00"),
        ("25-06-2020 10:00:30", .dayMonthYear, "2020-06-25T10:00:30"),
        ("25/06/2020", .dayMonthYear, "2020-06-25T00:00:00"),
        ("2020-06-25T03:00:00Z", .iso, "2020-06-25T10:00:00"),
        ("2020-06-25 10:00", .iso, "2020-06-25T10:00:00"),
        ("2020-06-25T10:00:00+07:00", .auto, "2020-06-25T10:00:00"),
        ("Thứ 5, Ngày 25/06/2020, 10:00", .auto, "2020-06-25T10:00:00"),
    ])
    func dates(_ text: String, _ format: PageDateFormat, _ expected: String) {
        #expect(format.wallClock(text, timeZone: Self.config.timeZone) == expected)
    }

    @Test(arguments: [
        ("Thứ 5, Ngày 25/06/2020", PageDateFormat.dayMonthYear), ("25/06/2020 lúc 10:00", .dayMonthYear), ("31/04/2020", .portal),
        ("25/13/2020 10:00", .portal), ("25/06/2020", .iso), ("", .auto), ("Views: 2048", .portal),
    ])
    func badDates(_ text: String, _ format: PageDateFormat) {
        #expect(format.wallClock(text, timeZone: Self.config.timeZone) == nil)
    }

    @Test(arguments: [
        ("Lượt người xem:  Views:   2048", 2048), ("Views: 1.532", 1532), ("12,345 lượt", 12345), ("Views: 7.", 7),
        ("2019 … 15", 15), ("không có", nil),
    ] as [(String, Int?)])
    func viewsNumbers(_ text: String, _ expected: Int?) {
        #expect(SavedPageReader.lastNumber(text) == expected)
    }

    @Test(arguments: [
        ("vi/news/Pages/x.aspx", nil, "/vi/news/Pages/x.aspx"),
        ("Pages/chi-tiet-tin.aspx?ItemID=123", nil, "/Pages/chi-tiet-tin.aspx?ItemID=123"),
        ("Pages/chi-tiet-tin.aspx@ItemID=123", nil, "/Pages/chi-tiet-tin.aspx?ItemID=123"),
        ("Pages/chi-tiet-tin.aspx@ItemID=123.html", nil, "/Pages/chi-tiet-tin.aspx?ItemID=123"),
        ("Pages/x.aspx.html", nil, "/Pages/x.aspx"),
        ("tin/bai.html", nil, "/tin/bai.html"),
        ("tin-tuc/index.html", nil, "/tin-tuc/"),
        ("index.html", nil, "/"),
        ("anh@2x/a.aspx", nil, "/anh@2x/a.aspx"),
        ("Pages/x.aspx", "https://tayninh.gov.vn/portal", "/portal/Pages/x.aspx"),
        ("./Pages/x.aspx", "https://tayninh.gov.vn/", "/Pages/x.aspx"),
    ] as [(String, String?, String)])
    func mirrorAddresses(_ file: String, _ base: String?, _ expected: String) {
        #expect(MirrorPath.oldAddress(ofFile: file, baseURL: base) == expected)
    }

    @Test func pageFilesOfAMirror() {
        #expect(MirrorPath.isPage("a/Pages/x.aspx"))
        #expect(MirrorPath.isPage("Pages/chi-tiet-tin.aspx@ItemID=1"))
        #expect(MirrorPath.isPage("a/b.html"))
        #expect(!MirrorPath.isPage("PublishingImages/a.jpg"))
        #expect(!MirrorPath.isPage("Style Library/tin-tuc.css"))
    }

    // MARK: Mapping files

    @Test func theBuiltInMappingHasEverySelector() {
        let mapping = PageMapping.sharepoint
        #expect([mapping.title, mapping.date, mapping.category, mapping.author, mapping.views, mapping.body, mapping.summary,
                 mapping.image, mapping.imageCaption, mapping.tags].allSatisfy { $0 != nil })
        #expect(mapping.remove.count == 17, "a built-in selector failed to parse")
        #expect(PageMapping.builtIn[PageMapping.defaultName] == mapping)
    }

    @Test func aMappingFileIsRead() throws {
        let text = """
            # Cổng cũ của huyện
            base_url: https://chauthanh.tayninh.gov.vn/portal/
            title: "#noi-dung h2.tieu-de"
            date: span.ngay
            date_format: dd/mm/yyyy hh:mm
            category: .chuyen-muc
            author: .tac-gia
            author_ends_before: [Lượt xem]
            body: '#noi-dung > .bai'
            remove: [.chia-se, "ul.tin-khac"]
            default_category: Thời sự
            """
        let (parsed, diagnostics) = PageMappingParser.parse(text, path: "mapping.yml")
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.formatted))")
        let mapping = try #require(parsed)
        #expect(mapping.title?.text == "#noi-dung h2.tieu-de")
        #expect(mapping.remove.map(\.text) == [".chia-se", "ul.tin-khac"])
        #expect(mapping.dateFormat == .dayMonthYear)
        #expect(mapping.baseURL == "https://chauthanh.tayninh.gov.vn/portal/")
        #expect(mapping.authorEndsBefore == ["Lượt xem"])
        #expect(mapping.defaultCategory == "Thời sự")
        #expect(mapping.views == nil)
        let page = """
            <div id="noi-dung"><h2 class="tieu-de">Họp dân</h2><span class="ngay">01/07/2020 14:00</span>
            <div class="bai"><p>Nội dung.</p><div class="chia-se">Chia sẻ</div></div>
            <div class="tac-gia">Hữu Lộc Lượt xem: 12</div></div>
            """
        let article = try SavedPageReader(mapping: mapping, config: Self.config)
            .read(path: "tin/Pages/hop-dan.aspx", bytes: Array(page.utf8)).get()
        #expect(article.category == "Thời sự")
        #expect(article.body == "Nội dung.\n")
        #expect(article.author == "Hữu Lộc")
        #expect(article.aliases == ["/portal/tin/Pages/hop-dan.aspx"])
    }

    @Test func aMappingBasedOnTheBuiltInChangesOnlyWhatItSays() throws {
        let (parsed, diagnostics) = PageMappingParser.parse("based_on: sharepoint\nbody: .noi-dung\n", path: "m.yml")
        #expect(diagnostics.isEmpty)
        let mapping = try #require(parsed)
        #expect(mapping.body?.text == ".noi-dung")
        #expect(mapping.title == PageMapping.sharepoint.title)
        #expect(mapping.name == "m.yml")
    }

    /// Bad mapping files: each problem at its line and column, in English here.
    @Test(arguments: [
        ("title: h1\ndate: .d\nbody: div..x\n", "m.yml:3:11", "The `body` selector \"div..x\" is not valid: Missing a class name after the dot before \".\"."),
        ("title: h1\ndate: .d\nbody: \"div > \"\n", "m.yml:3:12", "The `body` selector \"div > \" is not valid: A selector is missing after \">\"."),
        ("title: h1\ndate: .d\nbody: .b\nremove:\n  - .a\n  - 'p:hover'\n", "m.yml:6:7",
         "The `remove` selector \"p:hover\" is not valid: \":hover\" is not supported (only :first-child and :last-child)."),
        ("title: h1\ndate: .d\nbody: .b\ntitel: h2\n", "m.yml:4:1", "Unknown key `titel` in the page mapping."),
        ("title: h1\ndate: .d\nbody: .b\ndate_format: mm/dd/yyyy\n", "m.yml:4:14", "Unknown date format \"mm/dd/yyyy\"."),
        ("title: #main\ndate: .d\nbody: .b\n", "m.yml:1:1", "The `title` selector is empty."),
        ("title: h1\nbody: .b\n", "m.yml:1:1", "The page mapping has no `date` selector."),
        ("based_on: joomla\n", "m.yml:1:11", "There is no built-in mapping \"joomla\"."),
        ("title: [h1\n", "m.yml:2:1", nil),
    ] as [(String, String, String?)])
    func badMappingFiles(_ text: String, _ place: String, _ message: String?) {
        let (mapping, diagnostics) = PageMappingParser.parse(text, path: "m.yml")
        #expect(mapping == nil)
        let first = diagnostics.first
        #expect(first?.location.description == place, "\(diagnostics.map(\.formatted))")
        if let message { #expect(first?.messageEN == message) }
        #expect(first?.message.isEmpty == false)
    }
}
