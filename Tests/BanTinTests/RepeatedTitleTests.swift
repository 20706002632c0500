import Foundation
import Testing

@testable import BanTin

/// A bulletin whose titles repeat every week, filed the ways real newsrooms file them: builds with
/// no problem, and no URL moves when more such articles arrive (some dated years back).
@Suite("Repeated titles")
struct RepeatedTitleTests {
    /// Titles every provincial bulletin repeats.
    static let recurring = [
        "Lịch công tác tuần của Lãnh đạo UBND tỉnh", "Thông báo", "Bản tin thời sự", "Thông báo tuyển dụng",
        "Lịch tiếp công dân", "Giá cả thị trường", "Dự báo thời tiết", "Kết quả xổ số kiến thiết Tây Ninh",
        "Thông cáo báo chí", "Tình hình dịch bệnh", "Giấy mời họp", "Kế hoạch",
    ]
    static let issuers = ["", " của Sở Y tế", " của UBND huyện Tân Biên", " của Sở Giáo dục và Đào tạo", " của Công an tỉnh"]
    static let categories = ["Tin Chuyên Ngành", "Kinh tế"]

    /// 60 titles (12 × 5 issuers), each one carried word for word by every article of its group.
    static func title(_ group: Int) -> String { recurring[group % recurring.count] + issuers[group / recurring.count % issuers.count] }

    /// One article file: its path (from the site root) and text.
    struct File {
        var path: String
        var text: String
    }

    /// The `index`-th article of a group of one title, filed one of three ways: in a year folder
    /// of its category (the same file name each year), in a year folder that is no category's
    /// (`content/2019/…`), or the way `bantin new` names it (the date added when the name is taken).
    static func file(title: String, group: Int, index: Int, date: String, exists: (String) -> Bool) -> File {
        let category = categories[(group + index) % categories.count]
        let categorySlug = Slugger.slug(category)
        let slug = Slugger.slug(title)
        let year = date.prefix(4)
        let path: String
        switch (group + index) % 3 {
        case 0:
            var candidate = "content/\(categorySlug)/\(year)/\(slug).md"
            var number = 2
            while exists(candidate) {
                candidate = "content/\(categorySlug)/\(year)/\(slug)-\(number).md"
                number += 1
            }
            path = candidate
        case 1:
            var candidate = "content/\(year)/\(slug)-\(date.prefix(10).dropFirst(5)).md"
            var number = 2
            while exists(candidate) {
                candidate = "content/\(year)/\(slug)-\(date.prefix(10).dropFirst(5))-\(number).md"
                number += 1
            }
            path = candidate
        default:
            let zone = TimeZone(identifier: "Asia/Ho_Chi_Minh") ?? .current
            let when: SiteDate
            if case .success(let parsed) = DateParser.parse(date, timeZone: zone) { when = parsed } else {
                when = SiteDate(epochSeconds: 0, timeZone: zone)
            }
            let config = CategoryConfig(name: category, slug: categorySlug, order: 0, description: "")
            path = NewArticle(title: title, category: config, author: "Văn phòng", date: when).path(exists: exists)
        }
        let text = """
            ---
            title: \(title)
            date: \(date)
            author: Văn phòng UBND tỉnh
            category: \(category)
            tags: [\(title)]
            ---

            \(title), số \(group)-\(index), ngày \(date).

            """
        return File(path: path, text: text)
    }

    /// The URL of every article, by file.
    static func urls(_ site: String) throws -> [String: String] {
        let (source, problems) = SiteLoader(root: site).load()
        #expect(problems.isEmpty, "\(problems.map(\.formatted))")
        let loaded = try #require(source)
        let (config, configProblems) = SiteConfigParser.parse(loaded.configText)
        #expect(configProblems.isEmpty)
        let result = ArticleAssembler(config: config, includeDrafts: false, now: 1_900_000_000).assemble(loaded)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.prefix(5).map(\.formatted))")
        return Dictionary(uniqueKeysWithValues: result.articles.map { ($0.sourcePath, $0.path) })
    }

    /// Title, category and year of every article.
    static func urlsAndTitles(_ site: String) throws -> [(title: String, category: String, year: Int)] {
        let (source, _) = SiteLoader(root: site).load()
        let loaded = try #require(source)
        let (config, _) = SiteConfigParser.parse(loaded.configText)
        return ArticleAssembler(config: config, includeDrafts: false, now: 1_900_000_000).assemble(loaded).articles
            .map { ($0.title, $0.category.slug, $0.date.year) }
    }

    static func add(_ files: [File], to site: String) throws {
        for file in files {
            #expect(!FileManager.default.fileExists(atPath: site + "/" + file.path), "\(file.path) written twice")
            try TestSupport.write(file.text, to: site + "/" + file.path)
        }
    }

    @Test func urlsStayWhenMoreArticlesOfTheSameTitlesArrive() throws {
        let site = try TestSupport.site("golden-site")
        let exists = { (path: String) in FileManager.default.fileExists(atPath: site + "/" + path) }
        // 60 groups of one title, 5 articles each, over both categories and the years 2016–2025.
        var count = 0
        for group in 0..<60 {
            let title = Self.title(group)
            for index in 0..<5 {
                let year = 2016 + (group + 2 * index) % 10
                let day = 1 + (group * 7 + index) % 28
                let date = "\(year)-\(String(format: "%02d", 1 + group % 12))-\(String(format: "%02d", day))T08:00"
                try Self.add([Self.file(title: title, group: group, index: index, date: date, exists: exists)], to: site)
                count += 1
            }
        }
        let titles = Dictionary(grouping: try Self.urlsAndTitles(site), by: \.title).filter { $0.value.count >= 5 }
        #expect(titles.count >= 50, "groups of one title")
        #expect(titles.values.allSatisfy { Set($0.map(\.category)).count == 2 && Set($0.map(\.year)).count >= 3 }, "each group spans categories and years")
        let before = try Self.urls(site)
        #expect(before.count >= count)
        #expect(Set(before.values).count == before.count)
        var options = BuildOptions(root: site)
        options.nowText = "2027-01-01T00:00"
        let first = SiteBuilder(options: options).build()
        #expect(first.succeeded && first.diagnostics.isEmpty, "\(first.diagnostics.prefix(5).map(\.formatted))")
        for (path, url) in before where !path.hasPrefix("content/tin-chuyen-nganh/van-ban-goc") {  // that one redirects
            #expect(FileManager.default.fileExists(atPath: site + "/public/" + url + "index.html"), "\(url)")
        }

        // 100 more of the same titles: half dated before everything (2010–2015), half after.
        for extra in 0..<100 {
            let group = extra % 60
            let title = Self.title(group)
            let year = extra % 2 == 0 ? 2010 + extra % 6 : 2026
            let date = "\(year)-\(String(format: "%02d", 1 + extra % 12))-\(String(format: "%02d", 1 + extra % 28))T07:30"
            try Self.add([Self.file(title: title, group: group, index: 5 + extra / 60, date: date, exists: exists)], to: site)
        }
        let after = try Self.urls(site)
        #expect(after.count == before.count + 100)
        #expect(Set(after.values).count == after.count)
        for (path, url) in before { #expect(after[path] == url, "\(path) moved") }
        let second = SiteBuilder(options: options).build()
        #expect(second.succeeded && second.diagnostics.isEmpty, "\(second.diagnostics.prefix(5).map(\.formatted))")
    }
}
