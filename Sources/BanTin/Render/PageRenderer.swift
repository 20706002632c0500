/// Renders every page of the site from the index, in parallel, in a fixed order.
public struct PageRenderer: Sendable {
    public let config: SiteConfig
    public let index: SiteIndex
    public let templates: ThemeTemplates
    public let draftsShown: Bool

    public init(config: SiteConfig, index: SiteIndex, templates: ThemeTemplates, draftsShown: Bool = false) {
        self.config = config
        self.index = index
        self.templates = templates
        self.draftsShown = draftsShown
    }

    var views: PageViews { PageViews(config: config, index: index, draftsShown: draftsShown) }

    /// Every page: articles, category lists, home, 404.
    public func renderAll() -> [RenderedPage] {
        let positions = index.articles.indices.filter { index.articles[$0].redirect == nil }
        var pages = positions.parallelMap { articlePage(at: $0) }
        pages += config.categories.flatMap { categoryPages($0) }
        pages.append(homePage())
        pages.append(notFoundPage())
        return pages
    }

    public func articlePage(at position: Int) -> RenderedPage {
        let article = index.articles[position]
        return RenderedPage(path: article.path + "index.html", contents: templates.render("article", views.article(at: position)))
    }

    public func categoryPages(_ category: CategoryConfig) -> [RenderedPage] {
        let members = index.byCategory[category.slug] ?? []
        let base = category.slug + "/"
        return Pagination.pages(total: members.count, perPage: config.perPage).map { page in
            let path = Pagination.path(base: base, page: page.page)
            let pageTitle = page.page > 1 ? "\(category.name) - \(config.label("page").vi) \(page.page)" : category.name
            var context = views.chrome(title: pageTitle, description: category.description, path: path, currentCategory: category.slug)
            context["list"] = [
                "heading": category.name,
                "description": category.description.isEmpty ? false : category.description,
                "teasers": views.teasers(members[page.range]),
                "pagination": views.pagination(page, base: base),
                "pageNumber": page.page > 1 ? page.page : 0,
            ] as [String: Any]
            return RenderedPage(path: path + "index.html", contents: templates.render("list", context))
        }
    }

    public func homePage() -> RenderedPage {
        var context = views.chrome(title: nil, description: config.description, path: "", currentCategory: nil)
        let featured = Array(index.featured.prefix(config.featuredCount))
        context["lead"] = featured.first.map { views.teaser(index.articles[$0]) }
        context["featured"] = views.teasers(featured.dropFirst())
        context["latest"] = views.teasers(index.articles.indices.prefix(config.featuredCount))
        context["sections"] = config.categories.compactMap { category -> [String: Any]? in
            guard let members = index.byCategory[category.slug], !members.isEmpty else { return nil }
            return [
                "name": category.name, "url": views.url(category.slug + "/"), "id": "muc-" + category.slug,
                "teasers": views.teasers(members.prefix(config.homeCategoryCount)),
            ]
        }
        context["mostViewed"] = views.teasers(index.mostViewed.prefix(config.mostViewedCount))
        context["isHome"] = true
        return RenderedPage(path: "index.html", contents: templates.render("home", context))
    }

    public func notFoundPage() -> RenderedPage {
        var context = views.chrome(
            title: config.label("not_found_title").vi, description: "", path: "404.html", currentCategory: nil, noindex: true)
        context["latest"] = views.teasers(index.articles.indices.prefix(5))
        context["hasLatest"] = !index.articles.isEmpty
        return RenderedPage(path: "404.html", contents: templates.render("404", context))
    }
}
