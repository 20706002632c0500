import Foundation
import Testing

@testable import BanTin

/// The publishing workflow with an injected clock: states, `publish_at`, `expires`, `--drafts`.
@Suite("Publishing workflow")
struct WorkflowTests {
    static let articles: [(String, String)] = [
        ("da-duyet", "status: approved"),
        ("cho-duyet", "status: pending"),
        ("ban-nhap", "status: draft"),
        ("hen-gio", "status: published\npublish_at: 2020-08-01T08:00"),
        ("het-han", "status: published\nexpires: 2020-07-20T00:00"),
    ]

    static func site() throws -> String {
        let site = try TestSupport.site("golden-site")
        for (slug, extra) in articles {
            try TestSupport.write("""
                ---
                title: Bài \(slug)
                slug: \(slug)
                date: 2020-07-10T08:00
                author: Thanh Tâm
                category: Kinh tế
                \(extra)
                ---

                Nội dung \(slug).
                """, to: site + "/content/kinh-te/\(slug).md")
        }
        return site
    }

    func build(_ site: String, now: String, drafts: Bool = false) -> BuildReport {
        var options = BuildOptions(root: site, includeDrafts: drafts)
        options.nowText = now
        return SiteBuilder(options: options).build()
    }

    func pages(_ site: String) -> Set<String> {
        Set(["da-duyet", "cho-duyet", "ban-nhap", "hen-gio", "het-han"].filter {
            FileManager.default.fileExists(atPath: site + "/public/kinh-te/\($0)/index.html")
        })
    }

    @Test func onlyApprovedAndPublishedInTheirWindowAreBuilt() throws {
        let site = try Self.site()
        let report = build(site, now: "2020-07-15T12:00")
        #expect(report.succeeded, "\(report.diagnostics.map(\.formatted))")
        #expect(pages(site) == ["da-duyet", "het-han"])
        let states = Dictionary(uniqueKeysWithValues: report.states.map { ($0.path, $0.stage) })
        #expect(states["content/kinh-te/da-duyet.md"] == .live)
        #expect(states["content/kinh-te/cho-duyet.md"] == .pending)
        #expect(states["content/kinh-te/ban-nhap.md"] == .draft)
        #expect(states["content/kinh-te/hen-gio.md"] == .scheduled)
        #expect(states["content/kinh-te/het-han.md"] == .live)
        // The next change is the earlier of the two: het-han comes down on 20 July.
        #expect(report.nextChange == ScheduledChange(
            date: try DateParser.parse("2020-07-20T00:00", timeZone: TimeZone(identifier: "Asia/Ho_Chi_Minh")!).get(),
            path: "content/kinh-te/het-han.md", publishes: false))
        #expect(report.summaryLine.contains("Next scheduled change: 2020-07-20T00:00:00+07:00 (takes down content/kinh-te/het-han.md)"))
    }

    @Test func theClockMovesArticlesInAndOut() throws {
        let site = try Self.site()
        let report = build(site, now: "2020-08-02T00:00")
        #expect(report.succeeded)
        #expect(pages(site) == ["da-duyet", "hen-gio"])
        #expect(report.nextChange == nil)
        let feed = TestSupport.read(site + "/public/rss.xml")
        #expect(feed.contains("Bài hen-gio") && !feed.contains("Bài het-han"))
    }

    @Test func draftsAreShownMarkedAndNotIndexed() throws {
        let site = try Self.site()
        let report = build(site, now: "2020-07-15T12:00", drafts: true)
        #expect(report.succeeded)
        #expect(pages(site) == ["da-duyet", "cho-duyet", "ban-nhap", "hen-gio", "het-han"])
        for (slug, live) in [("cho-duyet", false), ("ban-nhap", false), ("hen-gio", false), ("da-duyet", true)] {
            let page = TestSupport.read(site + "/public/kinh-te/\(slug)/index.html")
            #expect(page.contains("class=\"draft-banner\"") == !live, "\(slug)")
            #expect(page.contains("<meta name=\"robots\" content=\"noindex\">") == !live, "\(slug)")
        }
        #expect(TestSupport.read(site + "/public/kinh-te/hen-gio/index.html").contains("hẹn đăng Thứ 7, Ngày 01/08/2020, 08:00"))
        // Nothing that is not live reaches feeds or the sitemap, even with --drafts.
        #expect(!TestSupport.read(site + "/public/rss.xml").contains("Bài cho-duyet"))
        #expect(!TestSupport.read(site + "/public/sitemap.xml").contains("cho-duyet"))
    }

    @Test func unknownStatusIsALocatedError() throws {
        let site = try TestSupport.site("golden-site")
        try TestSupport.write("---\ntitle: A\ndate: 2020-01-01\nauthor: B\ncategory: Kinh tế\nstatus: đăng rồi\n---\n\nx\n",
                              to: site + "/content/kinh-te/a.md")
        let report = build(site, now: "2020-07-15T12:00")
        #expect(report.diagnostics.map { "\($0.location): \($0.messageEN)" } == ["content/kinh-te/a.md:6:1: Unknown status \"đăng rồi\"."])
    }
}
