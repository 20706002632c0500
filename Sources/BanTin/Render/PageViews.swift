import Foundation

/// Builds the values templates see. Templates get plain dictionaries (the fast path of
/// swift-mustache); every string is escaped by the template engine, except `bodyHTML`,
/// which the Markdown renderer made safe.
struct PageViews: Sendable {
    let config: SiteConfig
    var index: SiteIndex
    let draftsShown: Bool
    /// The parts every page shares, built once per build instead of once per page.
    let shared: SharedChrome
    /// HTML rendered once per build (teasers, links, menus); empty while they are being rendered.
    let fragments: Fragments
    /// Each article's teaser values with its `html` and `linkHTML`, built once.
    private(set) var teaserViews: TeaserViews

    init(config: SiteConfig, index: SiteIndex, draftsShown: Bool, fragments: Fragments = Fragments(), reuse: TeaserReuse? = nil) {
        self.config = config
        self.index = index
        self.draftsShown = draftsShown
        self.shared = SharedChrome(config: config)
        self.fragments = fragments
        self.teaserViews = TeaserViews(views: [])
        if !fragments.teaserHTML.isEmpty || !fragments.linkHTML.isEmpty {
            let plain = self
            let earlier = reuse?.views.teaserViews.views ?? []
            self.teaserViews = TeaserViews(views: index.articles.indices.map { position in
                if let reuse, position < reuse.earlier.count, let old = reuse.earlier[position], old < earlier.count {
                    return earlier[old]  // the same values, with the same fragments
                }
                var view = plain.teaser(index.articles[position])
                view["html"] = position < fragments.teaserHTML.count ? fragments.teaserHTML[position] : ""
                view["linkHTML"] = position < fragments.linkHTML.count ? fragments.linkHTML[position] : ""
                return view
            })
        }
    }

    var basePath: String { config.basePath }

    func url(_ path: String) -> String { basePath + path }
    func absoluteURL(_ path: String) -> String { config.baseURL + path }

    /// What every page shares: site, labels, menu, document metadata.
    func chrome(
        title: String?, description: String, path: String, currentCategory: String?, noindex: Bool = false,
        feed: (url: String, title: String)? = nil
    ) -> [String: Any] {
        let documentTitle = title.map { "\($0) - \(config.title)" } ?? config.title
        var page: [String: Any] = [
            "title": documentTitle,
            "heading": title ?? config.title,
            "description": description.isEmpty ? config.description : description,
            "canonical": absoluteURL(path),
            "noindex": noindex,
            "ogType": "website",
            "siteName": config.title,
            "image": absoluteURL(LinkResolver.percentEncodePath(config.logo)),
            "twitterCard": "summary",
            "refresh": false, "published": false, "tags": false, "jsonLD": false, "feedURL": false,
        ]
        if let feed {
            page["feedURL"] = feed.url
            page["feedTitle"] = feed.title
        } else if let category = config.categories.first(where: { $0.slug == currentCategory }) {
            page["feedURL"] = url(category.slug + "/rss.xml")
            page["feedTitle"] = "\(category.name) - \(config.title)"
        }
        var context: [String: Any] = ["lang": config.language, "labels": shared.labels, "site": shared.site, "page": page]
        if let nav = fragments.navHTML[currentCategory ?? ""] {
            context["navHTML"] = nav
        } else {
            context.merge(navValues(current: currentCategory ?? "")) { _, new in new }
        }
        return context
    }

    /// The menu's values: `nav` (each category with `current`) and `isHome`.
    func navValues(current: String) -> [String: Any] {
        var nav = shared.nav
        if let position = config.categories.firstIndex(where: { $0.slug == current }) {
            nav[position]["current"] = true
        }
        return ["nav": nav, "isHome": current == Fragments.homeKey]
    }

    /// An article as a list item: title, link, date line, image, summary.
    func teaser(_ article: Article) -> [String: Any] {
        var view: [String: Any] = [
            "title": article.title,
            "url": article.redirect ?? url(article.path),
            "external": article.redirect != nil,
            "dateLine": article.date.vietnameseDateLine,
            "shortDate": article.date.shortDate,
            "isoDate": article.date.iso8601,
            "summary": article.summary,
            "hasSummary": !article.summary.isEmpty,
            "views": article.views,
            "category": ["name": article.category.name, "url": url(article.category.slug + "/")],
        ]
        // Absent values are `false`, not missing: a missing name makes the template engine
        // search every enclosing context, which cost more than the rest of the lookup.
        view["image"] = false
        view["status"] = false
        if let image = article.image {
            var imageView: [String: Any] = ["url": url(LinkResolver.percentEncodePath(image.outputPath))]
            imageView["alt"] = article.imageCaption.isEmpty ? false : article.imageCaption
            // The picture's own size, read from its header: `width`/`height` keep the page from jumping.
            imageView["size"] = image.image?.size.map { ["width": $0.width, "height": $0.height] as [String: Any] } ?? false
            view["image"] = imageView
        }
        if !article.isLive { view["status"] = article.status.isPublic ? "chưa hiện" : article.status.vietnameseName }
        return view
    }

    /// Teasers for lists, each with `html`: the rendered `partials/teaser`.
    func teasers(_ positions: some Sequence<Int>) -> [[String: Any]] {
        positions.map { position in
            if position < teaserViews.views.count { return teaserViews.views[position] }
            var view = teaser(index.articles[position])
            view["html"] = ""
            view["linkHTML"] = ""
            return view
        }
    }

    /// The article page.
    func article(at position: Int) -> [String: Any] {
        let article = index.articles[position]
        let notPublic = !article.isLive
        var context = chrome(
            title: article.title, description: article.summary, path: article.path,
            currentCategory: article.category.slug, noindex: notPublic)
        var view = teaser(article)
        view["author"] = article.author
        view["bodyHTML"] = article.bodyHTML
        view["caption"] = article.imageCaption.isEmpty ? false : article.imageCaption
        view["lead"] = article.summaryGiven ? article.summary : false
        view["audio"] = false
        view["updated"] = false
        view["statusNote"] = false
        view["tags"] = index.tags.termsOfArticle[position].map { term -> [String: Any] in
            let tag = index.tags.terms[term]
            return ["name": tag.name, "url": url(SiteIndex.tagsPath + tag.slug + "/")]
        }
        if let author = index.authors.termsOfArticle[position].first {
            view["authorURL"] = url(SiteIndex.authorsPath + index.authors.terms[author].slug + "/")
        }
        view["monthURL"] = url(index.monthPath(of: position))
        view["draft"] = notPublic
        view["statusName"] = article.status.vietnameseName
        if let publishAt = article.publishAt, !article.isLive, article.status.isPublic {
            view["statusNote"] = "hẹn đăng \(publishAt.vietnameseDateLine)"
        } else if let expires = article.expires, !article.isLive, article.status.isPublic {
            view["statusNote"] = "hết hạn từ \(expires.vietnameseDateLine)"
        }
        view["attachments"] = article.attachments.map { file -> [String: Any] in
            ["title": file.title, "url": url(LinkResolver.percentEncodePath(file.outputPath)),
             "kind": file.kind, "size": Self.sizeText(file.size), "fileName": file.fileName]
        }
        if let audio = article.audio {
            view["audio"] = ["url": url(LinkResolver.percentEncodePath(audio.outputPath)), "type": MediaType.of(audio.fileName)]
        }
        view["hasAttachments"] = !article.attachments.isEmpty
        view["attachmentCount"] = article.attachments.count
        view["hasTags"] = !article.tags.isEmpty
        view["featured"] = article.featured
        view["share"] = share(article)
        if let updated = article.updated {
            view["updated"] = ["dateLine": updated.vietnameseDateLine, "isoDate": updated.iso8601]
        }
        context["article"] = view
        if var page = context["page"] as? [String: Any] {
            page["ogType"] = "article"
            page["published"] = article.date.iso8601
            page["modified"] = (article.updated ?? article.date).iso8601
            page["section"] = article.category.name
            page["tags"] = tagNames(position)
            if let image = article.image {
                page["image"] = absoluteURL(LinkResolver.percentEncodePath(image.outputPath))
                page["twitterCard"] = "summary_large_image"
            }
            page["jsonLD"] = jsonLD(article, tags: tagNames(position))
            context["page"] = page
        }
        let related = index.related[position]
        context["related"] = teasers(related)
        context["hasRelated"] = !related.isEmpty
        let others = index.otherNews(for: position, count: config.otherNewsCount, excluding: related)
        context["otherNews"] = teasers(others)
        context["hasOtherNews"] = !others.isEmpty
        return context
    }

    /// schema.org `NewsArticle` for search engines, from the same data as the page.
    /// The article's tags in their site-wide spelling.
    func tagNames(_ position: Int) -> [String] {
        index.tags.termsOfArticle[position].map { index.tags.terms[$0].name }
    }

    func jsonLD(_ article: Article, tags: [String]) -> String {
        var object: [String: Any] = [
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": article.title,
            "description": article.summary,
            "datePublished": article.date.iso8601,
            "dateModified": (article.updated ?? article.date).iso8601,
            "author": [["@type": "Person", "name": article.author]],
            "publisher": [
                "@type": "Organization",
                "name": config.publisher.isEmpty ? config.title : config.publisher,
                "logo": ["@type": "ImageObject", "url": absoluteURL(LinkResolver.percentEncodePath(config.logo))],
            ] as [String: Any],
            "mainEntityOfPage": ["@type": "WebPage", "@id": absoluteURL(article.path)],
            "articleSection": article.category.name,
            "inLanguage": config.language,
        ]
        if let image = article.image {
            object["image"] = [absoluteURL(LinkResolver.percentEncodePath(image.outputPath))]
        }
        if !tags.isEmpty { object["keywords"] = tags.joined(separator: ", ") }
        return JSONText.encode(object)
    }

    func share(_ article: Article) -> [String: Any] {
        let link = Self.queryEncode(absoluteURL(article.path))
        let title = Self.queryEncode(article.title)
        return [
            "facebook": "https://www.facebook.com/sharer/sharer.php?u=\(link)",
            "zalo": "https://sp.zalo.me/share_inline?url=\(link)",
            "x": "https://x.com/intent/post?url=\(link)&text=\(title)",
            "email": "mailto:?subject=\(title)&body=\(link)",
        ]
    }

    /// The pagination bar of one list page whose first page is at `base`.
    func pagination(_ page: Pagination, base: String) -> [String: Any] {
        guard page.pageCount > 1 else { return [:] }
        var view: [String: Any] = [
            "show": true,
            "page": page.page, "pageCount": page.pageCount,
            "numbers": page.visibleNumbers.map { number -> [String: Any] in
                guard let number else { return ["gap": true] }
                return ["number": number, "url": url(Pagination.path(base: base, page: number)), "current": number == page.page]
            },
        ]
        if page.page > 1 { view["previous"] = ["url": url(Pagination.path(base: base, page: page.page - 1))] }
        if page.page < page.pageCount { view["next"] = ["url": url(Pagination.path(base: base, page: page.page + 1))] }
        return view
    }

    static func queryEncode(_ text: String) -> String { URLText.percentEncode(text, keepingSlash: false) }

    /// "12 KB", "1,5 MB" (Vietnamese decimal comma).
    static func sizeText(_ bytes: Int) -> String {
        if bytes < 1024 { return "\(bytes) B" }
        if bytes < 1024 * 1024 { return "\((bytes + 512) / 1024) KB" }
        let tenths = (bytes * 10 + 512 * 1024) / (1024 * 1024)
        return "\(tenths / 10),\(tenths % 10) MB"
    }
}

/// Teaser values of every article, built once per build; read-only afterwards, so sharing
/// them between threads is safe.
struct TeaserViews: @unchecked Sendable {
    let views: [[String: Any]]
}
