/// Old addresses (`aliases:`) that keep working: a small HTML page at each (meta refresh,
/// canonical, a plain link), and the same map for servers that answer 301 themselves: an nginx
/// include (`_redirects.nginx.conf`, server context) and a `_redirects` file (Netlify and others).
public struct RedirectRenderer: Sendable {
    public let config: SiteConfig
    public let index: SiteIndex
    public let templates: ThemeTemplates

    public init(config: SiteConfig, index: SiteIndex, templates: ThemeTemplates) {
        self.config = config
        self.index = index
        self.templates = templates
    }

    /// Every alias: (alias path, target URL path, where it was written), in index order.
    public func redirects() -> [(alias: String, target: String, location: SourceLocation)] {
        index.articles.flatMap { article in
            article.aliases.map { (alias: $0.value, target: config.basePath + article.path, location: $0.location) }
        }
    }

    public func renderAll() -> [RenderedPage] {
        let all = redirects()
        guard !all.isEmpty else { return [] }
        let views = PageViews(config: config, index: index, draftsShown: false)
        var pages: [RenderedPage] = all.map { redirect in
            let target = config.baseURL + redirect.target.dropFirst(config.basePath.count)
            var context = views.chrome(
                title: config.label("moved").vi, description: "", path: String(redirect.target.dropFirst(config.basePath.count)),
                currentCategory: nil, noindex: true)
            if var page = context["page"] as? [String: Any] {
                page["refresh"] = redirect.target
                context["page"] = page
            }
            context["target"] = ["url": redirect.target, "absolute": target]
            return RenderedPage(path: AliasPath.outputFile(redirect.alias), contents: templates.render("redirect", context))
        }
        var nginx = "# bantin: old addresses → new pages. Include inside the site's `server { … }` block.\n"
        var netlify = "# bantin: old addresses → new pages (301).\n"
        for redirect in all {
            let source = config.basePath + redirect.alias
            nginx += "location = \"\(source)\" { return 301 \(redirect.target); }\n"
            netlify += "\(LinkResolver.percentEncodePath(source)) \(redirect.target) 301\n"
        }
        pages.append(RenderedPage(path: "_redirects.nginx.conf", contents: nginx))
        pages.append(RenderedPage(path: "_redirects", contents: netlify))
        return pages
    }
}
