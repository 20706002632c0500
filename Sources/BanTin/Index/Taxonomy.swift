/// Articles grouped by a name they carry (tags, authors): names that differ only by letter case,
/// Unicode form or spacing are one term, shown in its most used spelling, in Vietnamese order,
/// each with a unique URL slug.
public struct Taxonomy: Sendable {
    public struct Term: Sendable {
        public var name: String
        public var slug: String
        /// Positions in `SiteIndex.articles`, newest first.
        public var members: [Int]
    }

    /// Terms in Vietnamese alphabetical order.
    public let terms: [Term]
    /// For each article, its terms (positions in `terms`), in the order the article lists them.
    public let termsOfArticle: [[Int]]

    /// The key under which spellings merge: NFC, lower case, single spaces, trimmed.
    public static func key(_ name: String) -> String {
        TextNormalizer.nfc(name).lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }


    /// Groups `names(article)` over `articles` (already newest first). A tie between spellings goes
    /// to the one later in code-point order, which prefers lower case ("hộ nghèo" over "Hộ nghèo").
    public init(articles: [Article], names: (Article) -> [String]) {
        var members: [String: [Int]] = [:]
        var spellings: [String: [String: Int]] = [:]
        var keysOfArticle: [[String]] = []
        keysOfArticle.reserveCapacity(articles.count)
        var keyOfName: [String: String] = [:]  // names repeat: normalise each spelling once
        for (position, article) in articles.enumerated() {
            var keys: [String] = []
            for name in names(article) {
                let key: String
                if let known = keyOfName[name] {
                    key = known
                } else {
                    key = Self.key(name)
                    keyOfName[name] = key
                }
                guard !key.isEmpty, !keys.contains(key) else { continue }
                keys.append(key)
                members[key, default: []].append(position)
                spellings[key, default: [:]][TextNormalizer.nfc(name), default: 0] += 1
            }
            keysOfArticle.append(keys)
        }
        var unsorted: [(key: String, name: String)] = []
        for (key, counts) in spellings {
            let best = counts.max { lhs, rhs in
                lhs.value != rhs.value ? lhs.value < rhs.value : lhs.key < rhs.key
            }
            unsorted.append((key, best?.key ?? key))
        }
        let ordered = VietnameseCollation.sorted(unsorted.sorted { $0.key < $1.key }) { $0.name }
        var terms: [Term] = []
        var positionOfKey: [String: Int] = [:]
        var usedSlugs = Set<String>()
        for entry in ordered {
            let base = Slugger.slug(entry.name).isEmpty ? "khong-ten" : Slugger.slug(entry.name)
            var slug = base
            var suffix = 2
            while usedSlugs.contains(slug) {
                slug = "\(base)-\(suffix)"
                suffix += 1
            }
            usedSlugs.insert(slug)
            positionOfKey[entry.key] = terms.count
            terms.append(Term(name: entry.name, slug: slug, members: members[entry.key] ?? []))
        }
        self.terms = terms
        self.termsOfArticle = keysOfArticle.map { $0.compactMap { positionOfKey[$0] } }
    }
}
