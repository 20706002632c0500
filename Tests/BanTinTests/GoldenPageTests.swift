import Foundation
import Testing

@testable import BanTin

/// Whole pages compared byte for byte with the expected HTML in `Tests/BanTinTests/Golden`.
/// After an intended change of the theme, regenerate with `BANTIN_UPDATE_GOLDEN=1 swift test`
/// and review the diff.
@Suite("Golden pages")
struct GoldenPageTests {
    static let pages = [
        ("tin-chuyen-nganh/nam-2020-phan-dau-khong-con-ho-ngheo-theo-chuan-trung-uong/index.html", "seed-article.html"),
        ("tin-chuyen-nganh/index.html", "category-page-1.html"),
        ("tin-chuyen-nganh/page/2/index.html", "category-page-2.html"),
        ("tin-chuyen-nganh/huong-dan-ra-soat-ho-ngheo/index.html", "article-with-image.html"),
        ("rss.xml", "rss.xml"),
        ("sitemap.xml", "sitemap.xml"),
    ]

    @Test(arguments: pages)
    func page(_ output: String, _ golden: String) throws {
        let site = try TestSupport.site("golden-site")
        let report = SiteBuilder(options: BuildOptions(root: site)).build()
        #expect(report.succeeded, "\(report.diagnostics.map(\.formatted))")
        let actual = TestSupport.read(site + "/public/" + output)
        #expect(!actual.isEmpty, "\(output) was not written")
        let goldenPath = TestSupport.golden + "/" + golden
        if ProcessInfo.processInfo.environment["BANTIN_UPDATE_GOLDEN"] == "1" {
            try TestSupport.write(actual, to: goldenPath)
        }
        let expected = TestSupport.read(goldenPath)
        #expect(actual == expected, "\(output) differs from Golden/\(golden)")
    }

    @Test func seedPageShowsEveryPortalElement() throws {
        let site = try TestSupport.site("golden-site")
        _ = SiteBuilder(options: BuildOptions(root: site)).build()
        let page = TestSupport.read(site + "/public/" + Self.pages[0].0)
        for piece in [
            "<p class=\"article-category\"><a href=\"/tin-chuyen-nganh/\">Tin Chuyên Ngành</a></p>",
            ">Thứ 5, Ngày 25/06/2020, 10:00</time>",
            "<h1 id=\"tieu-de\" class=\"article-title\">Năm 2020: Phấn đấu không còn hộ nghèo theo chuẩn Trung ương</h1>",
            "Cỡ chữ: <span lang=\"en\">Font size</span>:", "Giảm (A-)", "Mặc định (A)", "Tăng (A+)",
            "Ngày 13.3.2020, UBND tỉnh ban hành Kế hoạch số 490/KH-UBND",
            "<a class=\"article-author\" href=\"/tac-gia/cong-phong/\">Công Phong</a>",
            "<a href=\"/luu-tru/2020/06/\"><time datetime=\"2020-06-25T10:00:00+07:00\">",
            "<a class=\"tag\" href=\"/chu-de/ho-ngheo/\">hộ nghèo</a>",
            "Lượt người xem: <span lang=\"en\">Views:</span> 2048",
            "Chia sẻ: <span lang=\"en\">Share:</span>", "facebook.com/sharer", "zalo.me", "x.com/intent", "mailto:",
            "<h2 id=\"tin-khac\">Tin khác</h2>",
            "Kế hoạch số 490/KH-UBND</a> <span class=\"file-info\">(PDF,",
            "<dt>Trạng thái</dt><dd>đã đăng</dd>",
        ] {
            #expect(page.contains(piece), "missing: \(piece)")
        }
    }

    /// Page 1 of a list has no page number in its heading ("(Trang 0)" once showed: the template
    /// engine counts the number 0 as present); page 2 has "(Trang 2)".
    @Test func onlyLaterListPagesShowTheirNumber() throws {
        let site = try TestSupport.site("golden-site")
        _ = SiteBuilder(options: BuildOptions(root: site)).build()
        let first = TestSupport.read(site + "/public/tin-chuyen-nganh/index.html")
        let second = TestSupport.read(site + "/public/tin-chuyen-nganh/page/2/index.html")
        #expect(first.contains("<h1 class=\"list-title\">Tin Chuyên Ngành</h1>"))
        #expect(!first.contains("page-number"))
        #expect(second.contains("<span class=\"page-number\">(Trang 2)</span>"))
    }

    @Test func outputIsTheSameOnEveryRun() throws {
        let first = try TestSupport.site("golden-site")
        let second = try TestSupport.site("golden-site")
        _ = SiteBuilder(options: BuildOptions(root: first)).build()
        _ = SiteBuilder(options: BuildOptions(root: second)).build()
        let a = TestSupport.tree(first + "/public")
        #expect(a.count > 10)
        #expect(a == TestSupport.tree(second + "/public"))
    }
}
