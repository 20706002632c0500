import Foundation

// bantin-corpus: writes a large, realistic bantin site for benchmarks. See CorpusOptions.usage.
let clock = ContinuousClock()
let started = clock.now
do throws(CorpusError) {
    guard let options = try CorpusOptions.parse(Array(CommandLine.arguments.dropFirst())) else {
        print(CorpusOptions.usage)
        exit(0)
    }
    let summary = try CorpusGenerator(options: options).run()
    let elapsed = started.duration(to: clock.now)
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    print("bantin-corpus: wrote \(summary.articles) articles, \(summary.bytes) bytes "
        + "in \(String(format: "%.2f", seconds)) s to \(options.output)")
} catch {
    FileHandle.standardError.write(Data("bantin-corpus: error: \(error)\n".utf8))
    exit(error.isUsage ? 2 : 1)
}
