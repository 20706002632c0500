/// Renders every HTML page of the site from the index, in parallel, in a fixed order.
public struct PageRenderer: Sendable {
    public let config: SiteConfig
    public internal(set) var index: SiteIndex
    public let templates: ThemeTemplates
    public let draftsShown: Bool

    var views: PageViews

    /// `previous`: a renderer of the same site before a change, whose teasers of unchanged
    /// articles are taken as they are (a resident site).
    public init(config: SiteConfig, index: SiteIndex, templates: ThemeTemplates, draftsShown: Bool = false, reusing previous: PageRenderer? = nil) {
        self.config = config
        self.index = index
        self.templates = templates
        self.draftsShown = draftsShown
        let reuse = TeaserReuse(previous: previous, index: index, templates: templates, config: config, draftsShown: draftsShown)
        let plain = PageViews(config: config, index: index, draftsShown: draftsShown)
        let fragments = Fragments.render(templates: templates, views: plain, reuse: reuse)
        self.views = PageViews(config: config, index: index, draftsShown: draftsShown, fragments: fragments, reuse: reuse)
        templates.rememberShared([views.shared.labels, views.shared.site] + views.shared.nav + views.teaserViews.views)
    }

    /// One HTML page to render. Jobs are cheap to list and carry their output path, so a build
    /// can check paths before rendering and render and write a page at a time, in parallel,
    /// without holding the whole site in memory.
    public enum Job: Sendable {
        case article(Int)
        case list(ArticleList, Pagination)
        case tagIndex, archiveIndex, feeds, home, notFound
        /// `/tim-kiem/`, when the theme has a `search` template.
        case search
    }

    /// Every page: articles, list pages, tag index, archive index, feeds page, home, 404.
    public func jobs() -> [Job] {
        var jobs: [Job] = index.articles.indices.filter { index.articles[$0].redirect == nil }.map { .article($0) }
        for list in index.lists(config: config) {
            for page in Pagination.pages(total: list.members.count, perPage: config.perPage) { jobs.append(.list(list, page)) }
        }
        return jobs + [.tagIndex, .archiveIndex, .feeds, .home, .notFound] + (hasSearchPage ? [.search] : [])
    }

    /// The output path of a job, without rendering it.
    public func path(of job: Job) -> String {
        switch job {
        case .article(let position): return index.articles[position].path + "index.html"
        case .list(let list, let page): return Pagination.path(base: list.base, page: page.page) + "index.html"
        case .tagIndex: return SiteIndex.tagsPath + "index.html"
        case .archiveIndex: return SiteIndex.archivePath + "index.html"
        case .feeds: return "rss/index.html"
        case .home: return "index.html"
        case .notFound: return "404.html"
        case .search: return SearchIndexFiles.pagePath + "index.html"
        }
    }

    /// Renders a job's page.
    public func render(_ job: Job) -> RenderedPage { render(plan(job)) }

    public func render(_ plan: PagePlan) -> RenderedPage {
        RenderedPage(path: plan.path, contents: templates.render(plan.template, plan.context))
    }

    /// The template and values of a job's page, without rendering it.
    public func plan(_ job: Job) -> PagePlan {
        switch job {
        case .article(let position): return articlePage(at: position)
        case .list(let list, let page): return listPage(list, page)
        case .tagIndex: return tagIndexPage()
        case .archiveIndex: return archiveIndexPage()
        case .feeds: return feedsPage()
        case .home: return homePage()
        case .notFound: return notFoundPage()
        case .search: return searchPage()
        }
    }

    public func articlePage(at position: Int) -> PagePlan {
        let article = index.articles[position]
        return PagePlan(path: article.path + "index.html", template: "article", context: views.article(at: position))
    }

    /// One page of a list (category, tag, author, month), `perPage` teasers.
    public func listPage(_ list: ArticleList, _ page: Pagination) -> PagePlan {
        do {
            let path = Pagination.path(base: list.base, page: page.page)
            let pageTitle = page.page > 1 ? "\(list.heading) - \(config.label("page").vi) \(page.page)" : list.heading
            let feed = list.kind == .month ? nil : (url: views.url(list.base + "rss.xml"), title: "\(list.heading) - \(config.title)")
            var context = views.chrome(
                title: pageTitle, description: list.description, path: path, currentCategory: list.categorySlug, feed: feed)
            context["list"] = [
                "heading": list.heading,
                "kind": list.kind.rawValue,
                "kindLabel": list.kind == .tag ? config.label("tags").vi : list.kind == .author ? config.label("author").vi : false,
                "description": list.description.isEmpty || list.kind != .category ? false : list.description,
                "teasers": views.teasers(list.members[page.range]),
                "pagination": views.pagination(page, base: list.base),
                "pageNumber": page.page > 1 ? page.page as Any : false,
            ] as [String: Any]
            return PagePlan(path: path + "index.html", template: "list", context: context)
        }
    }

    /// `/chu-de/`: every tag with its count, alphabetically and by count.
    public func tagIndexPage() -> PagePlan {
        let label = config.label("tags")
        var context = views.chrome(
            title: label.vi, description: "\(label.vi) - \(config.title)", path: SiteIndex.tagsPath, currentCategory: nil)
        let terms = index.tags.terms.map { term -> [String: Any] in
            ["name": term.name, "url": views.url(SiteIndex.tagsPath + term.slug + "/"), "count": term.members.count]
        }
        let byCount = terms.indices.sorted { lhs, rhs in
            let left = index.tags.terms[lhs].members.count, right = index.tags.terms[rhs].members.count
            return left != right ? left > right : lhs < rhs
        }
        context["alphabetical"] = terms
        context["byCount"] = byCount.map { terms[$0] }
        context["hasTags"] = !terms.isEmpty
        return PagePlan(path: SiteIndex.tagsPath + "index.html", template: "tags", context: context)
    }

    /// `/luu-tru/`: years, each with its months and counts.
    public func archiveIndexPage() -> PagePlan {
        let label = config.label("archive")
        var context = views.chrome(
            title: label.vi, description: "\(label.vi) - \(config.title)", path: SiteIndex.archivePath, currentCategory: nil)
        context["years"] = index.archive.years.map { year -> [String: Any] in
            [
                "year": year.year, "id": "nam-\(year.year)",
                "months": year.months.map { month -> [String: Any] in
                    ["month": month.month, "year": month.year, "url": views.url(month.path), "count": month.members.count]
                },
            ]
        }
        return PagePlan(path: SiteIndex.archivePath + "index.html", template: "archive", context: context)
    }

    /// `/rss/`: every feed of the site, as the portals list them.
    public func feedsPage() -> PagePlan {
        let label = config.label("all_feeds")
        var context = views.chrome(title: label.vi, description: "\(label.vi) - \(config.title)", path: "rss/", currentCategory: nil)
        func feeds(_ kind: ArticleList.Kind) -> [[String: Any]] {
            index.lists(config: config).filter { $0.kind == kind }.map { list -> [String: Any] in
                ["title": list.heading, "url": views.url(list.base + "rss.xml")]
            }
        }
        context["groups"] = [
            ["id": "kenh-chung", "name": config.label("site_feed").vi,
             "feeds": [["title": config.title, "url": views.url("rss.xml")]]],
            ["id": "kenh-chuyen-muc", "name": config.label("categories").vi, "feeds": feeds(.category)],
            ["id": "kenh-chu-de", "name": config.label("tags").vi, "feeds": feeds(.tag)],
            ["id": "kenh-tac-gia", "name": config.label("author").vi, "feeds": feeds(.author)],
        ].filter { (($0["feeds"] as? [[String: Any]]) ?? []).isEmpty == false }
        return PagePlan(path: "rss/index.html", template: "feeds", context: context)
    }

    public func homePage() -> PagePlan {
        var context = views.chrome(title: nil, description: config.description, path: "", currentCategory: nil)
        let featured = Array(index.featured.prefix(config.featuredCount))
        context["lead"] = featured.first.map { views.teaser(index.articles[$0]) }
        context["featured"] = views.teasers(featured.dropFirst())
        context["sections"] = config.categories.compactMap { category -> [String: Any]? in
            guard let members = index.byCategory[category.slug], !members.isEmpty else { return nil }
            return [
                "name": category.name, "url": views.url(category.slug + "/"), "id": "muc-" + category.slug,
                "teasers": views.teasers(members.prefix(config.homeCategoryCount)),
            ]
        }
        context["mostViewed"] = views.teasers(index.mostViewed.prefix(config.mostViewedCount))
        context["isHome"] = true
        if let nav = views.fragments.navHTML[Fragments.homeKey] { context["navHTML"] = nav }
        return PagePlan(path: "index.html", template: "home", context: context)
    }

    public func notFoundPage() -> PagePlan {
        var context = views.chrome(
            title: config.label("not_found_title").vi, description: "", path: "404.html", currentCategory: nil, noindex: true)
        context["latest"] = views.teasers(index.articles.indices.prefix(5))
        context["hasLatest"] = !index.articles.isEmpty
        return PagePlan(path: "404.html", template: "404", context: context)
    }
}

extension PageRenderer {
    /// The renderer with the article at `position` replaced by `article`, which differs from it
    /// at most in its body (`Article.isSameOutsideBody`): every teaser, menu and list stays as
    /// it was rendered, and only that article's own page changes.
    func replacingBody(at position: Int, with article: Article) -> PageRenderer {
        var copy = self
        copy.index.articles[position] = article
        copy.views.index.articles[position] = article
        return copy
    }
}
