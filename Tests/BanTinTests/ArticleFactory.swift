import Foundation

@testable import BanTin

/// Builds articles in code for index and ranking tests.
enum ArticleFactory {
    static let zone = TimeZone(identifier: "Asia/Ho_Chi_Minh")!
    static let news = CategoryConfig(name: "Thời sự", slug: "thoi-su", order: 0)
    static let economy = CategoryConfig(name: "Kinh tế", slug: "kinh-te", order: 1)

    static func article(
        _ slug: String, day: Int, category: CategoryConfig = news, tags: [String] = [], views: Int = 0,
        related: [String] = [], author: String = "Công Phong"
    ) -> Article {
        let date = (try? DateParser.parse(String(format: "2020-01-%02dT08:00", day), timeZone: zone).get())
            ?? SiteDate(epochSeconds: 0, timeZone: zone)
        return Article(
            sourcePath: "content/\(category.slug)/\(slug).md", slug: slug, category: category, title: slug, date: date,
            author: author, views: views, summary: "", summaryGiven: false, image: nil, imageCaption: "", tags: tags,
            featured: false, related: related, status: .published, redirect: nil, audio: nil, attachments: [],
            bodyHTML: "<p>\(slug)</p>")
    }

    /// Related slugs of `slug` in `articles` ranked with `config`.
    static func related(of slug: String, in articles: [Article], config: RelatedConfig = RelatedConfig()) -> [String] {
        var site = SiteConfig()
        site.related = config
        let index = SiteIndex(articles: articles, config: site)
        guard let position = index.articles.firstIndex(where: { $0.slug == slug }) else { return [] }
        return index.related[position].map { index.articles[$0].slug }
    }
}
