import BanTin
import Foundation

/// `bantin-bench pages SITE`: each stage of a build of a real site folder, one core, and the
/// time of each kind of page (plan = the values, render = the template), per page. Page times are
/// the thread's CPU time, so other work on the machine disturbs them less than wall time.
func pagesBenchmark(root: String) {
    var source: SiteSource?
    var config = SiteConfig()
    let load = seconds {
        source = SiteLoader(root: root).load().0
        if let text = source?.configText { config = SiteConfigParser.parse(text).0 }
    }
    guard let source else { return print("cannot load \(root)") }
    var theme: ThemeTemplates?
    _ = seconds { theme = ThemeTemplates.compile(
            source.templates, constants: TemplateConstants(config: config),
            skeletons: ProcessInfo.processInfo.environment["BANTIN_SKELETONS"] != "0").0 }
    guard let theme else { return print("theme does not compile") }
    var assembled: ArticleAssembler.Result?
    let parseCPUStart = processCPUSeconds()
    let parse = seconds { assembled = ArticleAssembler(config: config, includeDrafts: false, now: 0).assemble(source) }
    let parseCPU = processCPUSeconds() - parseCPUStart
    guard let articles = assembled?.articles else { return }
    if ProcessInfo.processInfo.environment["BENCH_ONLY"] == "parse" {
        return print(String(format: "parse: %.2f s CPU, %.0f µs per article", parseCPU, parseCPU / Double(max(1, articles.count)) * 1e6))
    }
    var index: SiteIndex?
    let indexing = seconds { index = SiteIndex(articles: articles, config: config) }
    guard let index else { return }
    var renderer: PageRenderer?
    let teasers = seconds { renderer = PageRenderer(config: config, index: index, templates: theme) }
    guard let renderer else { return }
    print(String(format: "parse: %.2f s CPU, %.0f µs per article", parseCPU, parseCPU / Double(max(1, articles.count)) * 1e6))
    print(String(format: "load %.2f s, parse %.2f s (parallel), index %.2f s, renderer+teasers %.2f s (parallel)", load, parse, indexing, teasers))
    var kinds: [String: (count: Int, plan: Double, render: Double, bytes: Int)] = [:]
    let only = ProcessInfo.processInfo.environment["BENCH_ONLY"] ?? ""
    if let repeats = Int(ProcessInfo.processInfo.environment["BENCH_REPEAT"] ?? "") {
        // One page of the chosen kind rendered again and again: the steady cost of its template.
        for job in renderer.jobs() {
            let kind = pageKind(job)
            guard only.isEmpty || kind.hasPrefix(only) else { continue }
            let plan = renderer.plan(job)
            var bytes = 0
            let time = cpuSeconds { for _ in 0..<repeats { bytes = renderer.render(plan).contents.utf8.count } }
            print("skeletons: \(theme.skeletonStatistics)")
            return print(String(format: "%@ %@: %.1f µs per render, %d bytes", kind, plan.path, time / Double(repeats) * 1e6, bytes))
        }
        return
    }
    for job in renderer.jobs() {
        let kind = pageKind(job)
        if !only.isEmpty, !kind.hasPrefix(only) { continue }
        var plan: PagePlan?
        let planTime = cpuSeconds { plan = renderer.plan(job) }
        guard let plan else { continue }
        var bytes = 0
        let renderTime = cpuSeconds { bytes = renderer.render(plan).contents.utf8.count }
        var entry = kinds[kind] ?? (0, 0, 0, 0)
        entry.count += 1
        entry.plan += planTime
        entry.render += renderTime
        entry.bytes += bytes
        kinds[kind] = entry
    }
    print("skeletons: \(theme.skeletonStatistics)")
    print("kind            pages   plan µs/page  render µs/page  KB/page  total s")
    for (kind, entry) in kinds.sorted(by: { $0.key < $1.key }) {
        let n = Double(entry.count)
        print(String(format: "%-14@ %6d  %12.1f  %14.1f  %7.1f  %7.2f", kind as NSString, entry.count,
                     entry.plan / n * 1e6, entry.render / n * 1e6, Double(entry.bytes) / n / 1024, entry.plan + entry.render))
    }
}

/// The kind a page is counted under: "article", "list-tag", … or "other".
func pageKind(_ job: PageRenderer.Job) -> String {
    switch job {
    case .article: return "article"
    case .list(let list, _): return "list-\(list.kind)"
    default: return "other"
    }
}

func cpuSeconds(_ work: () -> Void) -> Double {
    var start = timespec(), end = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &start)
    work()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &end)
    return Double(end.tv_sec - start.tv_sec) + Double(end.tv_nsec - start.tv_nsec) / 1e9
}

func processCPUSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}
