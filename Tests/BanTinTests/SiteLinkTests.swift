import Foundation
import Testing

@testable import BanTin

/// Links that point inside the site, written as a site path or as the site's own address, must
/// lead to a page, feed, file or old address of the build: else an error at the link's place.
@Suite("Links inside the site")
struct SiteLinkTests {
    /// destination, base URL, the place below the site root it points to (nil: not this site).
    static let addresses: [(String, String, String?)] = [
        ("/thoi-su/bai/", "https://bantin.example.gov.vn/", "thoi-su/bai/"),
        ("/thoi-su/bai", "https://bantin.example.gov.vn/", "thoi-su/bai"),
        ("/", "https://bantin.example.gov.vn/", ""),
        ("/thoi-su/bai/#muc-2", "https://bantin.example.gov.vn/", "thoi-su/bai/"),
        ("/tim-kiem/?q=ho+ngheo", "https://bantin.example.gov.vn/", "tim-kiem/"),
        ("https://bantin.example.gov.vn/thoi-su/bai/", "https://bantin.example.gov.vn/", "thoi-su/bai/"),
        ("http://BANTIN.Example.gov.vn/thoi-su/", "https://bantin.example.gov.vn/", "thoi-su/"),
        ("https://bantin.example.gov.vn", "https://bantin.example.gov.vn/", ""),
        ("https://bantin.example.gov.vn:443/a/", "https://bantin.example.gov.vn/", "a/"),
        ("https://bantin.example.gov.vn:8443/a/", "https://bantin.example.gov.vn/", nil),
        ("https://user@bantin.example.gov.vn/a/", "https://bantin.example.gov.vn/", "a/"),
        ("//bantin.example.gov.vn/tac-gia/x/", "https://bantin.example.gov.vn/", "tac-gia/x/"),
        ("//khac.example.com/tac-gia/x/", "https://bantin.example.gov.vn/", nil),
        ("https://khac.example.com/thoi-su/", "https://bantin.example.gov.vn/", nil),
        ("https://bantin.example.gov.vn.khac.com/a/", "https://bantin.example.gov.vn/", nil),
        ("/th%E1%BB%9Di-su/%C4%91/", "https://bantin.example.gov.vn/", "thời-su/đ/"),
        ("/a/./b/../c/", "https://bantin.example.gov.vn/", "a/c/"),
        ("/../../etc/passwd", "https://bantin.example.gov.vn/", "etc/passwd"),
        ("bai.md", "https://bantin.example.gov.vn/", nil),
        ("#muc", "https://bantin.example.gov.vn/", nil),
        ("mailto:a@b.vn", "https://bantin.example.gov.vn/", nil),
        ("ftp://bantin.example.gov.vn/a/", "https://bantin.example.gov.vn/", nil),
        // A site below a sub-path: only what is below it is the site's.
        ("/bantin/thoi-su/bai/", "https://tayninh.example.gov.vn/bantin/", "thoi-su/bai/"),
        ("/bantin", "https://tayninh.example.gov.vn/bantin/", ""),
        ("/bantin/", "https://tayninh.example.gov.vn/bantin/", ""),
        ("https://tayninh.example.gov.vn/bantin/rss.xml", "https://tayninh.example.gov.vn/bantin/", "rss.xml"),
        ("/bantinkhac/a/", "https://tayninh.example.gov.vn/bantin/", nil),
        ("/thoi-su/bai/", "https://tayninh.example.gov.vn/bantin/", nil),
        ("https://tayninh.example.gov.vn/", "https://tayninh.example.gov.vn/bantin/", nil),
    ]

    @Test(arguments: addresses)
    func placeBelowTheSite(_ destination: String, _ baseURL: String, _ expected: String?) {
        #expect(SiteAddress(baseURL: baseURL).sitePath(of: destination) == expected)
    }

    /// target, whether a plain file server answers it from these outputs.
    static let existing: [(String, Bool)] = [
        ("", true), ("thoi-su/bai/", true), ("thoi-su/bai", true), ("thoi-su/bai/index.html", true),
        ("thoi-su/rss.xml", true), ("media/a.pdf", true), ("thoi-su/khong/", false), ("thoi-su/rss.xml/", false),
        ("media/a.pdf/", false), ("thoi-su/ba", false), ("tin-cu/x.aspx", true),
    ]

    @Test(arguments: existing)
    func existence(_ target: String, _ expected: Bool) {
        let check = SiteLinkCheck(
            outputs: ["index.html", "thoi-su/bai/index.html", "thoi-su/rss.xml", "media/a.pdf", "tin-cu/x.aspx/index.html"],
            basePath: "/")
        #expect(check.exists(target) == expected)
    }

    @Test func nearestPageIsTheSameNameElsewhereOrTheMostSimilar() {
        let finder = NearestPage(outputs: [
            "index.html", "thoi-su/nam-2020-phan-dau/index.html", "thoi-su/hop-bao/index.html",
            "kinh-te/gia-mu-cao-su/index.html", "rss.xml", "assets/style.css",
        ])
        #expect(finder.nearest(to: "kinh-te/nam-2020-phan-dau/") == "thoi-su/nam-2020-phan-dau/")
        #expect(finder.nearest(to: "kinh-te/gia-mu-cao-su-2/") == "kinh-te/gia-mu-cao-su/")
        #expect(finder.nearest(to: "thoi-su/hop-bao-tinh") == "thoi-su/hop-bao/")
        #expect(finder.nearest(to: "thoi-su/xyz/") == nil)
        #expect(finder.nearest(to: "") == nil)
    }

    /// Every broken link of the fixture, at its place, with the address it leads to; the 21 good
    /// links of `dung.md` (every kind of page, file, feed and old address) give nothing.
    static let broken: [(String, String)] = [
        ("content/kinh-te/hong.md:10:1", "/thoi-su/bai-khong-ton-tai/"),  // a site path
        ("content/kinh-te/hong.md:12:1", "/kinh-te/khong-co/"),  // the site's own address
        ("content/kinh-te/hong.md:14:1", "/thoi-su/bai-x/"),  // with #fragment
        ("content/kinh-te/hong.md:16:1", "/thoi-su/bai-y/"),  // with ?query
        ("content/kinh-te/hong.md:18:1", "/the-thao/"),  // a category page
        ("content/kinh-te/hong.md:20:1", "/chu-de/khong-co-chu-de/"),  // a tag page
        ("content/kinh-te/hong.md:22:1", "/media/thoi-su/khong-co.pdf"),  // a media file
        ("content/kinh-te/hong.md:24:1", "/tac-gia/nguoi-la/"),  // an author page
        ("content/kinh-te/hong.md:26:1", "/luu-tru/1999/01/"),  // an archive month
        ("content/kinh-te/hong.md:28:1", "/kinh-te/rss2.xml"),  // a feed
        ("content/kinh-te/hong.md:30:1", "/media/anh-khong-co.png"),  // a picture
        ("content/kinh-te/hong.md:32:1", "/thoi-su/khong/"),  // scheme-relative
        ("content/kinh-te/hong.md:34:1", "/kinh-te/sai/"),  // a reference link, at its use
        ("content/kinh-te/hong.md:36:20", "/kinh-te/bai-a/"),  // the wrong category
        ("content/kinh-te/hong.md:36:51", "/thoi-su/page/9/"),  // a page past the last
    ]

    @Test(arguments: [true, false])
    func everyBrokenLinkIsLocatedInBuildAndCheck(checkOnly: Bool) throws {
        let site = try TestSupport.site("site-links")
        let report = SiteBuilder(options: BuildOptions(root: site, now: 1_700_000_000, checkOnly: checkOnly)).build()
        let problems = report.diagnostics.filter { $0.severity == .error }
        #expect(problems.map(\.location.description) == Self.broken.map(\.0))
        for (problem, (_, shown)) in zip(problems, Self.broken) {
            #expect(problem.messageEN.contains("goes to \(shown), but the site has no page or file there"), "\(problem.messageEN)")
            #expect(problem.message.contains("dẫn tới \(shown)"))
        }
        #expect(!report.diagnostics.contains { $0.location.path.hasSuffix("dung.md") })
        #expect(problems.first { $0.location.description.hasSuffix(":36:20") }?.hintEN.hasPrefix("Did you mean /thoi-su/bai-a/?") == true)
        #expect(problems.first { $0.location.description.hasSuffix(":22:1") }?.hintEN.contains("put it inside content/") == true)
        // Nothing is written: the build stops at its errors.
        #expect(!FileManager.default.fileExists(atPath: site + "/public"))
    }

    @Test func theFixedSiteBuildsAndLinksWork() throws {
        let site = try TestSupport.site("site-links")
        try FileManager.default.removeItem(atPath: site + "/content/kinh-te/hong.md")
        let report = SiteBuilder(options: BuildOptions(root: site, now: 1_700_000_000)).build()
        #expect(report.succeeded, "\(report.diagnostics)")
        // The links are left as written: the editor's own address still works on the live site.
        let page = TestSupport.read(site + "/public/kinh-te/dung/index.html")
        #expect(page.contains("href=\"https://bantin.example.gov.vn/thoi-su/bai-a/\""))
        #expect(page.contains("href=\"/tin-cu/bai-a.aspx\""))
    }

    @Test func belowASubPathOnlyTheSitesOwnPathsAreChecked() throws {
        let site = try TestSupport.site("site-links")
        try FileManager.default.removeItem(atPath: site + "/content/kinh-te/hong.md")
        try FileManager.default.removeItem(atPath: site + "/content/kinh-te/dung.md")
        try TestSupport.write(
            """
            ---
            title: Bài dưới đường dẫn con
            date: 2020-06-26T10:00
            author: Công Phong
            category: Kinh tế
            ---

            [đúng](/bantin/thoi-su/bai-a/) [đúng](https://tayninh.example.gov.vn/bantin/thoi-su/)

            [hỏng](/bantin/thoi-su/khong-co/) [cổng tỉnh](/thoi-su/khong-phai-cua-ban-tin/)

            """, to: site + "/content/kinh-te/con.md")
        let report = SiteBuilder(options: BuildOptions(root: site, baseURL: "https://tayninh.example.gov.vn/bantin/", now: 1_700_000_000, checkOnly: true)).build()
        let problems = report.diagnostics.filter { $0.severity == .error }
        #expect(problems.map(\.location.description) == ["content/kinh-te/con.md:10:1"])
        #expect(problems.first?.messageEN.contains("goes to /bantin/thoi-su/khong-co/") == true)
    }
}
