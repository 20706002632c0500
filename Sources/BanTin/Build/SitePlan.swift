/// A site planned and not yet written: every value the writing stage (or a resident site that
/// serves from memory) needs, with the pages listed but not rendered.
public struct SitePlan: Sendable {
    /// The options with `--now` resolved.
    public var options: BuildOptions
    public var config: SiteConfig
    public var theme: ThemeTemplates
    public var index: SiteIndex
    public var renderer: PageRenderer
    /// The HTML pages, in order; each is rendered when written or asked for.
    public var jobs: [PageRenderer.Job]
    /// Feeds, sitemaps, robots.txt, redirect pages and files, already rendered.
    public var smallPages: [RenderedPage]
    /// Files copied as they are: media from content/ and the theme's static files (absolute source, output path).
    public var copies: [(from: String, to: String)]
    /// What parsing gave, for the next build (nil when unchanged and kept on disk).
    public var memo: ArticleMemo?
    public var memoChanged: Bool
    /// What article links were resolved against.
    public var resolver: LinkResolver?
}
