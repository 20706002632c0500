/// The teasers of an earlier renderer that a new one can take as they are: those of articles
/// that are the same but for their body, rendered with the same teaser and link partials and
/// the same base path (a resident site builds its renderer again after every change, and most
/// of its 10,000 teasers did not change).
struct TeaserReuse: Sendable {
    /// For each article of the new index, its position in the earlier one when its teaser is the same.
    let earlier: [Int?]
    let views: PageViews

    init?(previous: PageRenderer?, index: SiteIndex, templates: ThemeTemplates, config: SiteConfig, draftsShown: Bool) {
        guard let previous, previous.draftsShown == draftsShown, previous.config.basePath == config.basePath,
            previous.config.baseURL == config.baseURL
        else { return nil }
        for partial in ["partials/teaser", "partials/link-item"]
        where previous.templates.fingerprint(of: partial) != templates.fingerprint(of: partial) {
            return nil
        }
        var positions: [String: Int] = [:]
        positions.reserveCapacity(previous.index.articles.count)
        for (position, article) in previous.index.articles.enumerated() { positions[article.sourcePath] = position }
        let old = previous.index.articles
        let found = positions
        earlier = index.articles.parallelMap { article -> Int? in
            guard let position = found[article.sourcePath], old[position].isSameOutsideBody(article) else { return nil }
            return position
        }
        views = previous.views
    }

    /// The earlier fragment of `partial` for the article at `position`, if it can be taken.
    func html(_ fragments: [String], at position: Int) -> String? {
        guard position < earlier.count, let old = earlier[position], old < fragments.count else { return nil }
        return fragments[old]
    }
}
