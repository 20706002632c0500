/// An article file after its front matter was read, before its body is rendered.
public struct ParsedSource: Sendable {
    public var path: String
    public var meta: ArticleFrontMatter
    public var body: String
    public var bodyLineOffset: Int

    /// Reads one article file; nil with diagnostics when it cannot be used.
    public static func parse(_ file: SourceFile, config: SiteConfig) -> (ParsedSource?, [Diagnostic]) {
        let text: String
        switch SourceText.decode(file.bytes, path: file.path) {
        case .success(let decoded): text = decoded
        case .failure(let diagnostic): return (nil, [diagnostic])
        }
        let split: FrontMatterSplit
        switch FrontMatterSplitter.split(text, path: file.path) {
        case .success(let value): split = value
        case .failure(let diagnostic): return (nil, [diagnostic])
        }
        let (meta, diagnostics) = FrontMatterParser.parse(split, path: file.path, config: config)
        guard let meta, !diagnostics.contains(where: { $0.severity == .error }) else { return (nil, diagnostics) }
        return (ParsedSource(path: file.path, meta: meta, body: split.body, bodyLineOffset: split.bodyLineOffset), diagnostics)
    }
}
