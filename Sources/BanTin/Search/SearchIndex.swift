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

    /// One exact form of a key, with its postings (see `PostingCodec`), by search id.
    public struct Form: Sendable, Equatable {
        public var exact: String
        /// The postings as `PostingCodec` writes them in the shards: written once, while the
        /// index is merged, they take a third of the memory of packed integers.
        public var postings: String
        public var postingCount: Int
    }

    /// A folded syllable or pair and its exact forms, sorted.
    public struct Term: Sendable, Equatable {
        public var key: String
        public var forms: [Form]
        /// Articles that contain any form of the key (counted while the index is built).
        public var documentCount: Int

        /// A syllable, not a pair.
        public var isSyllable: Bool { !key.contains(" ") }
    }

    /// Characters of text kept per article for snippets.
    public static let snippetSource = 260
    /// Articles analysed at a time (in parallel), bounding the memory of the build.
    static let batchSize = 4096
    /// Articles analysed by one part: each part numbers its forms anew, and the merge looks
    /// each of them up once, so parts of a few hundred articles keep that work small.
    static let partSize = 512

    /// By search id: oldest article first.
    public let documents: [Document]
    /// Sorted by key.
    public let terms: [Term]

    public init(index: SiteIndex, config: SiteConfig) {
        self.init(index: index, config: config, batchSize: Self.batchSize, partSize: Self.partSize)
    }

    /// The index built in batches and parts of the given sizes (tests use small ones: the files
    /// must not depend on them).
    init(index: SiteIndex, config: SiteConfig, batchSize: Int, partSize: Int) {
        let batchSize = max(1, batchSize), partSize = max(1, partSize)
        let positions = Array(index.articles.indices.reversed())
        let categoryOf = Dictionary(
            config.categories.enumerated().map { ($0.element.slug, $0.offset) }, uniquingKeysWith: { first, _ in first })
        let basePath = config.basePath

        var documents: [Document] = []
        documents.reserveCapacity(positions.count)
        var forms = SearchFormTable()
        var keys = SearchFormTable()
        var keyOfForm: [Int] = []
        var postings: [[UInt8]] = []
        var postingCounts: [Int] = []
        var lastDocuments: [Int] = []
        var documentCounts: [Int] = []
        /// Keys whose article count must be taken again from the postings (see below).
        var recount = Set<Int>()
        let empty = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
        for start in stride(from: 0, to: positions.count, by: batchSize) {
            let count = min(batchSize, positions.count - start)
            let partStarts = Array(stride(from: 0, to: count, by: partSize))
            let parts = partStarts.parallelMap { partStart -> SearchIndexPart in
                var part = SearchIndexPart()
                for offset in partStart..<min(partStart + partSize, count) {
                    part.add(index.articles[positions[start + offset]], basePath: basePath, category: categoryOf)
                }
                part.finish()
                return part
            }
            for part in parts {
                let base = documents.count
                documents += part.documents
                let localKeys = part.keys
                let globalKeys = (0..<localKeys.count).map { key in
                    localKeys.withForm(key) { folded, _ in keys.id(exact: folded, folded: empty) }
                }
                while documentCounts.count < keys.count { documentCounts.append(0) }
                for (key, documentCount) in part.keyDocumentCounts.enumerated() {
                    documentCounts[globalKeys[key]] += Int(documentCount)
                }
                let local = part.forms
                for form in 0..<local.count {
                    let id = local.withForm(form) { forms.id(exact: $0, folded: $1) }
                    let key = globalKeys[Int(part.keyOfForm[form])]
                    if id == postings.count {
                        keyOfForm.append(key)
                        postings.append([])
                        postingCounts.append(0)
                        lastDocuments.append(-1)
                    } else if keyOfForm[id] != key {
                        // Equal exact bytes from text folded another way: the form belongs to its
                        // first key, and the counts of articles by key no longer add up.
                        recount.insert(keyOfForm[id])
                        recount.insert(key)
                    }
                    let first = base + Int(part.firstDocuments[form])
                    PostingCodec.write(gap: first - lastDocuments[id] - 1, weight: part.firstWeights[form]) {
                        postings[id].append($0)
                    }
                    part.withPostingsAfterFirst(of: form) { postings[id] += $0 }
                    lastDocuments[id] = base + Int(part.lastDocuments[form])
                    postingCounts[id] += Int(part.postingCounts[form])
                }
            }
        }
        self.documents = documents

        // Terms by key. Keys are told apart by their bytes, `String`s by canonical equivalence:
        // keys that are equal as `String`s make one term, named by the key of its first form.
        var formsOfKey = [[Int]](repeating: [], count: keys.count)
        for (form, key) in keyOfForm.enumerated() { formsOfKey[key].append(form) }
        let keyNames = (0..<keys.count).map { keys.exact($0) }
        let sortedKeys = (0..<keys.count).sorted { keyNames[$0] < keyNames[$1] }
        var terms: [Term] = []
        terms.reserveCapacity(sortedKeys.count)
        var position = 0
        while position < sortedKeys.count {
            var group = [sortedKeys[position]]
            position += 1
            while position < sortedKeys.count, keyNames[sortedKeys[position]] == keyNames[group[0]] {
                group.append(sortedKeys[position])
                position += 1
            }
            let members = group.count == 1 ? formsOfKey[group[0]] : group.flatMap { formsOfKey[$0] }.sorted()
            guard let firstForm = members.first else { continue }
            let name = keyNames[keyOfForm[firstForm]]
            let sorted = members.map { (exact: forms.exact($0), id: $0) }.sorted { $0.exact < $1.exact }
            var termForms: [Form] = []
            termForms.reserveCapacity(sorted.count)
            for member in sorted {
                termForms.append(Form(
                    exact: member.exact, postings: String(decoding: postings[member.id], as: UTF8.self),
                    postingCount: postingCounts[member.id]))
                postings[member.id] = []  // freed as soon as it is copied
            }
            var documentCount = group.reduce(0) { $0 + documentCounts[$1] }
            if group.count > 1 || recount.contains(group[0]) { documentCount = Self.documentCount(of: termForms) }
            terms.append(Term(key: name, forms: termForms, documentCount: documentCount))
        }
        self.terms = terms
    }

    /// Articles that contain any of `forms`, from their postings (for the rare terms whose count
    /// was not kept while merging).
    static func documentCount(of forms: [Form]) -> Int {
        if forms.count == 1 { return forms[0].postingCount }
        var seen = Set<Int>()
        for form in forms { for posting in PostingCodec.decode(form.postings) ?? [] { seen.insert(posting.document) } }
        return seen.count
    }

    /// The byte offset of the scalar numbered `scalar` (from 0) in valid UTF-8 `bytes`, or their
    /// count when they hold no more scalars.
    static func byteOffset(ofScalar scalar: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var seen = 0
        for (offset, byte) in bytes.enumerated() where byte & 0xC0 != 0x80 {
            if seen == scalar { return offset }
            seen += 1
        }
        return bytes.count
    }

    /// The start of the text of a body, as snippets show it: the text of the body's first
    /// `snippetSource × 6` scalars, cut at `snippetSource × 2`. `SearchIndexPart` takes it from
    /// the text of the whole body when that gives the same.
    static func opening(ofBody html: String) -> String {
        String(HTMLPlainText.text(of: String(html.unicodeScalars.prefix(snippetSource * 6))).unicodeScalars.prefix(snippetSource * 2))
    }

    /// What a result shows of an article, given the start of the text of its body (`opening(ofBody:)`).
    static func document(_ article: Article, opening: String, basePath: String, category: [String: Int]) -> Document {
        let source = article.summaryGiven || opening.isEmpty ? article.summary + " " + opening : opening
        return Document(
            url: article.redirect ?? basePath + article.path, title: article.title,
            dateLine: article.date.vietnameseDateLine, category: category[article.category.slug] ?? 0,
            year: article.date.year, text: cut(source, limit: snippetSource))
    }

    /// `text` with white space collapsed, cut at the last space within `limit` scalars, with "…"
    /// when it was cut (as `SummaryText.cut`, on scalars: grapheme breaking cost a tenth of the index).
    /// The result is gathered as UTF-8 bytes, not scalar by scalar in a `String`.
    static func cut(_ text: String, limit: Int) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(limit * 3)
        var lastSpace = 0
        var lastSpaceByte = 0
        var count = 0
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isWhitespace(scalar) {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace {
                if count + 1 > limit { break }
                lastSpace = count
                lastSpaceByte = result.count
                result.append(0x20)
                count += 1
                pendingSpace = false
            }
            if count + 1 > limit {
                var end = lastSpace > 0 ? lastSpaceByte : result.count
                // Drop trailing "," ";" ":" "-" and "–" (E2 80 93).
                while end > 0 {
                    if [0x2C, 0x3B, 0x3A, 0x2D].contains(result[end - 1]) {
                        end -= 1
                    } else if end >= 3, result[end - 3] == 0xE2, result[end - 2] == 0x80, result[end - 1] == 0x93 {
                        end -= 3
                    } else {
                        break
                    }
                }
                return String(decoding: result[0..<end], as: UTF8.self) + "…"
            }
            UTF8.encode(scalar) { result.append($0) }
            count += 1
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// `scalar.properties.isWhitespace`, answered without the property tables below U+2000,
    /// where the white space scalars are few and fixed (the lookup took a twentieth of the index).
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680: return true
        case 0..<0x2000: return false
        default: return scalar.properties.isWhitespace
        }
    }
}
