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
        var (planned, report) = plan(memo: .disk)
        guard var site = planned, report.succeeded, !options.checkOnly else { return report.sorted() }
        planned = nil
        var clock = StageClock()
        let options = site.options
        let config = site.config
        let index = site.index
        let theme = site.theme
        let renderer = site.renderer
        let jobs = site.jobs
        var smallPages = site.smallPages
        site.smallPages = []
        let memo = site.memo
        site.memo = nil
        let memoFile = ArticleMemoFile.path(root: options.root)
        let copies = site.copies
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
            // The replaced output, kept in the state folder, is described by the previous cache.
            if staging.keepPrevious, previousValid, let kept = writer.backFolder, SiteWriter.isFolder(kept) { previous.save(backFile) }
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
