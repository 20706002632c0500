/// Writes the search index as small static JSON files under `tim-kiem/chi-muc/`, so that one query
/// downloads only the parts it needs:
///
/// - `meta.json`: counts, category names, the category of every article (one character each) and
///   the first search id of every year (ids are in date order, so a year is a range of ids);
/// - `t/<n>.json`: the shards. A folded syllable or pair lives in shard `FNV-1a(key) mod shards`;
///   the number of shards is a power of two chosen so a shard holds about `targetShardBytes`.
///   Each key maps `#` to its number of articles, and each exact form to its postings
///   (`PostingCodec`);
/// - `v/<c>.json`: the syllables that begin with the character `c`, with their article counts,
///   to complete the syllable being typed;
/// - `b/<n>.json`: what results show (address, title, date line, text for snippets), by runs of
///   `documentsPerChunk` ids.
///
/// Keys are sorted and numbers written the same way on every run: the bytes depend only on the
/// articles, so the build cache keeps unchanged files.
public struct SearchIndexFiles: Sendable {
    public static let pagePath = "tim-kiem/"
    public static let folder = "tim-kiem/chi-muc/"
    public static let formatVersion = 1
    public static let documentsPerChunk = 8
    public static let targetShardBytes = 24_000
    public static let maxShards = 4096

    public let index: SearchIndex
    public let config: SiteConfig

    public init(index: SearchIndex, config: SiteConfig) {
        self.index = index
        self.config = config
    }

    /// Every file of the index, in a fixed order.
    public func render() -> [RenderedPage] {
        render(each: { $0 })
    }

    /// `each` applied to every file of the index as soon as it is made (on any thread), results
    /// in the fixed order of `render()`: a build writes each file at once, so the index's
    /// hundreds of megabytes of JSON at 100,000 articles never sit in memory together.
    public func render<Result: Sendable>(each: @Sendable (RenderedPage) -> Result) -> [Result] {
        var total = 0
        for term in index.terms {
            total += term.key.utf8.count + 6
            for form in term.forms { total += form.exact.utf8.count + form.postings.utf8.count + 6 }
        }
        let shardCount = Self.shardCount(totalBytes: total)
        var members = [[Int]](repeating: [], count: shardCount)
        for (position, term) in index.terms.enumerated() {
            members[SearchShardKey.shard(of: term.key, count: shardCount)].append(position)
        }
        let terms = index.terms
        let shards = Array(members.enumerated()).parallelMap { shard, positions in
            var out = "{"
            for (count, position) in positions.enumerated() {
                if count > 0 { out += "," }
                JSONText.string(terms[position].key, to: &out)
                out += ":{\"#\":\(terms[position].documentCount)"
                for form in terms[position].forms {
                    out += ","
                    JSONText.string(form.exact, to: &out)
                    out += ":\""
                    out += form.postings
                    out += "\""
                }
                out += "}"
            }
            return each(RenderedPage(path: Self.folder + "t/\(shard).json", contents: out + "}\n"))
        }
        let (vocabularyFiles, vocabularyKeys) = vocabulary()
        return [each(meta(shards: shardCount, vocabulary: vocabularyKeys))] + shards + vocabularyFiles.map(each)
            + documentChunks(each: each)
    }

    /// The smallest power of two that keeps the average shard under `targetShardBytes`.
    static func shardCount(totalBytes: Int) -> Int {
        var count = 1
        while count < maxShards, totalBytes / count > targetShardBytes { count *= 2 }
        return count
    }

    func meta(shards: Int, vocabulary: [String]) -> RenderedPage {
        let wide = config.categories.count > PostingCodec.alphabet.count
        var categories = ""
        for document in index.documents {
            let value = document.category
            if wide { categories.unicodeScalars.append(Unicode.Scalar(PostingCodec.alphabet[(value / 64) % 64])) }
            categories.unicodeScalars.append(Unicode.Scalar(PostingCodec.alphabet[value % 64]))
        }
        var years: [[Int]] = []
        for (id, document) in index.documents.enumerated() where years.last?.first != document.year {
            years.append([document.year, id])
        }
        var out = "{\"version\":\(Self.formatVersion),\"documents\":\(index.documents.count),\"shards\":\(shards)"
        out += ",\"chunk\":\(Self.documentsPerChunk),\"categoryWidth\":\(wide ? 2 : 1),\"categories\":["
        for (position, category) in config.categories.enumerated() {
            if position > 0 { out += "," }
            out += "{\"name\":"
            JSONText.string(category.name, to: &out)
            out += ",\"slug\":"
            JSONText.string(category.slug, to: &out)
            out += "}"
        }
        out += "],\"documentCategories\":"
        JSONText.string(categories, to: &out)
        out += ",\"years\":[" + years.map { "[\($0[0]),\($0[1])]" }.joined(separator: ",") + "],\"vocabulary\":["
        out += vocabulary.map { "\"\($0)\"" }.joined(separator: ",") + "]}\n"
        return RenderedPage(path: Self.folder + "meta.json", contents: out)
    }

    /// The syllables (not pairs) grouped by their first character, with their article counts.
    func vocabulary() -> ([RenderedPage], [String]) {
        var groups: [String: [(String, Int)]] = [:]
        var order: [String] = []
        for term in index.terms where term.isSyllable {
            guard let first = term.key.unicodeScalars.first else { continue }
            let name = Self.vocabularyName(first)
            if groups[name] == nil { order.append(name) }
            groups[name, default: []].append((term.key, term.documentCount))
        }
        order.sort()
        let files = order.map { name -> RenderedPage in
            var out = "["
            for (position, (key, count)) in (groups[name] ?? []).enumerated() {
                if position > 0 { out += "," }
                out += "["
                JSONText.string(key, to: &out)
                out += ",\(count)]"
            }
            return RenderedPage(path: Self.folder + "v/\(name).json", contents: out + "]\n")
        }
        return (files, order)
    }

    /// The file name for syllables that begin with `scalar`: the letter or digit itself, or
    /// `u` and its code point in hexadecimal. `search.js` names them the same way.
    public static func vocabularyName(_ scalar: Unicode.Scalar) -> String {
        let value = scalar.value
        if (0x30...0x39).contains(value) || (0x61...0x7A).contains(value) { return String(scalar) }
        return "u" + String(value, radix: 16)
    }

    func documentChunks<Result: Sendable>(each: @Sendable (RenderedPage) -> Result) -> [Result] {
        let documents = index.documents
        let starts = Array(stride(from: 0, to: documents.count, by: Self.documentsPerChunk))
        return starts.parallelMap { start in
            var out = "["
            for id in start..<min(start + Self.documentsPerChunk, documents.count) {
                let document = documents[id]
                if id > start { out += "," }
                out += "["
                JSONText.string(document.url, to: &out)
                out += ","
                JSONText.string(document.title, to: &out)
                out += ","
                JSONText.string(document.dateLine, to: &out)
                out += ","
                JSONText.string(document.text, to: &out)
                out += "]"
            }
            return each(RenderedPage(path: Self.folder + "b/\(start / Self.documentsPerChunk).json", contents: out + "]\n"))
        }
    }
}
