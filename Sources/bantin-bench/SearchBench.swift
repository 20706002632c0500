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
    var search: SearchIndex?
    let cpuBefore = cpuSeconds()
    let indexTime = seconds { search = SearchIndex(index: index, config: config) }
    let indexCPU = cpuSeconds() - cpuBefore
    guard let built = search else { return }
    var files: [RenderedPage] = []
    let fileTime = seconds { files = SearchIndexFiles(index: built, config: config).render() }
    let bytes = files.reduce(0) { $0 + $1.contents.utf8.count }
    let postings = built.terms.reduce(0) { total, term in total + term.forms.reduce(0) { $0 + $1.postings.count } }
    print(String(format: "articles %d  terms %d  postings %d  index %.2f s (CPU %.2f s)  files %.2f s  %d files, %.1f MB  peak %.0f MB",
                 index.articles.count, built.terms.count, postings, indexTime, indexCPU, fileTime, files.count,
                 Double(bytes) / 1e6, peakMemoryMB()))
}

/// CPU time of the whole process (all threads), in seconds.
func cpuSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}
