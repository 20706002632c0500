import Foundation

/// Turns the loaded source into articles: reads every file in parallel, gives each its URL,
/// checks that URLs are unique and references resolve, then renders the bodies in parallel.
public struct ArticleAssembler: Sendable {
    public var config: SiteConfig
    public var includeDrafts: Bool

    public init(config: SiteConfig, includeDrafts: Bool) {
        self.config = config
        self.includeDrafts = includeDrafts
    }

    /// The articles to build (in no particular order) and every problem found, or nil when
    /// there were errors.
    public func assemble(_ source: SiteSource) -> (articles: [Article], media: [MediaFile], diagnostics: [Diagnostic]) {
        let config = self.config
        let parsed = source.articles.parallelMap { ParsedSource.parse($0, config: config) }
        var diagnostics = parsed.flatMap(\.1)
        let sources = parsed.compactMap(\.0)

        // URLs: every article, draft or not, owns its URL, so publishing a draft never clashes later.
        var byURL: [String: ParsedSource] = [:]
        var bySlug: [String: ParsedSource] = [:]
        var placed: [(ParsedSource, String)] = []
        for item in sources {
            guard let category = item.meta.category else { continue }
            let slug = item.meta.slug?.value ?? Slugger.slug(item.meta.title)
            guard !slug.isEmpty else {
                diagnostics.append(.error(
                    SourceLocation(path: item.path), vi: "Tiêu đề không tạo được đường dẫn (slug) nào.",
                    en: "The title gives an empty URL slug.",
                    hintVI: "Thêm `slug:` bằng chữ không dấu, ví dụ `slug: tin-moi`.", hintEN: "Add a `slug:` such as `slug: tin-moi`."))
                continue
            }
            let url = "\(category.slug)/\(slug)/"
            if let other = byURL[url] {
                diagnostics.append(.error(
                    item.meta.slug?.location ?? SourceLocation(path: item.path),
                    vi: "Hai bài viết có cùng địa chỉ /\(url): \(other.path) và \(item.path).",
                    en: "Two articles have the same URL /\(url): \(other.path) and \(item.path).",
                    hintVI: "Đổi tiêu đề hoặc thêm `slug:` khác cho một trong hai bài.",
                    hintEN: "Change the title or give one of them another `slug:`."))
                continue
            }
            byURL[url] = item
            bySlug[slug] = bySlug[slug] ?? item
            placed.append((item, slug))
        }
        for (item, _) in placed {
            for related in item.meta.related where bySlug[Slugger.slug(related.value)] == nil {
                diagnostics.append(.error(
                    related.location, vi: "Tin liên quan \"\(related.value)\" không có bài viết nào mang slug này.",
                    en: "Related article \"\(related.value)\" matches no article slug.",
                    hintVI: "Dùng tên tệp của bài (không có .md), ví dụ `related: [nam-2020-phan-dau]`.",
                    hintEN: "Use the article's file name without .md, e.g. `related: [nam-2020-phan-dau]`."))
            }
        }

        let visible = placed.filter { includeDrafts || $0.0.meta.status.isPublic }
        var targets: [String: LinkTarget] = [:]
        for (item, slug) in placed {
            let path = "\(item.meta.category?.slug ?? "")/\(slug)/"
            let isVisible = includeDrafts || item.meta.status.isPublic
            targets[item.path] = item.meta.redirect.map { .external($0) } ?? (isVisible ? .page(path) : .hidden)
        }
        let resolver = LinkResolver(
            basePath: config.basePath, articles: targets, files: source.contentFiles)
        let built = visible.parallelMap { pair in
            ArticleBodyBuilder(config: config, resolver: resolver).build(pair.0, slug: pair.1)
        }
        var articles: [Article] = []
        var media: [String: MediaFile] = [:]
        for (article, files, problems) in built {
            diagnostics.append(contentsOf: problems)
            if let article { articles.append(article) }
            for file in files { media[file.outputPath] = file }
        }
        return (articles, media.keys.sorted().compactMap { media[$0] }, diagnostics)
    }
}
