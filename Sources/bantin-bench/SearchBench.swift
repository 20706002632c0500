import BanTin
import Foundation

/// Loads and parses the site at `root`, then times the search index and its files.
func searchBench(root: String) {
    let (loaded, _) = SiteLoader(root: root).load()
    guard let source = loaded else {
        print("cannot load \(root)")
        return
    }
    let (config, _) = SiteConfigParser.parse(source.configText)
    let assembled = ArticleAssembler(config: config, includeDrafts: false, now: Int64(Date().timeIntervalSince1970))
        .assemble(source)
    let index = SiteIndex(articles: assembled.articles, config: config)
    let loadedPeak = peakMemoryMB()
    var search: SearchIndex?
    // BENCH_SEARCH_RUNS=n builds the index n times and keeps the best times: the machine is shared.
    let runs = max(1, Int(ProcessInfo.processInfo.environment["BENCH_SEARCH_RUNS"] ?? "") ?? 1)
    var indexTime = Double.infinity, indexCPU = Double.infinity
    for _ in 0..<runs {
        search = nil
        let cpuBefore = cpuSeconds()
        indexTime = min(indexTime, seconds { search = SearchIndex(index: index, config: config) })
        indexCPU = min(indexCPU, cpuSeconds() - cpuBefore)
    }
    guard let built = search else { return }
    var files: [RenderedPage] = []
    let fileTime = seconds { files = SearchIndexFiles(index: built, config: config).render() }
    let bytes = files.reduce(0) { $0 + $1.contents.utf8.count }
    let postings = built.terms.reduce(0) { total, term in total + term.forms.reduce(0) { $0 + $1.postingCount } }
    print(String(format: "articles %d  terms %d  postings %d  index %.2f s (CPU %.2f s)  files %.2f s  %d files, %.1f MB  peak %.0f MB (%.0f MB before the index)",
                 index.articles.count, built.terms.count, postings, indexTime, indexCPU, fileTime, files.count,
                 Double(bytes) / 1e6, peakMemoryMB(), loadedPeak))
    if let folder = ProcessInfo.processInfo.environment["BENCH_SEARCH_OUT"], !folder.isEmpty { write(files, to: folder) }
}

/// Writes each file under `folder` (`BENCH_SEARCH_OUT`), to compare the output of two versions
/// of the index with `diff -r`; after the timings, so the writing is not measured.
func write(_ files: [RenderedPage], to folder: String) {
    let manager = FileManager.default
    for file in files {
        let url = URL(fileURLWithPath: folder).appendingPathComponent(file.path)
        do {
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.contents.utf8).write(to: url)
        } catch {
            print("cannot write \(url.path): \(error)")
            return
        }
    }
}

/// CPU time of the whole process (all threads), in seconds.
func cpuSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}
