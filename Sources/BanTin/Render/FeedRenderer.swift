/// RSS 2.0 feeds: the whole site at `rss.xml`; each category, tag and author at `<list>/rss.xml`.
public struct FeedRenderer: Sendable {
    public let config: SiteConfig
    public let index: SiteIndex

    public init(config: SiteConfig, index: SiteIndex) {
        self.config = config
        self.index = index
    }

    static let tagsPerItem = 10

    /// The lists that have a feed: categories, tags, authors (months do not).
    public func feedLists() -> [ArticleList] {
        index.lists(config: config).filter { $0.kind != .month }
    }

    public func renderAll() -> [RenderedPage] {
        var feeds = [feed(path: "rss.xml", title: config.title, description: config.description, link: "",
                          items: Array(index.articles.indices.lazy.filter(isPublic).prefix(config.feedItems)))]
        feeds += feedLists().parallelMap { list in
            feed(path: list.base + "rss.xml", title: "\(list.heading) - \(config.title)",
                 description: list.description.isEmpty ? list.heading : list.description, link: list.base,
                 items: Array(list.members.lazy.filter(isPublic).prefix(config.feedItems)))
        }
        return feeds
    }

    /// Drafts shown with `--drafts` never reach aggregators.
    private func isPublic(_ position: Int) -> Bool { index.articles[position].isLive }

    func feed(path: String, title: String, description: String, link: String, items: [Int]) -> RenderedPage {
        // Readers take `<description>` as HTML, and some take titles, authors and categories as
        // HTML too: see XMLText.escapeHTML and escapeText. Links are URLs, escaped for XML only.
        let e = XMLText.escape, html = XMLText.escapeHTML, text = XMLText.escapeText
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel>
            <title>\(text(title))</title>
            <link>\(e(config.baseURL + link))</link>
            <description>\(html(description.isEmpty ? title : description))</description>
            <language>\(e(config.language))</language>
            <atom:link href="\(e(config.baseURL + path))" rel="self" type="application/rss+xml"/>

            """
        if let newest = items.first {
            xml += "<lastBuildDate>\(index.articles[newest].date.rfc822)</lastBuildDate>\n"
        }
        for position in items {
            let article = index.articles[position]
            let page = config.baseURL + article.path
            xml += "<item>\n<title>\(text(article.title))</title>\n"
            xml += "<link>\(e(article.redirect ?? page))</link>\n"
            xml += "<guid isPermaLink=\"\(article.redirect == nil)\">\(e(page))</guid>\n"
            xml += "<description>\(html(article.summary))</description>\n"
            xml += "<dc:creator>\(text(article.author))</dc:creator>\n"
            xml += "<category>\(text(article.category.name))</category>\n"
            xml += "<pubDate>\(article.date.rfc822)</pubDate>\n"
            // At most ten tags an item: an article with thousands of tags would otherwise repeat
            // them in every one of its thousands of tag feeds.
            for term in index.tags.termsOfArticle[position].prefix(Self.tagsPerItem) {
                let tag = index.tags.terms[term].name
                xml += "<category domain=\"\(e(config.baseURL + SiteIndex.tagsPath))\">\(text(tag))</category>\n"
            }
            if let media = article.audio ?? article.image {
                let url = config.baseURL + LinkResolver.percentEncodePath(media.outputPath)
                xml += "<enclosure url=\"\(e(url))\" length=\"\(media.size)\" type=\"\(MediaType.of(media.fileName))\"/>\n"
            }
            xml += "</item>\n"
        }
        xml += "</channel>\n</rss>\n"
        return RenderedPage(path: path, contents: xml)
    }
}

/// Content types by file extension: feeds, audio players, the preview server.
public enum MediaType {
    public static func of(_ fileName: String) -> String {
        switch fileName.split(separator: ".").last?.lowercased() ?? "" {
        case "html", "htm": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js": return "text/javascript; charset=utf-8"
        case "xml": return "application/xml; charset=utf-8"
        case "json": return "application/json"
        case "txt": return "text/plain; charset=utf-8"
        case "ico": return "image/x-icon"
        case "mp3": return "audio/mpeg"
        case "ogg", "oga", "opus": return "audio/ogg"
        case "wav": return "audio/wav"
        case "m4a", "aac": return "audio/mp4"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "gif": return "image/gif"
        case "webp": return "image/webp"
        case "svg": return "image/svg+xml"
        case "pdf": return "application/pdf"
        default: return "application/octet-stream"
        }
    }
}
