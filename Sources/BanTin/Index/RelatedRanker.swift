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
        return parallelRanges(count: count) { range in
            var scores = [Double](repeating: 0, count: count)
            var touched: [Int] = []
            var results: [[Int]] = []
            results.reserveCapacity(range.count)
            for position in range {
                let article = articles[position]
                var chosen: [Int] = []
                for slug in article.related {
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
                var ranked: [(position: Int, score: Double)] = []
                ranked.reserveCapacity(touched.count)
                for candidate in touched {
                    var score = scores[candidate]
                    scores[candidate] = 0
                    let other = articles[candidate]
                    if other.category.slug == article.category.slug { score += config.categoryBonus }
                    let days = Double(abs(other.date.epochSeconds - article.date.epochSeconds)) / 86_400
                    score += config.dateWeight / (1 + days / config.dateScaleDays)
                    ranked.append((candidate, score))
                }
                touched.removeAll(keepingCapacity: true)
                ranked.sort { lhs, rhs in
                    if lhs.score != rhs.score { return lhs.score > rhs.score }
                    let left = articles[lhs.position].views, right = articles[rhs.position].views
                    if left != right { return left > right }
                    return lhs.position < rhs.position
                }
                for entry in ranked where chosen.count < config.count && !chosen.contains(entry.position) {
                    chosen.append(entry.position)
                }
                results.append(chosen)
            }
            return results
        }
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
