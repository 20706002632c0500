/// Pieces of HTML that many pages share, rendered once per build through their partials instead
/// of once per page: each article's teaser (`partials/teaser`, on a dozen list pages) and its
/// one-line link (`partials/link-item`, in other articles' "Tin khác"), and the menu
/// (`partials/nav`) once for each category it can mark as current.
///
/// The template engine costs a few microseconds for every value it looks up; a menu of twelve
/// categories on each of 18,000 pages was a tenth of a large build.
/// A theme without one of these partials gets empty strings for it, and can still loop over the
/// plain values (`teasers`, `otherNews`, `nav`) in its page templates.
struct Fragments: Sendable {
    var teaserHTML: [String] = []
    var linkHTML: [String] = []
    /// The menu by the slug of the current category; "" when none is current, and `homeKey` on
    /// the home page.
    var navHTML: [String: String] = [:]

    static let homeKey = "\u{0}home"

    /// `reuse`: teasers of an earlier renderer that are taken instead of rendered again.
    static func render(templates: ThemeTemplates, views plain: PageViews, reuse: TeaserReuse? = nil) -> Fragments {
        var fragments = Fragments()
        let index = plain.index
        func each(_ partial: String, _ earlier: [String]) -> [String] {
            guard templates.library.getTemplate(named: partial) != nil else { return [] }
            return Array(index.articles.indices).parallelMap { position in
                if let kept = reuse?.html(earlier, at: position) { return kept }
                var html = templates.render(partial, plain.teaser(index.articles[position]))
                if html.hasSuffix("\n") { html.removeLast() }
                return html
            }
        }
        fragments.teaserHTML = each("partials/teaser", reuse?.views.fragments.teaserHTML ?? [])
        fragments.linkHTML = each("partials/link-item", reuse?.views.fragments.linkHTML ?? [])
        if templates.library.getTemplate(named: "partials/nav") != nil {
            for key in [Fragments.homeKey, ""] + plain.config.categories.map(\.slug) {
                var html = templates.render("partials/nav", plain.navValues(current: key))
                if html.hasSuffix("\n") { html.removeLast() }
                fragments.navHTML[key] = html
            }
        }
        return fragments
    }
}
