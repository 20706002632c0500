import Foundation

// libFuzzer target: one whole article file, through the code a build runs for it —
// `ArticleAssembler.assemble` (SourceText, FrontMatterSplitter, FrontMatterParser over Yams, slugs,
// dates, links, then ArticleBodyBuilder and MarkdownRenderer over libcmark), beside one fixed
// article it can link to, once with raw HTML off (the default) and once with it on.
// Build and run: Fuzz/run article 600 (seed corpus: the example site's content/**/*.md).

private let siteYAML = """
    title: Bản tin
    base_url: https://bantin.example.gov.vn/bantin/
    timezone: Asia/Ho_Chi_Minh
    categories:
      - name: Tin Chuyên Ngành
        slug: tin-chuyen-nganh
      - name: Thời sự
      - name: Kinh tế
    """

private let fuzzPath = "content/thoi-su/bai-fuzz.md"
private let companionPath = "content/kinh-te/bai-khac.md"
private let companion = SourceFile(path: companionPath, bytes: Array("""
    ---
    title: Bài khác
    date: 2020-06-25T10:00
    author: Công Phong
    category: Kinh tế
    tags: [hộ nghèo]
    ---

    Nội dung bài khác.

    """.utf8))
private let contentFiles: [String: AssetFile] = Dictionary(uniqueKeysWithValues: [
    "content/thoi-su/anh.svg", "content/thoi-su/ke-hoach.pdf", "content/kinh-te/ban-tin.ogg",
].map { ($0, AssetFile(path: $0, absolutePath: "/nonexistent/\($0)", size: 1024)) })

private let configs: [SiteConfig] = [false, true].map { raw in
    let (config, diagnostics) = SiteConfigParser.parse(siteYAML + (raw ? "\nallow_raw_html: true\n" : "\n"))
    precondition(diagnostics.isEmpty, "fuzz site.yml: \(diagnostics.map(\.formatted))")
    return config
}
/// 2020-07-01T08:00+07:00: the build's clock.
private let now: Int64 = 1_593_565_200

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzArticle(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let file = SourceFile(path: fuzzPath, bytes: Array(UnsafeBufferPointer(start: data, count: size)))
    for config in configs {
        check(file, config: config)
    }
    return 0
}

private func check(_ file: SourceFile, config: SiteConfig) {
    // The first stage alone: it either gives a source with no error, or fails with a reason.
    let (parsed, parseProblems) = ParsedSource.parse(file, config: config)
    let parseErrors = parseProblems.filter { $0.severity == .error }
    precondition((parsed == nil) != parseErrors.isEmpty, "parse succeeded with errors, or failed silently")

    let source = SiteSource(
        configText: siteYAML, articles: [companion, file], contentFiles: contentFiles, templates: [:], themeStatic: [])
    let assembler = ArticleAssembler(config: config, includeDrafts: true, now: now, checkEverything: true)
    let result = assembler.assemble(source)

    // Every problem points into one of the two files, at a line that exists.
    let lineCount = lines(of: file)
    for problem in result.diagnostics {
        let path = problem.location.path
        precondition(path == fuzzPath || path == companionPath, "diagnostic for unknown path \(path)")
        if path == fuzzPath, let lineCount {
            precondition(problem.location.line <= lineCount + 1, "diagnostic past the end: \(problem.formatted)")
        }
    }
    // The fixed article never has a problem of its own, and is always built.
    precondition(result.diagnostics.allSatisfy { $0.location.path == fuzzPath || $0.severity == .warning },
                 "the companion article got an error")
    precondition(result.articles.contains { $0.sourcePath == companionPath }, "the companion article was dropped")

    let fuzzErrors = result.diagnostics.filter { $0.location.path == fuzzPath && $0.severity == .error }
    guard let article = result.articles.first(where: { $0.sourcePath == fuzzPath }) else {
        precondition(!fuzzErrors.isEmpty, "the article was dropped without an error")
        return
    }
    precondition(parsed != nil, "an article that failed to parse was built")
    precondition(!article.slug.isEmpty && article.slug.utf8.allSatisfy { isSlugByte($0) }, "bad slug \(article.slug)")
    if !config.allowRawHTML {
        let html = article.bodyHTML.lowercased()
        precondition(!html.contains("<script"), "raw <script> got through with allow_raw_html off")
        precondition(!html.contains("=\"javascript:"), "a javascript: address got through")
    }
}

/// Lines in the decoded file, or nil when it does not decode.
private func lines(of file: SourceFile) -> Int? {
    guard case .success(let text) = SourceText.decode(file.bytes, path: file.path) else { return nil }
    return text.utf8.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
}

private func isSlugByte(_ byte: UInt8) -> Bool {
    (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D
}
