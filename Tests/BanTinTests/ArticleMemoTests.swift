import Foundation
import Testing

@testable import BanTin

/// Parsed articles kept from one build to the next (`ArticleMemo`, `ArticleMemoFile`). The oracle
/// is always the same files assembled without a memo: reuse must give exactly what parsing gives.
@Suite("Parsed articles kept between builds")
struct ArticleMemoTests {
    static let siteYAML = """
        title: Bản tin thử
        base_url: https://example.org/
        categories:
          - name: Thời sự
            slug: thoi-su

        """
    /// The settings key for `site.yml` with `extra` added (what `SiteBuilder` computes).
    static func settings(_ extra: String = "", program: String = "tests") -> String {
        ArticleMemo.settings(program: program, configText: siteYAML + extra, baseURL: nil)
    }
    /// 2020-07-01T08:00+07:00.
    static let now: Int64 = 1_593_565_200

    static func article(_ title: String, body: String, extra: String = "") -> [UInt8] {
        Array("""
            ---
            title: \(title)
            date: 2020-06-25T10:00
            author: Công Phong
            category: thoi-su
            tags: [Tây Ninh]
            \(extra)
            ---
            \(body)

            """.utf8)
    }

    /// A small site: `a` links to `b` and shows a picture; `c` is on its own.
    static func files() -> [String: [UInt8]] {
        [
            "content/thoi-su/a.md": article(
                "Bài A", body: "Xem [bài B](b.md) và ảnh:\n\n![Ảnh](anh.png)\n\nĐoạn hai.", extra: "image: anh.png"),
            "content/thoi-su/b.md": article("Bài B", body: "Nội dung bài B."),
            "content/thoi-su/c.md": article("Bài C", body: "Nội dung **bài C**, không dẫn đi đâu."),
        ]
    }

    static func picture(width: Int, height: Int) -> [String: AssetFile] {
        let path = "content/thoi-su/anh.png"
        return [path: AssetFile(path: path, absolutePath: "/nonexistent/" + path, size: 2048, image: .size(PixelSize(width: width, height: height)))]
    }

    static func assemble(
        _ files: [String: [UInt8]], pictures: [String: AssetFile] = picture(width: 800, height: 600), config extra: String = "",
        memo: ArticleMemo? = nil, remember: Bool = true, program: String = "tests", disk: [String: [UInt8]]? = nil
    ) -> ArticleAssembler.Result {
        let settings = remember ? Self.settings(extra, program: program) : nil
        let (config, problems) = SiteConfigParser.parse(siteYAML + extra)
        #expect(problems.isEmpty, "\(problems.map(\.formatted))")
        let source = SiteSource(
            configText: siteYAML + extra, articles: files.keys.sorted().map { SourceFile(path: $0, bytes: files[$0] ?? []) },
            contentFiles: pictures, templates: [:], themeStatic: [])
        var reread: (@Sendable (String) -> [UInt8]?)?
        if let disk { reread = { path in disk[path] } }
        return ArticleAssembler(config: config, includeDrafts: false, now: now).assemble(
            source, memo: memo, memoSettings: settings, reread: reread)
    }

    /// Everything assembling gave that a build uses, as bytes (through the memo file's own
    /// encoding of articles) plus the problems and media, to compare two results exactly.
    static func fingerprint(_ result: ArticleAssembler.Result) -> [UInt8] {
        var memo = ArticleMemo(settings: "compare")
        for (position, article) in result.articles.enumerated() {
            memo.entries[String(position)] = ArticleMemo.Entry(
                bytesKey: "", source: nil, sourceProblems: result.diagnostics.sorted(),
                body: ArticleMemo.Body(slug: article.slug, lookups: LinkLookups(), article: article, media: result.media, problems: []))
        }
        return ArticleMemoFile.encode(memo)
    }

    @Test func unchangedFilesAreNotParsedAgain() throws {
        let first = Self.assemble(Self.files())
        #expect(first.articles.count == 3 && first.diagnostics.isEmpty, "\(first.diagnostics.map(\.formatted))")
        #expect(first.reusedSources == 0 && first.reusedBodies == 0)
        let memo = try #require(first.memo)
        #expect(memo.entries.count == 3)
        let second = Self.assemble(Self.files(), memo: memo)
        #expect(second.reusedSources == 3 && second.reusedBodies == 3)
        #expect(!second.memoChanged)
        #expect(Self.fingerprint(second) == Self.fingerprint(first))
        // The body kept is the one built: the link to b and the picture's size are in it.
        let a = try #require(second.articles.first { $0.slug == "a" })
        #expect(a.bodyHTML.contains("href=\"/thoi-su/b/\""), "\(a.bodyHTML)")
        #expect(a.bodyHTML.contains("width=\"800\" height=\"600\""), "\(a.bodyHTML)")
    }

    /// One change each; `rebuilt` are the bodies that must be built again although (except for
    /// the edited file itself) their bytes did not change.
    struct Change: Sendable, CustomTestStringConvertible {
        var name: String
        var files: @Sendable ([String: [UInt8]]) -> [String: [UInt8]] = { $0 }
        var pictures = ArticleMemoTests.picture(width: 800, height: 600)
        var config = ""
        var reparsed: Int
        var rebuilt: Int
        var testDescription: String { name }
    }

    static let changes: [Change] = [
        Change(
            name: "a body edited: only that article", files: { files in
                var files = files
                files["content/thoi-su/c.md"] = ArticleMemoTests.article("Bài C", body: "Nội dung mới của bài C.")
                return files
            }, reparsed: 1, rebuilt: 1),
        Change(
            name: "the linked article retitled: its URL (from its file) stays", files: { files in
                var files = files
                files["content/thoi-su/b.md"] = ArticleMemoTests.article("Bài B mới", body: "Nội dung bài B.")
                return files
            }, reparsed: 1, rebuilt: 1),
        Change(
            name: "the linked article given a slug: its URL changes in the article linking to it", files: { files in
                var files = files
                files["content/thoi-su/b.md"] = ArticleMemoTests.article("Bài B", body: "Nội dung bài B.", extra: "slug: bai-b-moi")
                return files
            }, reparsed: 1, rebuilt: 2),
        Change(
            name: "the linked article made a draft: the link becomes an error", files: { files in
                var files = files
                files["content/thoi-su/b.md"] = ArticleMemoTests.article("Bài B", body: "Nội dung bài B.", extra: "status: draft")
                return files
            }, reparsed: 1, rebuilt: 1),
        Change(
            name: "the linked article deleted: the link becomes an error", files: { files in
                var files = files
                files["content/thoi-su/b.md"] = nil
                return files
            }, reparsed: 0, rebuilt: 1),
        Change(name: "the picture replaced by one of another size", pictures: picture(width: 640, height: 480), reparsed: 0, rebuilt: 1),
        Change(name: "the picture removed", pictures: [:], reparsed: 0, rebuilt: 1),
        Change(name: "site.yml changed: everything again", config: "summary_length: 40\n", reparsed: 3, rebuilt: 3),
    ]

    @Test(arguments: changes)
    func aChangeRebuildsWhatItTouches(_ change: Change) throws {
        let memo = try #require(Self.assemble(Self.files()).memo)
        let files = change.files(Self.files())
        let fresh = Self.assemble(files, pictures: change.pictures, config: change.config)
        let reused = Self.assemble(files, pictures: change.pictures, config: change.config, memo: memo)
        #expect(Self.fingerprint(reused) == Self.fingerprint(fresh), "reuse gave something parsing does not")
        #expect(reused.diagnostics.sorted() == fresh.diagnostics.sorted())
        #expect(files.count - reused.reusedSources == change.reparsed, "front matters read again")
        let built = try #require(reused.memo).entries.values.count { $0.body != nil }
        #expect(built - reused.reusedBodies == change.rebuilt, "bodies built again")
        #expect(reused.memoChanged)
        // As a build does it: the bytes of unchanged files are let go, and read again when a body
        // must be built after all.
        let reread = Self.assemble(files, pictures: change.pictures, config: change.config, memo: memo, disk: files)
        #expect(Self.fingerprint(reread) == Self.fingerprint(fresh))
        #expect(reread.reusedBodies == reused.reusedBodies)
    }

    /// A file read again that is no longer the file read first: an error, and nothing kept.
    @Test func aFileChangedDuringTheBuildIsAnError() throws {
        let memo = try #require(Self.assemble(Self.files()).memo)
        var files = Self.files()
        files["content/thoi-su/b.md"] = Self.article("Bài B", body: "Nội dung bài B.", extra: "slug: bai-b-moi")
        var disk = files
        disk["content/thoi-su/a.md"] = Self.article("Bài A", body: "Đã sửa trong lúc dựng.")
        let result = Self.assemble(files, memo: memo, disk: disk)
        #expect(result.diagnostics.map(\.location.path) == ["content/thoi-su/a.md"])
        #expect(result.diagnostics.first?.messageEN == "The article file changed while the site was being built.")
        #expect(result.memo?.entries["content/thoi-su/a.md"] == nil)
        #expect(result.memo?.entries["content/thoi-su/c.md"]?.body != nil)
    }

    @Test func aMemoOfOtherSettingsIsNotUsed() throws {
        let memo = try #require(Self.assemble(Self.files()).memo)
        let other = Self.assemble(Self.files(), memo: memo, program: "another bantin")
        #expect(other.reusedSources == 0 && other.reusedBodies == 0)
        let none = Self.assemble(Self.files(), memo: memo, remember: false)
        #expect(none.memo == nil && none.reusedSources == 0)
    }

    @Test func theFileGivesBackTheSameMemo() throws {
        let memo = try #require(Self.assemble(Self.files()).memo)
        let bytes = ArticleMemoFile.encode(memo)
        let decoded = try #require(ArticleMemoFile.decode(bytes, settings: Self.settings()))
        #expect(ArticleMemoFile.encode(decoded) == bytes)
        #expect(ArticleMemoFile.decode(bytes, settings: Self.settings("x")) == nil)
        let reused = Self.assemble(Self.files(), memo: decoded)
        #expect(reused.reusedBodies == 3)
    }

    /// A short or damaged file is no memo at all: never a crash, never a half-read article.
    @Test func aDamagedFileIsIgnored() throws {
        let bytes = ArticleMemoFile.encode(try #require(Self.assemble(Self.files()).memo))
        for length in 0..<bytes.count {
            #expect(ArticleMemoFile.decode(Array(bytes[0..<length]), settings: Self.settings()) == nil, "cut at \(length)")
        }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            var damaged = bytes
            let position = Int.random(in: 0..<damaged.count, using: &generator)
            damaged[position] ^= UInt8.random(in: 1...255, using: &generator)
            #expect(ArticleMemoFile.decode(damaged, settings: Self.settings()) == nil, "byte \(position) changed")
        }
    }

    /// Through the disk, with bodies large enough to need several chunks.
    @Test func savedAndLoadedThroughTheDisk() throws {
        let folder = NSTemporaryDirectory() + "bantin-memo-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var memo = try #require(Self.assemble(Self.files()).memo)
        let entry = try #require(memo.entries["content/thoi-su/a.md"])
        for number in 0..<5 {
            var copy = entry
            copy.body?.article?.bodyHTML = String(repeating: "<p>Đoạn văn số \(number) của một bài rất dài.</p>\n", count: 12_000)
            memo.entries["content/thoi-su/dai-\(number).md"] = copy
        }
        #expect(ArticleMemoFile.encode(memo).count > 3 * ArticleMemoFile.chunkSize)
        let file = ArticleMemoFile.path(root: folder)
        ArticleMemoFile.save(memo, to: file)
        let loaded = try #require(ArticleMemoFile.load(file, settings: Self.settings()))
        #expect(ArticleMemoFile.load(file, settings: Self.settings("x")) == nil)
        #expect(ArticleMemoFile.encode(loaded) == ArticleMemoFile.encode(memo))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder + "/.bantin-cache")
        #expect(leftovers == ["articles.bin"])
    }
}
