/// A link in an article's body to a place inside this site, written as a site path
/// (`/thoi-su/bai/`) or as the site's own address (`https://bantin…/thoi-su/bai/`): it is checked
/// against the build's outputs once they are all known (`SiteLinkCheck`).
public struct SiteLink: Sendable, Equatable {
    /// Below the site root, percent-decoded, without query or fragment: `thoi-su/bai/`,
    /// `media/thoi-su/a.pdf`, or empty for the home page.
    public var target: String
    /// The destination as written in the article.
    public var written: String
    /// Where the link starts in the article file.
    public var location: SourceLocation

    public init(target: String, written: String, location: SourceLocation) {
        self.target = target
        self.written = written
        self.location = location
    }
}
