import Foundation
import Testing

@testable import BanTin

/// The site `bantin serve` keeps in memory: after any sequence of edits, every file it serves
/// has the bytes a full `bantin build` of the same sources writes, and it has no other file.
@Suite("Resident site")
struct ResidentSiteTests {
    /// A copy of the bundled example site in a temporary folder.
    static func exampleSite() throws -> String {
        let folder = NSTemporaryDirectory() + "bantin-resident-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for item in ["site.yml", "content", "theme"] {
            try FileManager.default.copyItem(atPath: TestSupport.repoRoot + "/" + item, toPath: folder + "/" + item)
        }
        return folder
    }

    static func options(_ site: String, drafts: Bool) -> BuildOptions {
        var options = BuildOptions(root: site, includeDrafts: drafts, baseURL: "http://127.0.0.1:1313/", now: 1_600_000_000)
        options.useCache = false
        return options
    }

    /// Every file of a full build, by path (bantin's marker left out).
    static func fullBuild(_ site: String, drafts: Bool) -> [String: Data] {
        var options = options(site, drafts: drafts)
        let output = site + "-full-\(UUID().uuidString)"
        options.output = output
        let report = SiteBuilder(options: options).build()
        #expect(report.succeeded, "\(report.diagnostics.prefix(3))")
        var tree = TestSupport.tree(output)
        tree[SiteWriter.markerName] = nil
        try? FileManager.default.removeItem(atPath: output)
        return tree
    }

    static func served(_ resident: ResidentSite) -> [String: Data] {
        var files: [String: Data] = [:]
        for path in resident.paths {
            files[path] = resident.file(at: path).map { Data($0) }
        }
        return files
    }

    /// Compares file by file, naming the first differences.
    static func expectSame(_ resident: ResidentSite, _ site: String, drafts: Bool, after step: String) {
        let full = fullBuild(site, drafts: drafts)
        let memory = served(resident)
        let unmatched = Set(memory.keys).symmetricDifference(Set(full.keys)).sorted()
        #expect(unmatched.isEmpty, "\(step): paths in one and not the other: \(unmatched.prefix(5))")
        let different = full.keys.sorted().filter { memory[$0] != nil && memory[$0] != full[$0] }
        #expect(different.count == 0, "\(step): \(different.count) files differ, e.g. \(different.prefix(5))")
    }

    static func edit(_ path: String, _ change: (String) -> String) throws {
        try TestSupport.write(change(TestSupport.read(path)), to: path)
    }

    /// Replaces the front matter line that starts with `key:`, or adds it after the title.
    static func setKey(_ key: String, _ value: String, in path: String) throws {
        try edit(path) { text in
            var lines = text.components(separatedBy: "\n")
            if let line = lines.firstIndex(where: { $0.hasPrefix(key + ":") }) {
                lines[line] = "\(key): \(value)"
            } else if let title = lines.firstIndex(where: { $0.hasPrefix("title:") }) {
                lines.insert("\(key): \(value)", at: title + 1)
            }
            return lines.joined(separator: "\n")
        }
    }

    static let a = "/content/thoi-su/day-nhanh-tien-do-tuyen-duong-ven-ho-dau-tieng.md"
    static let b = "/content/kinh-te/gia-mu-cao-su-phuc-hoi-nguoi-trong-phan-khoi.md"
    static let c = "/content/giao-duc/chuan-bi-cho-ky-thi-tot-nghiep-thpt-nam-2021.md"

    /// Each edit, named, applied to the site folder.
    static let edits: [(String, @Sendable (String) throws -> Void)] = [
        ("a body edit", { try edit($0 + a) { $0 + "\nMột đoạn mới được thêm khi xem trước.\n" } }),
        ("a title edit", { try setKey("title", "\"Đẩy nhanh tiến độ tuyến đường ven hồ (cập nhật)\"", in: $0 + a) }),
        ("tags changed", { try setKey("tags", "[giao thông, hồ Dầu Tiếng, Tây Ninh]", in: $0 + b) }),
        ("category changed", { try setKey("category", "Thời sự", in: $0 + b) }),
        ("unpublished", { try setKey("status", "draft", in: $0 + c) }),
        ("views changed", { try setKey("views", "99999", in: $0 + c) }),
        ("an article deleted", { try FileManager.default.removeItem(atPath: $0 + a) }),
        ("an article added", {
            try TestSupport.write(
                "---\ntitle: Bài mới khi xem trước\ndate: 2020-07-01T08:00\nauthor: Thanh Tâm\ncategory: Y tế\ntags: [Tây Ninh]\n---\n\nNội dung bài mới.\n",
                to: $0 + "/content/y-te/bai-moi-khi-xem-truoc.md")
        }),
        ("a template edit", { try edit($0 + "/theme/templates/article.mustache") { $0 + "<!-- sửa mẫu -->\n" } }),
        ("a partial edit", { try edit($0 + "/theme/templates/partials/teaser.mustache") { $0.replacingOccurrences(of: "</", with: " </", options: [], range: $0.range(of: "</")) } }),
        ("site.yml edited", { try edit($0 + "/site.yml") { $0.replacingOccurrences(of: "title: Bản tin Tây Ninh", with: "title: Bản tin tỉnh Tây Ninh") } }),
        ("a picture replaced", { try FileManager.default.removeItem(atPath: $0 + "/content/thoi-su/ho-dau-tieng.svg")
            try TestSupport.write("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"30\"></svg>\n", to: $0 + "/content/thoi-su/ho-dau-tieng.svg") }),
    ]

    @Test(arguments: [false, true])
    func everyEditGivesTheBytesOfAFullBuild(drafts: Bool) throws {
        let site = try Self.exampleSite()
        var resident = ResidentSite().updated(options: Self.options(site, drafts: drafts))
        #expect(resident.report.succeeded)
        #expect(resident.version == 1)
        Self.expectSame(resident, site, drafts: drafts, after: "the first build")
        for (name, apply) in Self.edits {
            try apply(site)
            resident = resident.updated(options: Self.options(site, drafts: drafts))
            #expect(resident.report.succeeded, "\(name): \(resident.report.diagnostics.prefix(2))")
            Self.expectSame(resident, site, drafts: drafts, after: name)
        }
        // Later builds parse only what changed.
        try Self.edit(site + Self.b) { $0 + "\nThêm một câu.\n" }
        resident = resident.updated(options: Self.options(site, drafts: drafts))
        #expect(resident.report.reusedSources == resident.report.sourceFiles - 1)
    }

    /// Edits of bodies alone take the short way (only the article's page and the search index
    /// change); an edit that changes more takes the whole way. Both give a full build's bytes.
    @Test func bodyEditsTakeTheShortWayAndStayExact() throws {
        let site = try Self.exampleSite()
        var resident = ResidentSite().updated(options: Self.options(site, drafts: false))
        let steps: [(String, Bool, (String) throws -> Void)] = [
            ("a paragraph added at the end", true, { try Self.edit($0 + Self.a) { $0 + "\nĐoạn cuối mới.\n" } }),
            ("two files at once", true, {
                try Self.edit($0 + Self.a) { $0 + "\nĐoạn thứ hai.\n" }
                try Self.edit($0 + Self.b) { $0 + "\nThêm ở bài kia.\n" }
            }),
            ("a link to another article", true, { try Self.edit($0 + Self.a) { $0 + "\nXem [bài này](../kinh-te/gia-mu-cao-su-phuc-hoi-nguoi-trong-phan-khoi.md).\n" } }),
            ("the same bytes written again", true, { try Self.edit($0 + Self.a) { $0 } }),
            ("a picture added to the body", false, { try Self.edit($0 + Self.a) { $0 + "\n![Hồ](ho-dau-tieng.svg)\n" } }),
            ("the first paragraph (the summary) changed", false, { try Self.edit($0 + Self.c) { text in
                let body = text.range(of: "\n---\n").map { text[$0.upperBound...] } ?? ""
                return text.replacingOccurrences(of: String(body.drop { $0 == "\n" }.prefix(20)), with: "Mở đầu mới. ")
            } }),
            ("a title changed", false, { try Self.setKey("title", "\"Tiêu đề mới\"", in: $0 + Self.a) }),
        ]
        for (name, short, apply) in steps {
            try apply(site)
            resident = resident.updated(options: Self.options(site, drafts: false))
            #expect(resident.report.succeeded, "\(name): \(resident.report.diagnostics.prefix(2))")
            #expect((resident.report.stages.first?.name == "body edit") == short, "\(name): \(resident.report.stages.map(\.name))")
            Self.expectSame(resident, site, drafts: false, after: name)
        }
        // A broken link in a body: the whole way, and its error.
        try Self.edit(site + Self.a) { $0 + "\n[hỏng](/thoi-su/khong-co-bai-nay/)\n" }
        let broken = resident.updated(options: Self.options(site, drafts: false))
        #expect(!broken.report.succeeded)
        #expect(broken.report.diagnostics.contains { $0.messageEN.contains("/thoi-su/khong-co-bai-nay/") })
    }

    @Test func aBrokenEditKeepsTheLastGoodSiteAndTheFixBuildsAgain() throws {
        let site = try Self.exampleSite()
        let first = ResidentSite().updated(options: Self.options(site, drafts: true))
        let page = "thoi-su/day-nhanh-tien-do-tuyen-duong-ven-ho-dau-tieng/index.html"
        let before = try #require(first.file(at: page))
        try TestSupport.write("---\ntitle: hỏng\n", to: site + "/content/thoi-su/hong.md")
        let broken = first.updated(options: Self.options(site, drafts: true))
        #expect(!broken.report.succeeded)
        #expect(broken.report.diagnostics.contains { $0.location.path == "content/thoi-su/hong.md" && $0.severity == .error })
        #expect(broken.version == 2 && broken.hasSite)
        #expect(broken.file(at: page) == before)
        try FileManager.default.removeItem(atPath: site + "/content/thoi-su/hong.md")
        try Self.edit(site + Self.a) { $0 + "\nĐã sửa xong.\n" }
        let fixed = broken.updated(options: Self.options(site, drafts: true))
        #expect(fixed.report.succeeded)
        Self.expectSame(fixed, site, drafts: true, after: "the fix")
    }

    @Test func nothingBuiltServesNothing() throws {
        let empty = ResidentSite()
        #expect(!empty.hasSite)
        #expect(empty.file(at: "index.html") == nil)
        #expect(empty.paths.isEmpty)
    }
}
