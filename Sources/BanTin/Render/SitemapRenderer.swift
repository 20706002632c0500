/// `sitemap.xml` (an index of parts past 50,000 URLs, as the protocol requires) and `robots.txt`.
public struct SitemapRenderer: Sendable {
    public static let maxURLsPerFile = 50_000

    public let config: SiteConfig
    public let index: SiteIndex
    /// URLs per sitemap file before it is split (the protocol's limit; smaller in tests).
    public let maxURLs: Int

    public init(config: SiteConfig, index: SiteIndex, maxURLs: Int = SitemapRenderer.maxURLsPerFile) {
        self.config = config
        self.index = index
        self.maxURLs = maxURLs
    }

    /// Every page readers can reach, with its last change, in a fixed order.
    func entries() -> [(path: String, lastModified: SiteDate?)] {
        var entries: [(String, SiteDate?)] = [("", index.articles.first?.date)]
        for list in index.lists(config: config) {
            for page in Pagination.pages(total: list.members.count, perPage: config.perPage) {
                let newest = page.range.first.map { index.articles[list.members[$0]].date }
                entries.append((Pagination.path(base: list.base, page: page.page), newest))
            }
        }
        entries.append((SiteIndex.tagsPath, index.articles.first?.date))
        entries.append((SiteIndex.archivePath, index.articles.first?.date))
        entries.append(("rss/", index.articles.first?.date))
        for article in index.articles where article.redirect == nil && article.isLive {
            entries.append((article.path, article.updated ?? article.date))
        }
        return entries
    }

    public func renderAll() -> [RenderedPage] {
        let all = entries()
        var pages: [RenderedPage] = []
        if all.count <= maxURLs {
            pages.append(RenderedPage(path: "sitemap.xml", contents: urlset(all[...])))
        } else {
            var parts: [String] = []
            var start = 0
            while start < all.count {
                let end = min(start + maxURLs, all.count)
                let name = "sitemap-\(parts.count + 1).xml"
                pages.append(RenderedPage(path: name, contents: urlset(all[start..<end])))
                parts.append(name)
                start = end
            }
            var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
            for name in parts { xml += "<sitemap><loc>\(XMLText.escape(config.baseURL + name))</loc></sitemap>\n" }
            xml += "</sitemapindex>\n"
            pages.append(RenderedPage(path: "sitemap.xml", contents: xml))
        }
        pages.append(RenderedPage(
            path: "robots.txt", contents: "User-agent: *\nAllow: /\n\nSitemap: \(config.baseURL)sitemap.xml\n"))
        return pages
    }

    private func urlset(_ entries: ArraySlice<(path: String, lastModified: SiteDate?)>) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for entry in entries {
            xml += "<url><loc>\(XMLText.escape(config.baseURL + entry.path))</loc>"
            if let date = entry.lastModified { xml += "<lastmod>\(date.iso8601)</lastmod>" }
            xml += "</url>\n"
        }
        xml += "</urlset>\n"
        return xml
    }
}
