import BanTin
import Foundation

/// `bantin-bench urls SITE`: every article's file and URL, one "path<TAB>url" line each, sorted,
/// then the problems found; for checking that URLs stay put when articles are added.
func urlList(root: String) {
    let (loaded, problems) = SiteLoader(root: root).load()
    guard let source = loaded else {
        for problem in problems { FileHandle.standardError.write(Data((problem.formatted + "\n").utf8)) }
        exit(1)
    }
    let (config, configProblems) = SiteConfigParser.parse(source.configText)
    let result = ArticleAssembler(config: config, includeDrafts: true, now: Int64(Date().timeIntervalSince1970)).assemble(source)
    for line in result.articles.map({ "\($0.sourcePath)\t/\($0.path)" }).sorted() { print(line) }
    let all = problems + configProblems + result.diagnostics
    for problem in all { FileHandle.standardError.write(Data((problem.formatted + "\n").utf8)) }
    exit(all.contains { $0.severity == .error } ? 1 : 0)
}
