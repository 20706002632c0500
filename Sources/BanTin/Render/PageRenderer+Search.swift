/// The search page, `/tim-kiem/`: the form, its filters and the explanation shown without
/// JavaScript. The results are made in the browser by `search.js` from the index files.
extension PageRenderer {
    /// The theme has a search page (older copies of the theme may not).
    public var hasSearchPage: Bool { templates.library.getTemplate(named: "search") != nil }

    public func searchPage() -> PagePlan {
        let label = config.label("search")
        let path = SearchIndexFiles.pagePath
        var context = views.chrome(
            title: label.vi, description: "\(label.vi) - \(config.title)", path: path, currentCategory: nil, noindex: true)
        let counts = index.byCategory
        context["search"] = [
            "categories": config.categories.filter { !(counts[$0.slug] ?? []).isEmpty }.map { category -> [String: Any] in
                ["name": category.name, "slug": category.slug, "url": views.url(category.slug + "/")]
            },
            "years": index.archive.years.map { String($0.year) },
            "articleCount": index.articles.count,
        ] as [String: Any]
        context["isSearch"] = true
        return PagePlan(path: path + "index.html", template: "search", context: context)
    }
}
