import Foundation

/// Ranks "Tin liên quan" for every article through an inverted index from tag to articles:
/// an article is only ever compared with articles that share one of its tags, and for a common
/// tag only with the `candidatesPerTag` nearest in date, so the work grows linearly.
///
/// Score of a candidate: `tagWeight × Σ ln(1 + N / articles with the tag)` over shared tags (a tag on
/// more than `maxTagShare` of the articles, and above `commonTagFloor`, is ignored), plus
/// `categoryBonus` for the same category, plus `dateWeight / (1 + days apart / dateScaleDays)`.
/// Ties: more views, then newer, then the order of the index. The editor's `related:` choices
/// come first, in their order.
public struct RelatedRanker: Sendable {
    public let config: RelatedConfig

    public init(config: RelatedConfig) { self.config = config }

    /// For each position in `articles` (newest first), the related positions, best first.
    public func rank(articles: [Article], tags: Taxonomy) -> [[Int]] {
        let count = articles.count
        guard count > 0 else { return [] }
        let tagWeights = tags.terms.map { weight(of: $0, articleCount: count) }
        var positionOfSlug: [String: Int] = [:]
        for (position, article) in articles.enumerated().reversed() { positionOfSlug[article.slug] = position }
        let config = self.config
        let weights = tagWeights
        let slugPositions = positionOfSlug
        // Compact columns: the hot loop reads these, never the large `Article` values.
        var categoryNumbers: [String: Int32] = [:]
        let categoryOf = articles.map { article -> Int32 in
            if let number = categoryNumbers[article.category.slug] { return number }
            let number = Int32(categoryNumbers.count)
            categoryNumbers[article.category.slug] = number
            return number
        }
        let epochOf = articles.map(\.date.epochSeconds)
        let viewsOf = articles.map(\.views)
        return parallelRanges(count: count) { range in
            var scores = [Double](repeating: 0, count: count)
            var touched: [Int] = []
            var results: [[Int]] = []
            results.reserveCapacity(range.count)
            for position in range {
                var chosen: [Int] = []
                for slug in articles[position].related {
                    guard let other = slugPositions[slug], other != position, !chosen.contains(other) else { continue }
                    chosen.append(other)
                }
                if chosen.count >= config.count {
                    results.append(Array(chosen.prefix(config.count)))
                    continue
                }
                for term in tags.termsOfArticle[position] where weights[term] > 0 {
                    let members = tags.terms[term].members
                    for candidate in Self.nearest(members, to: position, limit: config.candidatesPerTag, includeNewer: config.includeNewer) {
                        if scores[candidate] == 0 { touched.append(candidate) }
                        scores[candidate] += weights[term]
                    }
                }
                // Keep only the best `wanted` candidates: a small sorted buffer, no full sort.
                let wanted = config.count - chosen.count
                var best: [(position: Int, score: Double)] = []
                best.reserveCapacity(wanted + 1)
                for candidate in touched {
                    var score = scores[candidate]
                    scores[candidate] = 0
                    if categoryOf[candidate] == categoryOf[position] { score += config.categoryBonus }
                    let days = Double(abs(epochOf[candidate] - epochOf[position])) / 86_400
                    score += config.dateWeight / (1 + days / config.dateScaleDays)
                    guard !chosen.contains(candidate) else { continue }
                    let entry = (position: candidate, score: score)
                    if best.count == wanted, let last = best.last, !Self.ranksBefore(entry, last, views: viewsOf) { continue }
                    var slot = best.count
                    while slot > 0, Self.ranksBefore(entry, best[slot - 1], views: viewsOf) { slot -= 1 }
                    best.insert(entry, at: slot)
                    if best.count > wanted { best.removeLast() }
                }
                touched.removeAll(keepingCapacity: true)
                chosen += best.map(\.position)
                results.append(chosen)
            }
            return results
        }
    }

    /// Higher score first; then more views; then newer (earlier in the index).
    static func ranksBefore(_ lhs: (position: Int, score: Double), _ rhs: (position: Int, score: Double), views: [Int]) -> Bool {
        if lhs.score != rhs.score { return lhs.score > rhs.score }
        if views[lhs.position] != views[rhs.position] { return views[lhs.position] > views[rhs.position] }
        return lhs.position < rhs.position
    }

    /// What sharing this tag is worth: rarer tags more, too common ones nothing.
    public func weight(of term: Taxonomy.Term, articleCount: Int) -> Double {
        let share = Double(term.members.count) / Double(max(1, articleCount))
        if term.members.count < 2 || (share > config.maxTagShare && term.members.count > config.commonTagFloor) {
            return 0
        }
        return config.tagWeight * log(1 + Double(articleCount) / Double(term.members.count))
    }

    /// Members of a tag nearest in date to `position`: the older ones right after it in the
    /// newest-first list, and with `includeNewer` the newer ones right before it.
    static func nearest(_ members: [Int], to position: Int, limit: Int, includeNewer: Bool) -> ArraySlice<Int> {
        var low = 0, high = members.count
        while low < high {
            let middle = (low + high) / 2
            if members[middle] <= position { low = middle + 1 } else { high = middle }
        }
        let older = members[low..<min(members.count, low + limit)]
        guard includeNewer else { return older }
        let selfIndex = low > 0 && members[low - 1] == position ? low - 1 : low
        let newer = members[max(0, selfIndex - limit)..<selfIndex]
        return ArraySlice(Array(newer) + Array(older))
    }
}
