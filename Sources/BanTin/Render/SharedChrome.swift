/// The template values every page of a build shares (labels, menu, site), built once.
///
/// The dictionaries hold only strings, booleans and nested dictionaries and arrays of them, and are
/// never changed after `init`; reading them from many threads is safe, hence `@unchecked Sendable`.
struct SharedChrome: @unchecked Sendable {
    let labels: [String: Any]
    let nav: [[String: Any]]
    let site: [String: Any]

    init(config: SiteConfig) {
        var labels: [String: Any] = [:]
        for (key, label) in config.labels { labels[key] = ["vi": label.vi, "en": label.en] }
        self.labels = labels
        let base = config.basePath
        nav = config.categories.map { ["name": $0.name, "url": base + $0.slug + "/", "current": false] }
        var site: [String: Any] = Self.siteTexts(config)
        site["description"] = config.description.isEmpty ? false : config.description
        site["footer"] = config.footer
        self.site = site
    }

    /// The `site.*` texts every page shares (also written into templates by `TemplateConstants`).
    static func siteTexts(_ config: SiteConfig) -> [String: String] {
        let base = config.basePath
        return [
            "title": config.title,
            "publisher": config.publisher.isEmpty ? config.title : config.publisher,
            "homeURL": base,
            "cssURL": base + "assets/style.css",
            "jsURL": base + "assets/bantin.js",
            "iconURL": base + "assets/favicon.svg",
            "feedURL": base + "rss.xml",
            "feedsURL": base + "rss/",
            "tagsURL": base + SiteIndex.tagsPath,
            "archiveURL": base + SiteIndex.archivePath,
            "searchURL": base + SearchIndexFiles.pagePath,
            "searchIndexURL": base + SearchIndexFiles.folder,
            "searchJSURL": base + "assets/search.js",
        ]
    }
}
