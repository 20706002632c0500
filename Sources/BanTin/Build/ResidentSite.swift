import Foundation

/// A site kept in memory between changes, for `bantin serve`: the parsed articles (the memo),
/// the index and the list of pages stay; after a change only the changed files are parsed again,
/// the index and the page list are made again from memory, and each page is rendered when it is
/// asked for, from the same values and templates as `bantin build`, so it has the same bytes.
///
/// Nothing is written to disk. A change that brings errors keeps the last good site served,
/// with the errors in `report`.
public struct ResidentSite: Sendable {
    /// Grows by one with every update.
    public let version: Int
    /// The report of the last update (its errors, when it failed).
    public let report: BuildReport
    /// The last good plan (nil until one build succeeded).
    let plan: SitePlan?
    /// Parsed articles, for the next update.
    let memo: ArticleMemo?
    /// Output path → what answers it.
    let entries: [String: Entry]
    /// The search index files, made on the first request for one of them (a whole index at
    /// 10,000 articles takes seconds: most previews never search).
    let search: LazySearchFiles?
    /// Sizes and times of every source file when the site was read, to see what changed.
    let stamps: SiteFingerprint?
    /// Position in the index of each built article, by source path.
    let positions: [String: Int]
    /// The options the site was built with (another set means a full build).
    let optionsKey: String

    /// What answers one output path.
    enum Entry: Sendable {
        case job(Int)
        case small(Int)
        case copy(String)
    }

    /// An empty site (nothing built yet).
    public init() {
        version = 0
        report = BuildReport()
        plan = nil
        memo = nil
        entries = [:]
        search = nil
        stamps = nil
        positions = [:]
        optionsKey = ""
    }

    init(version: Int, report: BuildReport, plan: SitePlan?, memo: ArticleMemo?, stamps: SiteFingerprint?, optionsKey: String) {
        self.version = version
        self.report = report
        self.plan = plan
        self.memo = memo
        self.stamps = stamps
        self.optionsKey = optionsKey
        var positions: [String: Int] = [:]
        for (position, article) in (plan?.index.articles ?? []).enumerated() { positions[article.sourcePath] = position }
        self.positions = positions
        var entries: [String: Entry] = [:]
        if let plan {
            entries.reserveCapacity(plan.jobs.count + plan.smallPages.count + plan.copies.count)
            for copy in plan.copies { entries[copy.to] = .copy(copy.from) }
            for (position, page) in plan.smallPages.enumerated() { entries[page.path] = .small(position) }
            for (position, job) in plan.jobs.enumerated() { entries[plan.renderer.path(of: job)] = .job(position) }
        }
        self.entries = entries
        search = plan.flatMap { plan in plan.renderer.hasSearchPage ? LazySearchFiles(plan: plan) : nil }
    }

    /// Builds the site again with `options` (its output is ignored), reusing what `self` parsed.
    /// An edit that changed only the bodies of built articles (not their title, summary, date,
    /// tags, pictures or anything else a list, feed or other page shows) takes a short way: those
    /// bodies are built again and put in place, and nothing else is made again.
    public func updated(options: BuildOptions) -> ResidentSite {
        var options = options
        options.useCache = false
        let key = Self.key(of: options)
        let stamps = SiteFingerprint.read(root: options.root)
        if key == optionsKey, stamps == self.stamps, plan != nil, report.succeeded { return self }  // nothing changed
        if key == optionsKey, let edited = bodyEdit(stamps: stamps) { return edited }
        // Article files whose size and time did not change are not read again.
        var unchanged: [String: String] = [:]
        if key == optionsKey, let old = self.stamps, let memo {
            for (path, entry) in memo.entries where path.hasSuffix(".md") && old.value[path] != nil && old.value[path] == stamps.value[path] {
                unchanged[path] = entry.bytesKey
            }
        }
        let (planned, report) = SiteBuilder(options: options).plan(memo: .memory(memo), previous: plan, unchanged: unchanged)
        guard let planned else {
            // The last good site stays served; what was parsed is kept for the next try.
            return ResidentSite(
                version: version + 1, report: report, plan: plan, memo: memo, entries: entries, search: search,
                stamps: nil, positions: positions, optionsKey: optionsKey)
        }
        var plan = planned
        let memo = plan.memo
        plan.memo = nil
        var done = report
        done.files = plan.copies.count
        return ResidentSite(version: version + 1, report: done, plan: plan, memo: memo, stamps: stamps, optionsKey: key)
    }

    static func key(of options: BuildOptions) -> String {
        [options.root, "\(options.includeDrafts)", options.baseURL ?? "", options.nowText ?? "", "\(options.now)"].joined(separator: "\u{0}")
    }

    init(
        version: Int, report: BuildReport, plan: SitePlan?, memo: ArticleMemo?, entries: [String: Entry], search: LazySearchFiles?,
        stamps: SiteFingerprint?, positions: [String: Int], optionsKey: String
    ) {
        self.version = version
        self.report = report
        self.plan = plan
        self.memo = memo
        self.entries = entries
        self.search = search
        self.stamps = stamps
        self.positions = positions
        self.optionsKey = optionsKey
    }

    /// Whether a site has been built (the first update may fail).
    public var hasSite: Bool { plan != nil }

    /// The bytes of the output file at `path` (relative to the output folder, as `bantin build`
    /// writes it: `thoi-su/bai/index.html`), or nil when the site has no such file.
    public func file(at path: String) -> [UInt8]? {
        guard let plan else { return nil }
        switch entries[path] {
        case .job(let position)?:
            guard plan.jobs.indices.contains(position) else { return nil }
            return Array(plan.renderer.render(plan.jobs[position]).contents.utf8)
        case .small(let position)?:
            guard plan.smallPages.indices.contains(position) else { return nil }
            return Array(plan.smallPages[position].contents.utf8)
        case .copy(let source)?:
            return FileBytes.read(source)
        case nil:
            guard path.hasPrefix(SearchIndexFiles.folder), let search else { return nil }
            return search.files()[path]
        }
    }

    /// Whether `path` names a folder of the site (so `path/index.html` answers it).
    public func isFolder(_ path: String) -> Bool {
        entries[path.isEmpty ? "index.html" : path + "/index.html"] != nil
    }

    /// Every output path (the search index's files included), sorted.
    public var paths: [String] {
        var all = Array(entries.keys)
        if let search { all += search.files().keys }
        return all.sorted()
    }
}

/// The search index files of one plan, made once, on first use, by whichever thread asks first.
final class LazySearchFiles: @unchecked Sendable {
    private let lock = NSLock()
    private let plan: SitePlan
    private var made: [String: [UInt8]]?

    init(plan: SitePlan) { self.plan = plan }

    func files() -> [String: [UInt8]] {
        lock.lock()
        defer { lock.unlock() }
        if let made { return made }
        let pages = SearchIndexFiles(index: SearchIndex(index: plan.index, config: plan.config), config: plan.config).render()
        var files: [String: [UInt8]] = [:]
        for page in pages { files[page.path] = Array(page.contents.utf8) }
        made = files
        return files
    }
}
