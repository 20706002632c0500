import Foundation

/// The pipeline: Load → Config → Theme → Parse → Index → Render → Write, each stage timed.
/// A stage that reports errors stops the build before anything is written.
public struct SiteBuilder: Sendable {
    public var options: BuildOptions
    /// Told after each stage (name, items done, seconds since the start), for progress on a terminal.
    public var progress: (@Sendable (_ stage: String, _ items: Int, _ elapsed: Double) -> Void)?

    public init(options: BuildOptions, progress: (@Sendable (_ stage: String, _ items: Int, _ elapsed: Double) -> Void)? = nil) {
        self.options = options
        self.progress = progress
    }

    public func build() -> BuildReport {
        var report = BuildReport()
        var clock = StageClock()

        var (loaded, loadProblems) = SiteLoader(root: options.root).load()
        report.diagnostics += loadProblems
        report.stages.append(("load", clock.lap()))
        report.residentMB["load"] = ResidentMemory.megabytes()
        guard var source = loaded, report.succeeded || options.checkOnly else { return report.sorted() }
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
        guard configUsable else { return report.sorted() }

        // The raw bytes of the articles are dropped once parsed: at 100,000 articles they are
        // hundreds of megabytes the rest of the build never reads.
        let articleFiles = source.articles
        source.articles = []
        // What parsing gave last time (`ArticleMemo`), when made with the same settings: files
        // whose bytes did not change are not parsed again.
        let memoFile = ArticleMemoFile.path(root: options.root)
        let memoSettings = options.useCache
            ? ArticleMemo.settings(program: ProgramStamp.current, configText: source.configText, baseURL: options.baseURL) : nil
        var keptMemo = memoSettings.flatMap { ArticleMemoFile.load(memoFile, settings: $0) }
        var assembled = ArticleAssembler(
            config: config, includeDrafts: options.includeDrafts, now: options.now, checkEverything: options.checkOnly
        ).assemble(
            source, files: consume articleFiles, memo: keptMemo, memoSettings: memoSettings,
            reread: { [root = options.root] path in FileBytes.read(root + "/" + path) })
        keptMemo = nil
        report.reusedSources = assembled.reusedSources
        report.reusedBodies = assembled.reusedBodies
        report.bodiesBuilt = assembled.bodiesBuilt
        let memo = assembled.memoChanged ? assembled.memo : nil
        assembled.memo = nil
        report.diagnostics += assembled.diagnostics
        progress?("parse", assembled.articles.count, report.seconds + clock.peek())
        report.states = assembled.states
        report.nextChange = assembled.nextChange
        report.stages.append(("parse", clock.lap()))
        report.residentMB["parse"] = ResidentMemory.megabytes()
        // `check` goes on past errors to find the clashes that only rendering shows.
        guard let theme, report.succeeded || options.checkOnly else { return report.sorted() }

        let index = SiteIndex(articles: assembled.articles, config: config)
        report.stages.append(("index", clock.lap()))
        report.residentMB["index"] = ResidentMemory.megabytes()

        // The HTML pages are listed, not rendered: their paths are checked first, then each is
        // rendered and written by the same worker, so the site never sits whole in memory.
        let renderer = PageRenderer(config: config, index: index, templates: theme, draftsShown: options.includeDrafts)
        let jobs = renderer.jobs()
        var smallPages = FeedRenderer(config: config, index: index).renderAll()
        smallPages += SitemapRenderer(config: config, index: index).renderAll()
        let redirects = RedirectRenderer(config: config, index: index, templates: theme)
        let redirectPages = redirects.renderAll()
        let paths = jobs.map { renderer.path(of: $0) } + smallPages.map(\.path)
        report.diagnostics += OutputClashes.check(paths: paths, redirects: redirects.redirects())
        // Links written as site paths or the site's own address must lead to something built.
        let outputs = paths + redirectPages.map(\.path) + assembled.media.map(\.outputPath)
            + source.themeStatic.map { "assets/" + $0.path.dropFirst("theme/static/".count) }
        report.diagnostics += SiteLinkCheck(outputs: outputs, basePath: config.basePath).check(index.articles)
        smallPages += redirectPages
        report.articles = index.articles.count
        report.pages = jobs.count + smallPages.count
        report.stages.append(("plan", clock.lap()))
        report.residentMB["plan"] = ResidentMemory.megabytes()
        guard report.succeeded, !options.checkOnly else { return report.sorted() }


        var copies: [(from: String, to: String)] = []
        for file in assembled.media {
            if let asset = source.contentFiles[file.sourcePath] { copies.append((asset.absolutePath, file.outputPath)) }
        }
        for asset in source.themeStatic {
            copies.append((asset.absolutePath, "assets/" + asset.path.dropFirst("theme/static/".count)))
        }
        report.files += copies.count
        // Each output file gets a key from everything it is made of; an unchanged key means the
        // previous file is linked into the new output instead of rendered and written again.
        let cacheFile = BuildCache.file(root: options.root, output: options.outputFolder)
        let backFile = BuildCache.backFile(root: options.root, output: options.outputFolder)
        let previousValid = options.useCache && BuildCache.isValid(cacheFile)
        let previous = previousValid ? BuildCache.load(cacheFile) : BuildCache()
        let writer = SiteWriter(output: options.outputFolder, siteRoot: options.root)
        let staging: StagingFolder
        let back: BuildCache
        switch writer.prepare(recycling: options.useCache ? backFile : nil) {
        case .success(let prepared):
            staging = prepared.staging
            back = prepared.back ?? BuildCache()
        case .failure(let problem):
            report.diagnostics.append(problem)
            return report.sorted()
        }
        // Saved once the output folder is accepted (a refused build leaves the site as it was),
        // beside the rendering.
        let memoSaved = memo.map { memo in BackgroundWork { ArticleMemoFile.save(memo, to: memoFile) } }
        defer { _ = memoSaved?.wait() }
        let salt = BuildCache.formatVersion
        // A cache entry is "input-key output-hash". Same input key: the old file is linked, not
        // rendered. Otherwise the page is rendered; if its bytes equal the old ones it is still
        // linked, so only files whose bytes change are ever rewritten. Building into the folder
        // kept from the build before, a file that already has the wanted bytes is left alone.
        @Sendable func store(_ path: String, _ inputKey: String, _ render: () -> RenderedPage) -> (String, String, Diagnostic?, Bool) {
            let old = previous.keys[path]?.split(separator: " ").map(String.init) ?? []
            if old.first == inputKey, old.count == 2, staging.reuse(path) { return (path, inputKey + " " + old[1], nil, false) }
            let kept = back.keys[path]?.split(separator: " ").map(String.init) ?? []
            if kept.first == inputKey, kept.count == 2 {
                if old.count == 2, old[1] == kept[1], staging.reuse(path) { return (path, inputKey + " " + kept[1], nil, false) }
                if staging.holds(path) { return (path, inputKey + " " + kept[1], nil, true) }
            }
            let page = render()
            let outputHash = ContentHash.hex(page.contents)
            let entry = inputKey + " " + outputHash
            if old.count == 2, old[1] == outputHash, staging.reuse(path) { return (path, entry, nil, false) }
            if kept.count == 2, kept[1] == outputHash, staging.holds(path) { return (path, entry, nil, true) }
            return (path, entry, staging.write(page), true)
        }
        @Sendable func storeWhole(_ page: RenderedPage) -> (String, String, Diagnostic?, Bool) {
            store(page.path, ContentHash.hex(salt + page.contents), { page })
        }
        // The search index, as small files written with the pages (when the theme has a search
        // page). It is built and written on its own thread while the pages render: part of it
        // is serial, and its files leave memory as soon as they are written.
        // When nothing the index is made from changed, the previous files are kept as they are.
        let searchConfig = config
        let searchKey = renderer.hasSearchPage ? SearchInputKey.of(index: index, config: config, salt: salt) : ""
        var searchKept: [(String, String, Diagnostic?, Bool)]?
        if renderer.hasSearchPage, previous.keys[BuildCache.searchInputEntry] == searchKey {
            let paths = previous.keys.keys.filter { $0.hasPrefix(SearchIndexFiles.folder) }.sorted()
            let kept = paths.compactMap { path in
                previous.keys[path].flatMap { entry in staging.reuse(path) ? (path, entry, nil as Diagnostic?, false) : nil }
            }
            if !paths.isEmpty, kept.count == paths.count { searchKept = kept }
        }
        let search: BackgroundWork<[(String, String, Diagnostic?, Bool)]>? = renderer.hasSearchPage && searchKept == nil
            ? BackgroundWork { SearchIndexFiles(index: SearchIndex(index: index, config: searchConfig), config: searchConfig).render(each: storeWhole) }
            : nil
        // Feeds, sitemaps and redirects first, so they leave memory before the pages render.
        let smallWritten = smallPages.parallelMap(storeWhole)
        smallPages = []
        let useCache = options.useCache
        let pagesWritten = jobs.parallelMap { job -> (String, String, Diagnostic?, Bool) in
            let plan = renderer.plan(job)
            // Without the cache (`--no-cache`) no key is computed: every page is rendered anyway.
            let key = useCache ? theme.fingerprint(of: plan, salt: salt + theme.fingerprint(of: plan.template)) : "-"
            return store(plan.path, key, { renderer.render(plan) })
        }
        var searchWritten: [(String, String, Diagnostic?, Bool)] = searchKept ?? []
        report.files += searchWritten.count
        if let search {
            searchWritten = search.wait()
            report.files += searchWritten.count
            report.sideStages.append(("search, beside render", search.seconds))
        }
        let written = pagesWritten + smallWritten + searchWritten + copies.map { copy -> (String, String, Diagnostic?, Bool) in
            let key = ContentHash.hex(salt + copy.from + "\u{0}" + FileStamp.of(copy.from)) + " -"
            if previous.keys[copy.to] == key, staging.reuse(copy.to) { return (copy.to, key, nil, false) }
            if back.keys[copy.to] == key, staging.holds(copy.to) { return (copy.to, key, nil, true) }
            return (copy.to, key, staging.copy(from: copy.from, to: copy.to), true)
        }
        // Files of the kept folder that the new site does not have.
        if staging.recycled {
            let paths = Set(written.map(\.0))
            staging.remove(back.keys.keys.filter { !paths.contains($0) }.sorted())
        }
        let failures = written.compactMap(\.2)
        report.rewritten = written.filter(\.3).count
        report.stages.append(("render+write", clock.lap()))
        report.residentMB["render+write"] = ResidentMemory.megabytes()
        progress?("render", report.pages, report.seconds)
        if let failure = failures.first {
            staging.discard()
            report.diagnostics.append(failure)
        } else if let failure = staging.commit() {
            report.diagnostics.append(failure)
        } else {
            var keys: [String: String] = [:]
            for (path, key, _, _) in written { keys[path] = key }
            if !searchKey.isEmpty { keys[BuildCache.searchInputEntry] = searchKey }
            BuildCache(keys: keys).save(cacheFile)
            // The replaced output, kept beside it, is described by the previous cache.
            if staging.keepPrevious, previousValid, SiteWriter.isFolder(writer.backFolder) { previous.save(backFile) }
        }
        report.stages.append(("swap", clock.lap()))
        report.residentMB["swap"] = ResidentMemory.megabytes()
        return report.sorted()
    }
}

extension BuildReport {
    fileprivate func sorted() -> BuildReport {
        var copy = self
        copy.diagnostics.sort()
        return copy
    }
}

/// Measures the time between laps with a monotonic clock.
struct StageClock {
    private var last = DispatchTime.now().uptimeNanoseconds

    /// Seconds since the last lap, without starting a new one.
    func peek() -> Double { Double(DispatchTime.now().uptimeNanoseconds - last) / 1e9 }

    mutating func lap() -> Double {
        let now = DispatchTime.now().uptimeNanoseconds
        defer { last = now }
        return Double(now - last) / 1e9
    }
}
