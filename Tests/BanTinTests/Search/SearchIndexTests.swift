import Foundation
import Testing

@testable import BanTin

/// A two-article index written out in full: every key, form, posting and file is argued below.
@Suite("Search: index files")
struct SearchIndexTests {
    typealias F = ArticleFactory

    /// "Hộ nghèo" (older: search id 0) and "Hồ Dầu Tiếng" (id 1).
    static func site() -> (SiteIndex, SiteConfig) {
        var poor = F.article("ho-ngheo", day: 1, tags: ["hộ nghèo"])
        poor.title = "Hộ nghèo"
        poor.bodyHTML = "<p>Hỗ trợ hộ nghèo.</p>\n"
        var lake = F.article("ho-dau-tieng", day: 2, category: F.economy)
        lake.title = "Hồ Dầu Tiếng"
        lake.bodyHTML = "<p>Hồ nước.</p>\n"
        var config = SiteConfig()
        config.categories = [F.news, F.economy]
        return (SiteIndex(articles: [lake, poor], config: config), config)
    }

    static func files() -> [String: String] {
        let (index, config) = site()
        let search = SearchIndex(index: index, config: config)
        var files: [String: String] = [:]
        for page in SearchIndexFiles(index: search, config: config).render() { files[page.path] = page.contents }
        return files
    }

    @Test func shardHoldsEveryFormWithItsPostings() {
        // Weights: "hộ" and "nghèo" are in the title (8), once in a tag (3 uses) and once in the
        // body: 5 uses, step 3 → 11; "hồ" is in the title and the body: 2 uses, step 1 → 9; body-only
        // syllables: 0. Article 0 has gap 0, article 1 gap 1: one digit each, gap × 16 + weight
        // ("B" = 11, "P" = 25, "O" = 24, "G" = 16). Pairs never cross the full stop.
        let expected = """
            {"dau":{"#":1,"dầu":"O"},"dau tieng":{"#":1,"dầu tiếng":"O"},"ho":{"#":2,"hồ":"P","hỗ":"0","hộ":"B"},\
            "ho dau":{"#":1,"hồ dầu":"O"},"ho ngheo":{"#":1,"hộ nghèo":"B"},"ho nuoc":{"#":1,"hồ nước":"G"},\
            "ho tro":{"#":1,"hỗ trợ":"0"},"ngheo":{"#":1,"nghèo":"B"},"nuoc":{"#":1,"nước":"G"},"tieng":{"#":1,"tiếng":"O"},\
            "tro":{"#":1,"trợ":"0"},"tro ho":{"#":1,"trợ hộ":"0"}}

            """
        #expect(Self.files()["tim-kiem/chi-muc/t/0.json"] == expected)
    }

    @Test func metaVocabularyAndDocuments() {
        let files = Self.files()
        #expect(files.keys.sorted() == [
            "tim-kiem/chi-muc/b/0.json", "tim-kiem/chi-muc/meta.json", "tim-kiem/chi-muc/t/0.json",
            "tim-kiem/chi-muc/v/d.json", "tim-kiem/chi-muc/v/h.json", "tim-kiem/chi-muc/v/n.json", "tim-kiem/chi-muc/v/t.json",
        ])
        #expect(files["tim-kiem/chi-muc/meta.json"] == """
            {"version":1,"documents":2,"shards":1,"chunk":8,"categoryWidth":1,"categories":[{"name":"Thời sự","slug":"thoi-su"},\
            {"name":"Kinh tế","slug":"kinh-te"}],"documentCategories":"01","years":[[2020,0]],"vocabulary":["d","h","n","t"]}

            """)
        #expect(files["tim-kiem/chi-muc/v/h.json"] == "[[\"ho\",2]]\n")
        #expect(files["tim-kiem/chi-muc/v/t.json"] == "[[\"tieng\",1],[\"tro\",1]]\n")
        #expect(files["tim-kiem/chi-muc/b/0.json"] == """
            [["/thoi-su/ho-ngheo/","Hộ nghèo","Thứ 4, Ngày 01/01/2020, 08:00","Hỗ trợ hộ nghèo."],\
            ["/kinh-te/ho-dau-tieng/","Hồ Dầu Tiếng","Thứ 5, Ngày 02/01/2020, 08:00","Hồ nước."]]

            """)
    }

    @Test func filesAreTheSameOnEveryRun() {
        #expect(Self.files() == Self.files())
    }

    @Test func shardCountGrowsInPowersOfTwo() {
        #expect(SearchIndexFiles.shardCount(totalBytes: 0) == 1)
        #expect(SearchIndexFiles.shardCount(totalBytes: SearchIndexFiles.targetShardBytes) == 1)
        #expect(SearchIndexFiles.shardCount(totalBytes: SearchIndexFiles.targetShardBytes * 3) == 4)
        #expect(SearchIndexFiles.shardCount(totalBytes: Int.max / 2) == SearchIndexFiles.maxShards)
    }

    @Test func everyTermIsInTheShardItsKeyNames() throws {
        // Many articles: several shards, and each key must be found where search.js will look.
        var articles: [Article] = []
        for day in 1...28 {
            var article = F.article("bai-\(day)", day: day)
            article.title = "Bài số \(day) về hộ nghèo và xã \(day * 7)"
            article.bodyHTML = "<p>" + (0..<400).map { "từ\($0 * day) chữ\($0)" }.joined(separator: " ") + "</p>"
            articles.append(article)
        }
        var config = SiteConfig()
        config.categories = [F.news]
        let search = SearchIndex(index: SiteIndex(articles: articles, config: config), config: config)
        let pages = SearchIndexFiles(index: search, config: config).render()
        let meta = try #require(pages.first { $0.path.hasSuffix("meta.json") })
        let shards = try #require(Int(meta.contents.split(separator: "\"shards\":")[1].prefix { $0.isNumber }))
        #expect(shards > 1)
        for term in search.terms.prefix(300) {
            let path = SearchIndexFiles.folder + "t/\(SearchShardKey.shard(of: term.key, count: shards)).json"
            let shard = try #require(pages.first { $0.path == path })
            #expect(shard.contents.contains("\"\(term.key)\":{\"#\":\(term.documentCount),"), "\(term.key) not in \(path)")
        }
    }
}
