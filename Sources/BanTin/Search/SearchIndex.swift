/// The search index of a site, built from its `SiteIndex` without touching the disk.
///
/// Every article gets a search id, oldest first (so a newly published article takes the next id
/// and leaves the others, and their files, alone). The index maps each folded syllable ("ho") and
/// each folded pair of neighbouring syllables ("ho ngheo") to its exact forms ("hộ", "hồ";
/// "hộ nghèo"), and each form to the articles that contain it, with a small weight. Pairs let a
/// query rank articles where its syllables stand together, as the words of a phrase, above
/// articles where they are scattered, without storing positions.
public struct SearchIndex: Sendable {
    /// What a result shows: one article.
    public struct Document: Sendable, Equatable {
        /// The page's address with the site's base path (or the `redirect:` address).
        public var url: String
        public var title: String
        /// "Thứ 5, Ngày 25/06/2020, 10:00", as on the page.
        public var dateLine: String
        /// Position of the category in `site.yml`.
        public var category: Int
        /// Year of publication in the site's time zone.
        public var year: Int
        /// The start of the summary and body: the text snippets are cut from.
        public var text: String
    }

    /// One exact form of a key, with its postings (see `PostingCodec.pack`), by search id.
    public struct Form: Sendable, Equatable {
        public var exact: String
        public var postings: [UInt32]
    }

    /// A folded syllable or pair and its exact forms, sorted.
    public struct Term: Sendable, Equatable {
        public var key: String
        public var forms: [Form]

        /// A syllable, not a pair.
        public var isSyllable: Bool { !key.contains(" ") }

        /// Articles that contain any form of the key.
        public var documentCount: Int {
            if forms.count == 1 { return forms[0].postings.count }
            var seen = Set<Int>()
            for form in forms { for posting in form.postings { seen.insert(PostingCodec.document(posting)) } }
            return seen.count
        }
    }

    /// Characters of text kept per article for snippets.
    public static let snippetSource = 260
    /// Articles analysed at a time (in parallel), bounding the memory of the build.
    static let batchSize = 2048

    /// By search id: oldest article first.
    public let documents: [Document]
    /// Sorted by key.
    public let terms: [Term]

    public init(index: SiteIndex, config: SiteConfig) {
        let positions = Array(index.articles.indices.reversed())
        let categoryOf = Dictionary(
            config.categories.enumerated().map { ($0.element.slug, $0.offset) }, uniquingKeysWith: { first, _ in first })
        let basePath = config.basePath

        var documents: [Document] = []
        documents.reserveCapacity(positions.count)
        var forms = SearchFormTable()
        var postings: [[UInt32]] = []
        for start in stride(from: 0, to: positions.count, by: Self.batchSize) {
            let count = min(Self.batchSize, positions.count - start)
            let parts = parallelRanges(count: count) { range -> [SearchIndexPart] in
                var part = SearchIndexPart()
                for offset in range {
                    let article = index.articles[positions[start + offset]]
                    part.add(article, document: Self.document(article, basePath: basePath, category: categoryOf))
                }
                return [part]
            }
            for part in parts {
                let local = part.forms
                let global = (0..<local.count).map { id in local.withForm(id) { forms.id(exact: $0, folded: $1) } }
                while postings.count < forms.count { postings.append([]) }
                for (local, document) in part.documents.enumerated() {
                    let id = documents.count
                    documents.append(document)
                    for posting in part.postingRange(of: local) {
                        let (form, weight) = part.posting(posting)
                        postings[global[form]].append(PostingCodec.pack(document: id, weight: weight))
                    }
                }
            }
        }
        var byKey: [String: [Int]] = [:]
        for formID in 0..<forms.count { byKey[forms.folded(formID), default: []].append(formID) }
        self.documents = documents
        self.terms = byKey.keys.sorted().map { key in
            let members = (byKey[key] ?? []).map { (exact: forms.exact($0), id: $0) }.sorted { $0.exact < $1.exact }
            return Term(key: key, forms: members.map { Form(exact: $0.exact, postings: postings[$0.id]) })
        }
    }

    /// What a result shows of an article. Only the start of the text can show in a snippet, so
    /// it is cut before being split into words.
    static func document(_ article: Article, basePath: String, category: [String: Int]) -> Document {
        let opening = article.bodyHTML.isEmpty
            ? "" : String(HTMLPlainText.text(of: String(article.bodyHTML.unicodeScalars.prefix(snippetSource * 6))).unicodeScalars.prefix(snippetSource * 2))
        let source = article.summaryGiven || opening.isEmpty ? article.summary + " " + opening : opening
        return Document(
            url: article.redirect ?? basePath + article.path, title: article.title,
            dateLine: article.date.vietnameseDateLine, category: category[article.category.slug] ?? 0,
            year: article.date.year, text: cut(source, limit: snippetSource))
    }

    /// `text` with white space collapsed, cut at the last space within `limit` scalars, with "…"
    /// when it was cut (as `SummaryText.cut`, on scalars: grapheme breaking cost a tenth of the index).
    static func cut(_ text: String, limit: Int) -> String {
        var result = String.UnicodeScalarView()
        var lastSpace = 0
        var count = 0
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace {
                if count + 1 > limit { break }
                lastSpace = count
                result.append(" ")
                count += 1
                pendingSpace = false
            }
            if count + 1 > limit {
                var cut = String(String.UnicodeScalarView(result.prefix(lastSpace > 0 ? lastSpace : count)))
                while let last = cut.unicodeScalars.last, ",;:–-".unicodeScalars.contains(last) { cut.unicodeScalars.removeLast() }
                return cut + "…"
            }
            result.append(scalar)
            count += 1
        }
        return String(result)
    }
}
