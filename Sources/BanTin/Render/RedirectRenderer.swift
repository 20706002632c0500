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
        var pages: [RenderedPage] = all.compactMap { redirect in
            // An address with a query is answered by the server maps only.
            guard let file = AliasPath.outputFile(redirect.alias) else { return nil }
            let target = config.baseURL + redirect.target.dropFirst(config.basePath.count)
            var context = views.chrome(
                title: config.label("moved").vi, description: "", path: String(redirect.target.dropFirst(config.basePath.count)),
                currentCategory: nil, noindex: true)
            if var page = context["page"] as? [String: Any] {
                page["refresh"] = redirect.target
                context["page"] = page
            }
            context["target"] = ["url": redirect.target, "absolute": target]
            return RenderedPage(path: file, contents: templates.render("redirect", context))
        }
        pages.append(RenderedPage(path: "_redirects.nginx.conf", contents: nginxMap(all)))
        pages.append(RenderedPage(path: "_redirects", contents: netlifyMap(all)))
        return pages
    }

    /// The nginx include (server context). An address without query is one exact `location`.
    /// Queries of one file-like path share that path's `location`, one `if ($args = …)` each,
    /// with the plain alias of the path (if any) as the last `return`: nginx picks one location
    /// per request, so the two must be one block. A query on a folder-like path (the old home
    /// page `/?p=12`, `/tin/?id=3`) is an `if ($request_uri = …)` at server level instead, so no
    /// `location` of bantin's ever takes over a folder the site (or the server's own
    /// configuration) serves.
    func nginxMap(_ all: [(alias: String, target: String, location: SourceLocation)]) -> String {
        var out = "# bantin: old addresses → new pages. Include inside the site's `server { … }` block.\n"
        var order: [String] = []
        var plain: [String: String] = [:]
        var queries: [String: [(query: String, target: String)]] = [:]
        var serverLevel: [String] = []
        for redirect in all {
            let (path, query) = AliasPath.split(redirect.alias)
            let source = config.basePath + path
            if let query {
                if path.isEmpty || path.hasSuffix("/") {
                    let uri = LinkResolver.percentEncodePath(source) + "?" + query
                    serverLevel.append("if ($request_uri = \"\(uri)\") { return 301 \(redirect.target); }\n")
                    continue
                }
                if queries[source] == nil && plain[source] == nil { order.append(source) }
                queries[source, default: []].append((query, redirect.target))
            } else {
                if queries[source] == nil && plain[source] == nil { order.append(source) }
                plain[source] = plain[source] ?? redirect.target
            }
        }
        out += serverLevel.joined()
        for source in order {
            guard let list = queries[source] else {
                out += "location = \"\(source)\" { return 301 \(plain[source] ?? "/"); }\n"
                continue
            }
            out += "location = \"\(source)\" {\n"
            for (query, target) in list { out += "    if ($args = \"\(query)\") { return 301 \(target); }\n" }
            if let target = plain[source] { out += "    return 301 \(target);\n" }
            out += "}\n"
        }
        return out
    }

    /// The `_redirects` file (Netlify syntax): query rules first (the first rule that matches
    /// wins), each parameter as `name=value` after the path.
    func netlifyMap(_ all: [(alias: String, target: String, location: SourceLocation)]) -> String {
        var out = "# bantin: old addresses → new pages (301).\n"
        var plainLines = ""
        for redirect in all {
            let (path, query) = AliasPath.split(redirect.alias)
            let source = LinkResolver.percentEncodePath(config.basePath + path)
            guard let query else {
                plainLines += "\(source) \(redirect.target) 301\n"
                continue
            }
            let parameters = query.split(separator: "&", omittingEmptySubsequences: true)
            if parameters.isEmpty || parameters.contains(where: { !$0.contains("=") || $0.hasPrefix("=") }) {
                out += "# not expressible here: \(source)?\(query) → \(redirect.target)\n"
                continue
            }
            out += "\(source) \(parameters.joined(separator: " ")) \(redirect.target) 301\n"
        }
        return out + plainLines
    }
}
