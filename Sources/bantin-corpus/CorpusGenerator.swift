import Foundation

/// Writes a whole corpus: plans every article, then renders and writes the files in parallel
/// chunks (each article has its own generator, so the bytes do not depend on scheduling).
struct CorpusGenerator {
    /// What to generate and where.
    let options: CorpusOptions

    /// Result of a run.
    struct Summary {
        /// Number of article files written.
        let articles: Int
        /// Bytes written: `site.yml` and the articles (not the copied theme).
        let bytes: Int
    }

    /// Generates the corpus into `options.output`.
    func run() throws(CorpusError) -> Summary {
        let folder = OutputFolder(path: options.output)
        try folder.prepare()
        let config = Array(SiteConfigFile.text().utf8)
        try RawFile.write(config, to: folder.file("site.yml"))
        if let theme = options.theme { try folder.copyTheme(from: theme) }
        try folder.createContentFolders(Vocabulary.categories.map(\.slug))

        let plans = CorpusPlanner(count: options.count, seed: options.seed, repeatTitles: options.repeatTitles).plan()
        let tally = WriteTally()
        tally.add(bytes: config.count)
        let chunkSize = 256
        let chunks = (plans.count + chunkSize - 1) / chunkSize
        let seed = options.seed
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let range = (chunk * chunkSize)..<min(plans.count, (chunk + 1) * chunkSize)
            var buffer: [UInt8] = []
            buffer.reserveCapacity(16_384)
            var written = 0
            for index in range {
                if tally.error != nil { return }
                let plan = plans[index]
                buffer.removeAll(keepingCapacity: true)
                ArticleFile.append(plan, plans: plans, seed: seed, index: index, to: &buffer)
                let path = folder.file(
                    "content/\(Vocabulary.categories[plan.category].slug)/\(plan.slug).md")
                do throws(CorpusError) {
                    try RawFile.write(buffer, to: path)
                } catch {
                    tally.fail(error)
                    return
                }
                written += buffer.count
            }
            tally.add(bytes: written)
        }
        if let error = tally.error { throw error }
        return Summary(articles: plans.count, bytes: tally.bytes)
    }
}
