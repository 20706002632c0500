import Foundation
import Testing

@testable import BanTin

/// Feeds, sitemap and search-engine data of the fixture site, parsed and checked field by field.
@Suite("Feeds, sitemap, metadata")
struct FeedTests {
    static let base = "https://bantin.example.gov.vn/"

    static func built() throws -> String {
        let site = try TestSupport.site("golden-site")
        let report = SiteBuilder(options: BuildOptions(root: site)).build()
        #expect(report.succeeded, "\(report.diagnostics.map(\.formatted))")
        return site + "/public"
    }

    static func rfc822(_ text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        return formatter.date(from: text)
    }

    @Test func everyFeedParsesAndEveryItemHasItsFields() throws {
        let output = try Self.built()
        let feeds = TestSupport.tree(output).keys.filter { $0.hasSuffix("rss.xml") }.sorted()
        // Site, 2 categories, 3 tags, 4 authors of public articles (the draft's author has its own too).
        #expect(feeds.contains("rss.xml"))
        #expect(feeds.contains("tin-chuyen-nganh/rss.xml"))
        #expect(feeds.contains("chu-de/ho-ngheo/rss.xml"))
        #expect(feeds.contains("tac-gia/cong-phong/rss.xml"))
        for path in feeds {
            let data = try #require(FileManager.default.contents(atPath: output + "/" + path))
            let rss = try #require(XMLTree.parse(data), "\(path) is not well-formed XML")
            #expect(rss.name == "rss" && rss.attributes["version"] == "2.0")
            let channel = try #require(rss.first("channel"))
            #expect(!(channel.value("title") ?? "").isEmpty)
            #expect(channel.value("link")?.hasPrefix(Self.base) == true)
            #expect(channel.value("language") == "vi")
            #expect(channel.first("atom:link")?.attributes["href"] == Self.base + path)
            for item in channel.all("item") {
                #expect(!(item.value("title") ?? "").isEmpty, "\(path): item without title")
                let link = try #require(item.value("link"))
                #expect(link.hasPrefix("https://"))
                #expect(item.value("guid")?.hasPrefix(Self.base) == true)
                #expect(item.value("dc:creator") != nil)
                #expect(!item.all("category").isEmpty)
                let date = try #require(item.value("pubDate"))
                #expect(date.hasSuffix(" +0700"), "\(date)")
                #expect(Self.rfc822(date) != nil, "\(date) is not RFC 822")
                if link.hasPrefix(Self.base) {
                    let file = String(link.dropFirst(Self.base.count)) + "index.html"
                    #expect(FileManager.default.fileExists(atPath: output + "/" + file), "\(link) has no page")
                }
            }
        }
    }

    @Test func siteFeedHoldsTheRightItemsInOrder() throws {
        let output = try Self.built()
        let data = try #require(FileManager.default.contents(atPath: output + "/rss.xml"))
        let items = try #require(XMLTree.parse(data)?.first("channel")?.all("item"))
        // Newest first; the draft (Thu hút đầu tư) is not in a public feed.
        #expect(items.compactMap { $0.value("title") } == [
            "Đường Đồng Khởi được nâng cấp", "Năm 2020: Phấn đấu không còn hộ nghèo theo chuẩn Trung ương",
            "Hướng dẫn rà soát hộ nghèo", "Tập huấn cán bộ giảm nghèo", "Văn bản gốc trên Cổng thông tin",
        ])
        let seed = items[1]
        #expect(seed.value("pubDate") == "Thu, 25 Jun 2020 10:00:00 +0700")
        #expect(seed.value("dc:creator") == "Công Phong")
        #expect(seed.all("category").first?.text == "Tin Chuyên Ngành")
        #expect(seed.value("guid") == Self.base + "tin-chuyen-nganh/nam-2020-phan-dau-khong-con-ho-ngheo-theo-chuan-trung-uong/")
        let withImage = items[2]
        let enclosure = try #require(withImage.first("enclosure"))
        #expect(enclosure.attributes["url"] == Self.base + "media/tin-chuyen-nganh/ra-soat.svg")
        #expect(enclosure.attributes["type"] == "image/svg+xml")
        #expect(Int(enclosure.attributes["length"] ?? "") ?? 0 > 0)
        // A redirect article links out, with a guid that is not a permalink.
        let redirect = items[4]
        #expect(redirect.value("link") == "https://www.tayninh.gov.vn/")
        #expect(redirect.first("guid")?.attributes["isPermaLink"] == "false")
    }

    @Test func sitemapListsEveryPageOnceWithDates() throws {
        let output = try Self.built()
        let data = try #require(FileManager.default.contents(atPath: output + "/sitemap.xml"))
        let urlset = try #require(XMLTree.parse(data))
        #expect(urlset.name == "urlset")
        let locations = urlset.all("url").compactMap { $0.value("loc") }
        #expect(Set(locations).count == locations.count)
        for location in locations {
            #expect(location.hasPrefix(Self.base))
            let file = String(location.dropFirst(Self.base.count))
            #expect(FileManager.default.fileExists(atPath: output + "/" + file + (file.isEmpty || file.hasSuffix("/") ? "index.html" : "")), "\(location)")
        }
        // The search page is `noindex`, like 404: searches are not pages for search engines.
        let pages = TestSupport.tree(output).keys.filter { $0.hasSuffix(".html") && $0 != "404.html" && $0 != "tim-kiem/index.html" }
        #expect(pages.count == locations.count, "every page except 404 and the search page is in the sitemap")
        #expect(!locations.contains { $0.contains("thu-hut-dau-tu") }, "the draft is not listed")
        for url in urlset.all("url") { #expect(url.value("lastmod")?.hasSuffix("+07:00") == true) }
        let robots = TestSupport.read(output + "/robots.txt")
        #expect(robots.contains("Sitemap: \(Self.base)sitemap.xml"))
    }

    @Test func bigSitemapsAreSplitWithAnIndex() throws {
        let articles = (1...25).map { ArticleFactory.article("bai-\($0)", day: $0) }
        var config = SiteConfig()
        config.categories = [ArticleFactory.news]
        config.baseURL = Self.base
        let index = SiteIndex(articles: articles, config: config)
        let pages = SitemapRenderer(config: config, index: index, maxURLs: 10).renderAll()
        let sitemap = try #require(pages.first { $0.path == "sitemap.xml" })
        let root = try #require(XMLTree.parse(Data(sitemap.contents.utf8)))
        #expect(root.name == "sitemapindex")
        let parts = root.all("sitemap").compactMap { $0.value("loc") }
        #expect(parts.count >= 3)
        var total = 0
        for part in parts {
            let page = try #require(pages.first { Self.base + $0.path == part })
            let urls = try #require(XMLTree.parse(Data(page.contents.utf8))).all("url")
            #expect(urls.count <= 10)
            total += urls.count
        }
        #expect(total > 25)
    }

    @Test func seedArticleJSONLDHasTheRequiredProperties() throws {
        let output = try Self.built()
        let page = TestSupport.read(output + "/tin-chuyen-nganh/nam-2020-phan-dau-khong-con-ho-ngheo-theo-chuan-trung-uong/index.html")
        let start = try #require(page.range(of: "<script type=\"application/ld+json\">"))
        let end = try #require(page.range(of: "</script>", range: start.upperBound..<page.endIndex))
        let json = String(page[start.upperBound..<end.lowerBound])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["@context"] as? String == "https://schema.org")
        #expect(object["@type"] as? String == "NewsArticle")
        #expect(object["headline"] as? String == "Năm 2020: Phấn đấu không còn hộ nghèo theo chuẩn Trung ương")
        #expect(object["datePublished"] as? String == "2020-06-25T10:00:00+07:00")
        #expect(object["dateModified"] as? String == "2020-06-25T10:00:00+07:00")
        let authors = try #require(object["author"] as? [[String: Any]])
        #expect(authors.first?["name"] as? String == "Công Phong")
        let publisher = try #require(object["publisher"] as? [String: Any])
        #expect(publisher["name"] as? String == "Sở Thông tin và Truyền thông")
        #expect((publisher["logo"] as? [String: Any])?["url"] as? String == Self.base + "assets/logo.svg")
        #expect((object["mainEntityOfPage"] as? [String: Any])?["@id"] as? String
                == Self.base + "tin-chuyen-nganh/nam-2020-phan-dau-khong-con-ho-ngheo-theo-chuan-trung-uong/")
        for property in ["og:title", "og:description", "og:image", "og:url", "article:published_time",
                         "article:modified_time", "article:section", "article:tag", "twitter:card"] {
            #expect(page.contains("\"\(property)\""), "missing \(property)")
        }
        #expect(page.contains("<link rel=\"canonical\" href=\"\(Self.base)tin-chuyen-nganh/nam-2020"))
    }

    @Test func jsonLDCannotBeBrokenOutOf() {
        let text = JSONText.encode(["headline": "</script><script>alert(1)</script> & \u{2028}"])
        #expect(!text.contains("<"))
        #expect(!text.contains(">"))
        #expect(text.contains("\\u003c/script\\u003e"))
        let decoded = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: String]
        #expect(decoded?["headline"] == "</script><script>alert(1)</script> & \u{2028}")
    }
}
