import Foundation

/// Everything `site.yml` says about the site, with defaults filled in.
public struct SiteConfig: Sendable {
    public var title: String = "Bản tin"
    public var description: String = ""
    /// Absolute base URL ending in `/`, e.g. `https://tayninh.example.gov.vn/bantin/`.
    public var baseURL: String = "http://localhost/"
    public var language: String = "vi"
    /// IANA time zone in which dates without an offset are read and every date is shown.
    public var timeZoneID: String = "Asia/Ho_Chi_Minh"
    /// The publisher shown in the footer.
    public var publisher: String = ""
    /// The publisher's logo, a path below the site (for search engines and sharing).
    public var logo: String = "assets/logo.svg"
    /// Footer lines (address, licence, contact).
    public var footer: [String] = []
    public var categories: [CategoryConfig] = []
    public var labels: [String: Label] = Label.defaults
    /// Teasers on each list page.
    public var perPage: Int = 10
    /// Articles in "Tin khác".
    public var otherNewsCount: Int = 8
    /// Articles in "Tin nổi bật" on the home page.
    public var featuredCount: Int = 5
    /// Articles per category on the home page.
    public var homeCategoryCount: Int = 4
    /// Articles in "Tin đọc nhiều".
    public var mostViewedCount: Int = 5
    /// Items in each RSS feed.
    public var feedItems: Int = 20
    /// Longest automatic summary, in characters.
    public var summaryLength: Int = 220
    /// Ranking of "Tin liên quan".
    public var related = RelatedConfig()
    /// Let raw HTML in Markdown through (off: it is dropped).
    public var allowRawHTML: Bool = false
    /// The royalty table of `bantin report` (`royalty:`; `RoyaltyConfig.standard` when absent).
    public var royalty = RoyaltyConfig.standard

    public init() {}

    /// The path part of the base URL: `/` or `/bantin/`.
    public var basePath: String {
        guard let schemeEnd = baseURL.range(of: "://") else { return "/" }
        let rest = baseURL[schemeEnd.upperBound...]
        guard let slash = rest.firstIndex(of: "/") else { return "/" }
        return String(rest[slash...])
    }

    /// The site's time zone (validated when the configuration is read).
    public var timeZone: TimeZone { TimeZone(identifier: timeZoneID) ?? TimeZone(secondsFromGMT: 7 * 3600) ?? .current }

    public func label(_ key: String) -> Label { labels[key] ?? Label(vi: key, en: key) }

    /// The configured category whose name or slug is `value`, compared without regard to case or tones.
    public func category(named value: String) -> CategoryConfig? {
        if let exact = categories.first(where: { $0.name == value || $0.slug == value }) { return exact }
        let key = Slugger.slug(value)
        // The slug of what was written may also be the URL slug: an article written with a
        // category's old name still finds it after the name is changed in site.yml.
        return categories.first { $0.slug == key || Slugger.slug($0.name) == key }
    }
}
