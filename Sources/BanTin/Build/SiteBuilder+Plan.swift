import Foundation

extension SiteBuilder {
    /// Where the parsed articles of the build before come from.
    public enum MemoSource: Sendable {
        /// `.bantin-cache/articles.bin` (when the cache is on).
        case disk
        /// Kept in memory by a resident site (`bantin serve`); nil the first time.
        case memory(ArticleMemo?)
        /// Nothing: every file is parsed.
        case none

        var inMemory: Bool {
            if case .memory = self { return true }
            return false
        }
    }

    /// Every stage before writing: Load → Config → Theme → Parse → Index → Plan. Nil (with the
    /// report's errors) when a stage failed; `bantin check` goes on past errors where it can.
    /// `memo` says where parsed articles of the build before come from.
    /// `previous`: the plan of the same site before a change (a resident site), whose teasers of
    /// unchanged articles are taken as they are.
    /// `unchanged`: article files known unchanged since the memo was made (path → bytes key), not read again.
    public func plan(memo memoSource: MemoSource, previous: SitePlan? = nil, unchanged: [String: String] = [:]) -> (SitePlan?, BuildReport) {
        var report = BuildReport()
        var clock = StageClock()

        var (loaded, loadProblems) = SiteLoader(root: options.root).load(unchanged: unchanged)
        report.diagnostics += loadProblems
        report.stages.append(("load", clock.lap()))
        report.residentMB["load"] = ResidentMemory.megabytes()
        guard var source = loaded, report.succeeded || options.checkOnly else { return (nil, report) }
        loaded = nil
        report.sourceFiles = source.articles.count

        var (config, configProblems) = SiteConfigParser.parse(source.configText)
        report.diagnostics += configProblems
        let configUsable = !configProblems.contains { $0.severity == .error }
        if let override = options.baseURL {
            if let url = SiteConfigParser.normalizeBaseURL(override) {
                config.baseURL = url
            } else {
                report.diagnostics.append(.error(
                    SourceLocation(path: "--base-url"), vi: "`--base-url` phải bắt đầu bằng http:// hoặc https://.",
                    en: "`--base-url` must start with http:// or https://."))
            }
        }
        var options = self.options
        if let text = options.nowText {
            switch DateParser.parse(text, timeZone: config.timeZone) {
            case .success(let date): options.now = date.epochSeconds
            case .failure(let problem):
                report.diagnostics.append(.error(
                    SourceLocation(path: "--now"), vi: problem.vi, en: problem.en, hintVI: problem.hintVI, hintEN: problem.hintEN))
            }
        }
        let (theme, themeProblems) = ThemeTemplates.compile(
            source.templates, constants: TemplateConstants(config: config), skeletons: options.templateSkeletons)
        report.diagnostics += themeProblems
        report.stages.append(("config", clock.lap()))
        report.residentMB["config"] = ResidentMemory.megabytes()
        // A broken theme does not stop the articles from being checked: every problem in one run.
        guard configUsable else { return (nil, report) }

        // The raw bytes of the articles are dropped once parsed: at 100,000 articles they are
        // hundreds of megabytes the rest of the build never reads.
        let articleFiles = source.articles
        source.articles = []
        // What parsing gave last time (`ArticleMemo`), when made with the same settings: files
        // whose bytes did not change are not parsed again.
        let memoSettings = options.useCache || memoSource.inMemory
            ? ArticleMemo.settings(program: ProgramStamp.current, configText: source.configText, baseURL: options.baseURL) : nil
        var keptMemo: ArticleMemo?
        switch memoSource {
        case .disk: keptMemo = memoSettings.flatMap { ArticleMemoFile.load(ArticleMemoFile.path(root: options.root), settings: $0) }
        case .memory(let memo): keptMemo = memo
        case .none: keptMemo = nil
        }
        var assembled = ArticleAssembler(
            config: config, includeDrafts: options.includeDrafts, now: options.now, checkEverything: options.checkOnly
        ).assemble(
            source, files: consume articleFiles, memo: keptMemo, memoSettings: memoSettings,
            reread: { [root = options.root] path in FileBytes.read(root + "/" + path) })
        keptMemo = nil
        report.reusedSources = assembled.reusedSources
        report.reusedBodies = assembled.reusedBodies
        report.bodiesBuilt = assembled.bodiesBuilt
        let memoChanged = assembled.memoChanged
        let memo = memoChanged || memoSource.inMemory ? assembled.memo : nil
        assembled.memo = nil
        report.diagnostics += assembled.diagnostics
        progress?("parse", assembled.articles.count, report.seconds + clock.peek())
        report.states = assembled.states
        report.nextChange = assembled.nextChange
        report.stages.append(("parse", clock.lap()))
        report.residentMB["parse"] = ResidentMemory.megabytes()
        // `check` goes on past errors to find the clashes that only rendering shows.
        guard let theme, report.succeeded || options.checkOnly else { return (nil, report) }

        let index = SiteIndex(articles: assembled.articles, config: config)
        report.stages.append(("index", clock.lap()))
        report.residentMB["index"] = ResidentMemory.megabytes()

        // The HTML pages are listed, not rendered: their paths are checked first, then each is
        // rendered and written by the same worker, so the site never sits whole in memory.
        let renderer = PageRenderer(
            config: config, index: index, templates: theme, draftsShown: options.includeDrafts, reusing: previous?.renderer)
        let jobs = renderer.jobs()
        var smallPages = FeedRenderer(config: config, index: index).renderAll()
        smallPages += SitemapRenderer(config: config, index: index).renderAll()
        let redirects = RedirectRenderer(config: config, index: index, templates: theme)
        let redirectPages = redirects.renderAll()
        let paths = jobs.map { renderer.path(of: $0) } + smallPages.map(\.path)
        let redirectList = redirects.redirects()
        report.diagnostics += OutputClashes.check(paths: paths, redirects: redirectList)
        // Links written as site paths or the site's own address must lead to something built.
        let outputs = paths + redirectPages.map(\.path) + assembled.media.map(\.outputPath)
            + source.themeStatic.map { "assets/" + $0.path.dropFirst("theme/static/".count) }
        let queryAliases = redirectList.map(\.alias).filter { $0.contains("?") }
        report.diagnostics += SiteLinkCheck(outputs: outputs, basePath: config.basePath, queryAliases: queryAliases)
            .check(index.articles)
        smallPages += redirectPages
        report.articles = index.articles.count
        report.pages = jobs.count + smallPages.count
        report.stages.append(("plan", clock.lap()))
        report.residentMB["plan"] = ResidentMemory.megabytes()
        guard report.succeeded, !options.checkOnly else { return (nil, report) }

        var copies: [(from: String, to: String)] = []
        for file in assembled.media {
            if let asset = source.contentFiles[file.sourcePath] { copies.append((asset.absolutePath, file.outputPath)) }
        }
        for asset in source.themeStatic {
            copies.append((asset.absolutePath, "assets/" + asset.path.dropFirst("theme/static/".count)))
        }
        let plan = SitePlan(
            options: options, config: config, theme: theme, index: index, renderer: renderer, jobs: jobs,
            smallPages: smallPages, copies: copies, memo: memo, memoChanged: memoChanged, resolver: assembled.resolver)
        return (plan, report)
    }
}
