import Foundation

/// Turns the loaded source into articles: reads every file in parallel, gives each its URL,
/// checks that URLs are unique and references resolve, then renders the bodies in parallel.
public struct ArticleAssembler: Sendable {
    public var config: SiteConfig
    /// Build drafts, pending, scheduled and expired articles too (marked, noindex).
    public var includeDrafts: Bool
    /// The build's clock, seconds since 1970 (injected: `--now`).
    public var now: Int64
    /// Render every article's body, built or not, to find every problem (`bantin check`).
    public var checkEverything: Bool

    public init(config: SiteConfig, includeDrafts: Bool, now: Int64, checkEverything: Bool = false) {
        self.config = config
        self.includeDrafts = includeDrafts
        self.now = now
        self.checkEverything = checkEverything
    }

    /// What assembling gives: the articles to build, the files they use, every problem found,
    /// where each article stands, and the next scheduled change.
    public struct Result: Sendable {
        public var articles: [Article] = []
        public var media: [MediaFile] = []
        public var diagnostics: [Diagnostic] = []
        public var states: [ArticleState] = []
        public var nextChange: ScheduledChange?
    }

    /// Articles are read and rendered a slice at a time, and each slice's bytes and Markdown are
    /// let go as soon as it is done, so a large site never holds its raw files, its texts and its
    /// HTML bodies all at once (at 100,000 articles, that was 2.4 GB). Pass the files as `files`,
    /// not only inside `source`, to let them go.
    public func assemble(_ source: SiteSource, files: consuming [SourceFile]? = nil) -> Result {
        let config = self.config
        var files = files ?? source.articles
        var parsed: [(ParsedSource?, [Diagnostic])] = []
        parsed.reserveCapacity(files.count)
        for range in Self.slices(files.count) {
            parsed += Array(files[range]).parallelMap { ParsedSource.parse($0, config: config) }
            for position in range { files[position].bytes = [] }
        }
        files = []
        var result = Result()
        result.diagnostics = parsed.flatMap(\.1)
        var sources = parsed.compactMap(\.0)
        parsed = []

        // URLs: every article, draft or not, owns its URL, so publishing a draft never clashes later.
        var byURL: [String: ParsedSource] = [:]
        var slugs = Set<String>()
        var placed: [(ParsedSource, String)] = []
        for item in sources {
            guard let category = item.meta.category else { continue }
            let slug = item.meta.slug?.value ?? Slugger.slug(item.meta.title)
            guard !slug.isEmpty else {
                result.diagnostics.append(.error(
                    SourceLocation(path: item.path), vi: "Tiêu đề không tạo được đường dẫn (slug) nào.",
                    en: "The title gives an empty URL slug.",
                    hintVI: "Thêm `slug:` bằng chữ không dấu, ví dụ `slug: tin-moi`.", hintEN: "Add a `slug:` such as `slug: tin-moi`."))
                continue
            }
            let url = "\(category.slug)/\(slug)/"
            if let other = byURL[url] {
                result.diagnostics.append(.error(
                    item.meta.slug?.location ?? SourceLocation(path: item.path),
                    vi: "Hai bài viết có cùng địa chỉ /\(url): \(other.path) và \(item.path).",
                    en: "Two articles have the same URL /\(url): \(other.path) and \(item.path).",
                    hintVI: "Đổi tiêu đề hoặc thêm `slug:` khác cho một trong hai bài.",
                    hintEN: "Change the title or give one of them another `slug:`."))
                continue
            }
            byURL[url] = item
            slugs.insert(slug)
            placed.append((item, slug))
        }
        for (item, _) in placed {
            result.diagnostics += referenceProblems(item, slugs: slugs)
            result.states.append(ArticleState(item, now: now))
        }
        result.states.sort { $0.path < $1.path }
        result.nextChange = ScheduledChange.next(after: now, in: placed.map(\.0))

        let shown = { (item: ParsedSource) in includeDrafts || item.meta.isLive(at: now) }
        var targets: [String: LinkTarget] = [:]
        for (item, slug) in placed {
            let path = "\(item.meta.category?.slug ?? "")/\(slug)/"
            targets[item.path] = item.meta.redirect.map { .external($0) } ?? (shown(item) ? .page(path) : .hidden)
        }
        let resolver = LinkResolver(basePath: config.basePath, articles: targets, files: source.contentFiles)
        var rendered = placed.filter { checkEverything || shown($0.0) }
        placed = []
        sources = []
        var built: [(Article?, [MediaFile], [Diagnostic])] = []
        built.reserveCapacity(rendered.count)
        for range in Self.slices(rendered.count) {
            built += Array(rendered[range]).parallelMap { pair in
                ArticleBodyBuilder(config: config, resolver: resolver).build(pair.0, slug: pair.1)
            }
            for position in range { rendered[position].0.body = "" }
        }
        var media: [String: MediaFile] = [:]
        for ((item, _), (article, files, problems)) in zip(rendered, built) {
            result.diagnostics += problems
            guard shown(item), var article else { continue }
            article.publishAt = item.meta.publishAt
            article.expires = item.meta.expires
            article.isLive = item.meta.isLive(at: now)
            result.articles.append(article)
            for file in files { media[file.outputPath] = file }
        }
        result.media = media.keys.sorted().compactMap { media[$0] }
        return result
    }

    /// Consecutive slices of `0..<count`, large enough to keep every core busy.
    static func slices(_ count: Int, size: Int = 4096) -> [Range<Int>] {
        stride(from: 0, to: count, by: size).map { $0..<Swift.min($0 + size, count) }
    }

    /// Unknown `related:` slugs, and a date in the future with no `status:` (it would show at once,
    /// dated in the future).
    private func referenceProblems(_ item: ParsedSource, slugs: Set<String>) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for related in item.meta.related where !slugs.contains(Slugger.slug(related.value)) {
            problems.append(.error(
                related.location, vi: "Tin liên quan \"\(related.value)\" không có bài viết nào mang slug này.",
                en: "Related article \"\(related.value)\" matches no article slug.",
                hintVI: "Dùng tên tệp của bài (không có .md), ví dụ `related: [nam-2020-phan-dau]`.",
                hintEN: "Use the article's file name without .md, e.g. `related: [nam-2020-phan-dau]`."))
        }
        if let date = item.meta.date, date.epochSeconds > now, !item.meta.statusGiven, item.meta.publishAt == nil {
            problems.append(.warning(
                item.meta.dateLocation ?? SourceLocation(path: item.path),
                vi: "Ngày đăng \(date.vietnameseDateLine) ở tương lai nhưng bài chưa có `status`: bài sẽ hiện ngay với ngày tương lai.",
                en: "The date is in the future but there is no `status`: the article shows now, dated in the future.",
                hintVI: "Muốn hẹn giờ đăng, dùng `publish_at: \(date.iso8601)`; nếu đúng ý, thêm `status: published`.",
                hintEN: "To schedule it, use `publish_at: \(date.iso8601)`; if intended, add `status: published`."))
        }
        return problems
    }
}
