import Foundation
import Testing

@testable import BanTin

/// The build cache never serves stale output: after each kind of change, the cached build equals
/// a full build byte for byte, every page that differs was rewritten, and every other page was
/// kept (the same file, hard-linked, not written again).
@Suite("Incremental builds", .serialized)
struct CacheTests {
    struct Snapshot {
        var contents: [String: Data]
        var inodes: [String: UInt64]
    }

    static func snapshot(_ folder: String) -> Snapshot {
        var inodes: [String: UInt64] = [:]
        let contents = TestSupport.tree(folder)
        for path in contents.keys {
            var info = stat()
            if stat(folder + "/" + path, &info) == 0 { inodes[path] = UInt64(info.st_ino) }
        }
        return Snapshot(contents: contents, inodes: inodes)
    }

    func build(_ site: String, output: String? = nil, cache: Bool = true) -> BuildReport {
        var options = BuildOptions(root: site, output: output)
        options.nowText = "2021-01-01T00:00"
        options.useCache = cache
        let report = SiteBuilder(options: options).build()
        #expect(report.succeeded, "\(report.diagnostics.map(\.formatted))")
        return report
    }

    /// Builds, applies `change`, builds again with the cache and checks the three properties.
    /// Returns the changed output paths.
    func check(_ change: (String) throws -> Void, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Set<String> {
        let site = try TestSupport.site("golden-site")
        _ = build(site)
        let before = Self.snapshot(site + "/public")
        try change(site)
        let report = build(site)
        let after = Self.snapshot(site + "/public")
        _ = build(site, output: site + "/full", cache: false)
        let full = TestSupport.tree(site + "/full")
        #expect(after.contents == full, "the cached build differs from a full build", sourceLocation: sourceLocation)
        let changed = Set(after.contents.keys.filter { before.contents[$0] != after.contents[$0] })
        let rewritten = Set(after.inodes.keys.filter { before.inodes[$0] != after.inodes[$0] })
        #expect(rewritten == changed, "rewritten but unchanged: \(rewritten.subtracting(changed).sorted())", sourceLocation: sourceLocation)
        #expect(report.rewritten == rewritten.count, "the summary counts what was written", sourceLocation: sourceLocation)
        return changed
    }

    static func edit(_ file: String, _ old: String, _ new: String) throws {
        let text = TestSupport.read(file)
        #expect(text.contains(old), "fixture text not found: \(old)")
        try TestSupport.write(text.replacingOccurrences(of: old, with: new), to: file)
    }

    static let seed = "tin-chuyen-nganh/nam-2020-phan-dau-khong-con-ho-ngheo-theo-chuan-trung-uong/index.html"
    static let economyArticle = "kinh-te/duong-dong-khoi-duoc-nang-cap/index.html"

    @Test func nothingChangedNothingRewritten() throws {
        let changed = try check { _ in }
        #expect(changed.isEmpty)
    }

    @Test func template() throws {
        let changed = try check { try Self.edit($0 + "/theme/templates/article.mustache", "<details class=\"article-fields\">", "<details class=\"article-fields\" open>") }
        #expect(changed.contains(Self.seed) && changed.contains(Self.economyArticle))
        #expect(!changed.contains("tin-chuyen-nganh/index.html"), "list pages do not use article.mustache")
    }

    @Test func partial() throws {
        let changed = try check { try Self.edit($0 + "/theme/templates/partials/teaser.mustache", "<article class=\"teaser\">", "<article class=\"teaser tin\">") }
        #expect(changed.contains("tin-chuyen-nganh/index.html") && changed.contains("index.html"))
        #expect(changed.contains(Self.seed), "the seed page lists related news as teasers")
        #expect(!changed.contains(Self.economyArticle), "no teaser on that page")
    }

    @Test func tag() throws {
        let changed = try check { try Self.edit($0 + "/content/kinh-te/duong-dong-khoi-duoc-nang-cap.md", "tags: [đường giao thông]", "tags: [đường giao thông, Tây Ninh]") }
        #expect(changed.contains(Self.economyArticle))
        #expect(changed.contains("chu-de/tay-ninh/index.html"))
        #expect(changed.contains("chu-de/index.html"))
        #expect(!changed.contains("tin-chuyen-nganh/tap-huan-can-bo-giam-ngheo/index.html"))
    }

    @Test func categoryName() throws {
        let changed = try check { try Self.edit($0 + "/site.yml", "  - name: Kinh tế", "  - name: Kinh tế - Đầu tư\n    slug: kinh-te") }
        // The menu is on every page: every page changes, and each was rewritten.
        #expect(changed.contains(Self.seed) && changed.contains(Self.economyArticle) && changed.contains("404.html"))
    }

    @Test func relatedTarget() throws {
        // The seed page lists "Hướng dẫn rà soát hộ nghèo" as related news; retitle it.
        let changed = try check { try Self.edit($0 + "/content/tin-chuyen-nganh/huong-dan-ra-soat-ho-ngheo.md", "title: Hướng dẫn rà soát hộ nghèo", "title: Hướng dẫn rà soát hộ nghèo năm 2020\nslug: huong-dan-ra-soat-ho-ngheo") }
        #expect(changed.contains(Self.seed))
        #expect(changed.contains("tin-chuyen-nganh/huong-dan-ra-soat-ho-ngheo/index.html"))
        #expect(!changed.contains(Self.economyArticle))
    }

    @Test func titleInOtherPagesLists() throws {
        let changed = try check { try Self.edit($0 + "/content/tin-chuyen-nganh/tap-huan-can-bo-giam-ngheo.md", "title: Tập huấn cán bộ giảm nghèo", "title: Tập huấn cán bộ giảm nghèo cấp xã\nslug: tap-huan-can-bo-giam-ngheo") }
        for page in ["tin-chuyen-nganh/tap-huan-can-bo-giam-ngheo/index.html", "tin-chuyen-nganh/page/2/index.html",
                     "tac-gia/minh-duc/index.html", "luu-tru/2020/05/index.html", Self.seed, "rss.xml"] {
            #expect(changed.contains(page), "\(page) should change")
        }
        #expect(!changed.contains(Self.economyArticle))
        #expect(!changed.contains("chu-de/duong-giao-thong/index.html"))
    }

    @Test func siteSetting() throws {
        let changed = try check { try Self.edit($0 + "/site.yml", "per_page: 2", "per_page: 3") }
        #expect(changed.contains("tin-chuyen-nganh/index.html"))
        #expect(!changed.contains(Self.seed), "article pages do not depend on per_page")
    }

    /// Many builds in a row, so later builds update the folder kept from the build before the
    /// last one instead of a fresh one: after each change the site equals a full build (no page
    /// left over from two builds ago, none missing), pages whose bytes did not change keep their
    /// file, and the kept folder beside the output is never the live site.
    @Test func buildAfterBuildUpdatesTheKeptFolder() throws {
        let site = try TestSupport.site("golden-site")
        let retitled = site + "/content/tin-chuyen-nganh/tap-huan-can-bo-giam-ngheo.md"
        let economy = site + "/content/kinh-te/duong-dong-khoi-duoc-nang-cap.md"
        let economyText = TestSupport.read(economy)
        let changes: [(String, () throws -> Void)] = [
            ("nothing", {}),
            ("a title other pages list", { try Self.edit(retitled, "title: Tập huấn cán bộ giảm nghèo", "title: Tập huấn cán bộ giảm nghèo cấp xã\nslug: tap-huan-can-bo-giam-ngheo") }),
            ("the title back (bytes of two builds ago)", { try Self.edit(retitled, "title: Tập huấn cán bộ giảm nghèo cấp xã\nslug: tap-huan-can-bo-giam-ngheo", "title: Tập huấn cán bộ giảm nghèo") }),
            ("an article deleted", { try FileManager.default.removeItem(atPath: economy) }),
            ("nothing", {}),
            ("the article back", { try TestSupport.write(economyText, to: economy) }),
            ("a sentence added to a body", { try Self.edit(retitled, "dành cho cán bộ cấp xã.", "dành cho cán bộ cấp xã. Lớp học kéo dài hai ngày.") }),
            ("a template", { try Self.edit(site + "/theme/templates/article.mustache", "<details class=\"article-fields\">", "<details class=\"article-fields\" open>") }),
            ("nothing", {}),
        ]
        _ = build(site)
        for (name, change) in changes {
            let before = Self.snapshot(site + "/public")
            try change()
            let report = build(site)
            let after = Self.snapshot(site + "/public")
            let fullFolder = site + "/full"
            try? FileManager.default.removeItem(atPath: fullFolder)
            _ = build(site, output: fullFolder, cache: false)
            #expect(after.contents == TestSupport.tree(fullFolder), "after \(name): the cached build differs from a full build")
            let changed = Set(after.contents.keys.filter { before.contents[$0] != after.contents[$0] })
            let rewritten = Set(after.inodes.keys.filter { before.inodes[$0] != after.inodes[$0] })
            #expect(rewritten == changed, "after \(name): rewritten but unchanged: \(rewritten.subtracting(changed).sorted())")
            #expect(report.rewritten == changed.count, "after \(name): the summary counts the changed files")
            // Parsed articles come from the build before: all of them when no article changed.
            let edited = ["a title other pages list", "the title back (bytes of two builds ago)", "a sentence added to a body"].contains(name) ? 1 : 0
            let added = name == "the article back" ? 1 : 0
            #expect(report.reusedSources == report.sourceFiles - edited - added, "after \(name): front matters parsed again")
            if name == "nothing" || name == "a template" || name == "a sentence added to a body" {
                #expect(report.reusedBodies == report.articles - edited, "after \(name): bodies built again")
            }
            // The kept folder is a whole earlier site, never the live one.
            let kept = try #require(SiteWriter(output: site + "/public", siteRoot: site).backFolder)
            #expect(FileManager.default.fileExists(atPath: kept + "/.bantin-output"), "after \(name): no kept site")
            var live = stat(), back = stat()
            #expect(stat(site + "/public", &live) == 0 && stat(kept, &back) == 0 && live.st_ino != back.st_ino)
        }
    }

    /// The search index is built again only when something it is made from changed: not for a
    /// template, but for an article's text; either way the files equal a full build's.
    @Test func searchIndexBuiltOnlyWhenItsInputsChange() throws {
        let site = try TestSupport.site("golden-site")
        let first = build(site)
        #expect(first.sideStages.contains { $0.name.hasPrefix("search") }, "the first build makes the index")
        try Self.edit(site + "/theme/templates/article.mustache", "<details class=\"article-fields\">", "<details class=\"article-fields\" open>")
        let templateOnly = build(site)
        #expect(!templateOnly.sideStages.contains { $0.name.hasPrefix("search") }, "a template change keeps the index files")
        #expect(templateOnly.files == first.files)
        try Self.edit(site + "/content/kinh-te/duong-dong-khoi-duoc-nang-cap.md", "tags: [đường giao thông]", "tags: [đường giao thông, cầu Bến Sỏi]")
        let tagged = build(site)
        #expect(tagged.sideStages.contains { $0.name.hasPrefix("search") }, "a new tag is searchable: the index is made again")
        _ = build(site, output: site + "/full", cache: false)
        let index = SearchIndexFiles.folder
        let cached = TestSupport.tree(site + "/public").filter { $0.key.hasPrefix(index) }
        #expect(!cached.isEmpty)
        #expect(cached == TestSupport.tree(site + "/full").filter { $0.key.hasPrefix(index) })
    }
}
