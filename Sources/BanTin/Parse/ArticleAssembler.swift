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
        /// What parsing gave, for the next build (when asked for with `memoSettings`).
        public var memo: ArticleMemo?
        /// Whether `memo` differs from the one given (false: no need to save it again).
        public var memoChanged = true
        /// Files whose front matter, and articles whose body, came from the memo.
        public var reusedSources = 0
        public var reusedBodies = 0
        /// Bodies built this time (not taken from the memo).
        public var bodiesBuilt = 0
        /// What links of bodies were resolved against (a resident site builds an edited body again with it).
        public var resolver: LinkResolver?
    }

    /// One article file after its front matter was read (or taken from the memo).
    struct SourceRead: Sendable {
        var path: String
        var source: ParsedSource?
        var problems: [Diagnostic]
        /// `ArticleMemo.bytesKey` of the file ("" when no memo is kept).
        var key: String
        var reused: Bool
        /// The file's bytes, kept when the memo gave its front matter without its body.
        var bytes: [UInt8]?
    }

    /// Articles are read and rendered a slice at a time, and each slice's bytes and Markdown are
    /// let go as soon as it is done, so a large site never holds its raw files, its texts and its
    /// HTML bodies all at once (at 100,000 articles, that was 2.4 GB). Pass the files as `files`,
    /// not only inside `source`, to let them go.
    ///
    /// Given `memoSettings` (the key of everything besides the files that parsing depends on,
    /// see `ArticleMemo.settings`), the result carries a new `ArticleMemo`; given besides the memo
    /// of the build before with the same settings, files whose bytes are unchanged are not parsed
    /// again, and their bodies are reused when their slug and their links' answers are the same.
    public func assemble(
        _ source: SiteSource, files: consuming [SourceFile]? = nil, memo previous: ArticleMemo? = nil, memoSettings: String? = nil,
        reread: (@Sendable (_ path: String) -> [UInt8]?)? = nil
    ) -> Result {
        let config = self.config
        let old = memoSettings != nil && previous?.settings == memoSettings ? previous : nil
        let remembering = memoSettings != nil
        var files = files ?? source.articles
        var parsed: [SourceRead] = []
        parsed.reserveCapacity(files.count)
        for range in Self.slices(files.count) {
            parsed += Array(files[range]).parallelMap { file in
                var file = file
                if file.knownKey != nil, old?.entries[file.path]?.bytesKey != file.knownKey {
                    // Known unchanged, yet not in the memo: read after all.
                    file.bytes = reread?(file.path) ?? []
                    file.knownKey = nil
                }
                let key = remembering ? (file.knownKey ?? ArticleMemo.bytesKey(file.bytes)) : ""
                if let entry = old?.entries[file.path], entry.bytesKey == key {
                    // The Markdown is not in the memo. Without `reread`, the bytes stay until it is
                    // known whether the body itself can be reused.
                    return SourceRead(
                        path: file.path, source: entry.source, problems: entry.sourceProblems, key: key, reused: true,
                        bytes: entry.source == nil || reread != nil ? nil : file.bytes)
                }
                let (item, problems) = ParsedSource.parse(file, config: config)
                return SourceRead(path: file.path, source: item, problems: problems, key: key, reused: false, bytes: nil)
            }
            for position in range { files[position].bytes = [] }
        }
        files = []
        var result = Result()
        var memo = memoSettings.map { ArticleMemo(settings: $0) }
        memo?.entries.reserveCapacity(parsed.count)
        // Files whose front matter was reused: their bodies are parsed again only if they must be
        // built again (from the bytes kept here, or read again through `reread`).
        var unreadBytes: [String: [UInt8]] = [:]
        var reusedKeys: [String: String] = [:]
        for read in parsed {
            if let bytes = read.bytes { unreadBytes[read.path] = bytes }
            if read.reused, read.source != nil { reusedKeys[read.path] = read.key }
            if memo != nil {
                var kept = read.source
                kept?.body = ""
                memo?.entries[read.path] = ArticleMemo.Entry(bytesKey: read.key, source: kept, sourceProblems: read.problems, body: nil)
            }
        }
        result.reusedSources = parsed.count(where: \.reused)
        result.diagnostics = parsed.flatMap(\.problems)
        var sources = parsed.compactMap(\.source)
        parsed = []

        // URLs: every article, draft or not, owns its URL, so publishing a draft never clashes later.
        // The URL comes from the file (or `slug:`), never from the title: see ArticleURLNames.
        let named = ArticleURLNames(sources.compactMap { item in
            item.meta.category.map { .init(path: item.path, categorySlug: $0.slug, slug: item.meta.slug, date: item.meta.date) }
        })
        result.diagnostics += named.diagnostics
        var slugs = Set<String>()
        var placed: [(ParsedSource, String)] = []
        for item in sources where item.meta.category != nil {
            guard let slug = named.names[item.path] else { continue }
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
        result.resolver = resolver
        var rendered = placed.filter { checkEverything || shown($0.0) }
        placed = []
        sources = []
        let resolverDigest = memo != nil ? resolver.digest : ""
        let sameAnswers = old != nil && old?.resolver == resolverDigest
        memo?.resolver = resolverDigest
        let unread = unreadBytes
        unreadBytes = [:]
        let rereadKeys = reusedKeys
        reusedKeys = [:]
        /// `keep`: the body is what the file's bytes give, and may go into the memo.
        var built: [(ArticleBodyBuilder.Built, reused: Bool, keep: Bool)] = []
        built.reserveCapacity(rendered.count)
        for range in Self.slices(rendered.count) {
            built += Array(rendered[range]).parallelMap { pair in
                var (item, slug) = pair
                if let key = rereadKeys[item.path] {
                    if let body = old?.entries[item.path]?.body, body.slug == slug,
                        sameAnswers || body.lookups.answeredAlike(by: resolver, from: item.path)
                    {
                        return (ArticleBodyBuilder.Built(article: body.article, media: body.media, diagnostics: body.problems, lookups: body.lookups), true, true)
                    }
                    // The body is needed after all: the file again, which must be the file the
                    // front matter came from.
                    guard let bytes = unread[item.path] ?? reread?(item.path), ArticleMemo.bytesKey(bytes) == key else {
                        return (Self.changedDuringBuild(item.path), false, false)
                    }
                    item = ParsedSource.parse(SourceFile(path: item.path, bytes: bytes), config: config).0 ?? item
                }
                let body = ArticleBodyBuilder(config: config, resolver: resolver).build(item, slug: slug, recording: remembering)
                return (body, false, true)
            }
            for position in range { rendered[position].0.body = "" }
        }
        result.reusedBodies = built.count(where: \.reused)
        result.bodiesBuilt = built.count - result.reusedBodies
        var media: [String: MediaFile] = [:]
        for ((item, slug), (body, _, keep)) in zip(rendered, built) {
            result.diagnostics += body.diagnostics
            if !keep {
                memo?.entries[item.path] = nil  // not a result of the file's bytes: never kept
            } else {
                memo?.entries[item.path]?.body = ArticleMemo.Body(
                    slug: slug, lookups: body.lookups, article: body.article, media: body.media, problems: body.diagnostics)
            }
            guard shown(item), var article = body.article else { continue }
            article.publishAt = item.meta.publishAt
            article.expires = item.meta.expires
            article.isLive = item.meta.isLive(at: now)
            result.articles.append(article)
            for file in body.media { media[file.outputPath] = file }
        }
        if let memo {
            let oldBodies = old?.entries.values.count { $0.body != nil }
            result.memoChanged = result.reusedSources != memo.entries.count || result.reusedBodies != built.count
                || old?.entries.count != memo.entries.count || oldBodies != built.count || !sameAnswers
        }
        result.memo = memo
        result.media = media.keys.sorted().compactMap { media[$0] }
        return result
    }

    /// An article file that changed between being read and its body being built again.
    static func changedDuringBuild(_ path: String) -> ArticleBodyBuilder.Built {
        ArticleBodyBuilder.Built(
            article: nil, media: [],
            diagnostics: [.error(
                SourceLocation(path: path), vi: "Tệp bài viết đã thay đổi trong lúc đang dựng trang.",
                en: "The article file changed while the site was being built.",
                hintVI: "Chạy lại lệnh dựng trang.", hintEN: "Run the build again.")],
            lookups: LinkLookups())
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
                hintVI: "Dùng tên cuối trong địa chỉ của bài (thường là tên tệp, không có .md), ví dụ `related: [nam-2020-phan-dau]`.",
                hintEN: "Use the last name in the article's URL (usually its file name without .md), e.g. `related: [nam-2020-phan-dau]`."))
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
