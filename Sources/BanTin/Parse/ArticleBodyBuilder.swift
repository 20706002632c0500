/// Builds one `Article` from its parsed source: renders the body, resolves its files and links,
/// and fills in the summary.
struct ArticleBodyBuilder: Sendable {
    let config: SiteConfig
    let resolver: LinkResolver

    func build(_ item: ParsedSource, slug: String) -> (Article?, [MediaFile], [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var media: [MediaFile] = []
        let meta = item.meta
        guard let category = meta.category, let date = meta.date else { return (nil, [], []) }

        func file(_ value: String, at location: SourceLocation, title: String = "") -> MediaFile? {
            switch resolver.resolve(value, from: item.path, fileOnly: true) {
            case .file(var file, _):
                file.title = title.isEmpty ? file.fileName : title
                media.append(file)
                return file
            case .problem(let vi, let en, let hintVI, let hintEN):
                diagnostics.append(.error(location, vi: vi, en: en, hintVI: hintVI, hintEN: hintEN))
                return nil
            case .keep, .url:
                return nil
            }
        }
        let image = meta.image.flatMap { file($0.value, at: $0.location) }
        let audio = meta.audio.flatMap { file($0.value, at: $0.location) }
        let attachments = meta.attachments.compactMap { file($0.file, at: $0.location, title: $0.title ?? "") }

        let body = item.body
        if meta.redirect == nil && body.allSatisfy(\.isWhitespace) {
            diagnostics.append(.error(
                SourceLocation(path: item.path, line: item.bodyLineOffset), vi: "Bài viết không có nội dung.",
                en: "The article has no body.",
                hintVI: "Viết nội dung sau dòng `---` thứ hai, hoặc thêm `redirect:` nếu bài dẫn sang trang khác.",
                hintEN: "Write the body after the second `---` line, or add `redirect:` if the article links elsewhere."))
        }
        let rendered = MarkdownRenderer.render(body, allowRawHTML: config.allowRawHTML) { link in
            let location = SourceLocation(path: item.path, line: item.bodyLineOffset + link.line, column: link.column)
            switch resolver.resolve(link.destination, from: item.path) {
            case .keep: return nil
            case .url(let url): return url
            case .file(let file, let url):
                media.append(file)
                return url
            case .problem(let vi, let en, let hintVI, let hintEN):
                diagnostics.append(.error(location, vi: vi, en: en, hintVI: hintVI, hintEN: hintEN))
                return ""
            }
        }
        let summary = meta.summary ?? SummaryText.cut(rendered.firstParagraph, limit: config.summaryLength)
        var article = Article(
            sourcePath: item.path, slug: slug, category: category, title: meta.title, date: date,
            author: meta.author, views: meta.views, summary: summary, summaryGiven: meta.summary != nil, image: image, imageCaption: meta.imageCaption,
            tags: meta.tags, featured: meta.featured, related: meta.related.map { Slugger.slug($0.value) },
            status: meta.status, redirect: meta.redirect, audio: audio, attachments: attachments,
            bodyHTML: meta.redirect == nil ? rendered.html : "")
        article.updated = meta.updated
        article.aliases = meta.aliases
        if let updated = meta.updated, updated < date {
            diagnostics.append(.warning(
                SourceLocation(path: item.path), vi: "Ngày cập nhật (`updated`) sớm hơn ngày đăng.",
                en: "`updated` is earlier than `date`.", hintVI: "Kiểm tra lại hai ngày.", hintEN: "Check both dates."))
        }
        return (diagnostics.contains { $0.severity == .error } ? nil : article, media, diagnostics)
    }
}

/// Shortens text for teasers and meta descriptions.
public enum SummaryText {
    /// `text` with white space collapsed, cut at the last word boundary within `limit`
    /// characters, with "…" added when it was cut.
    public static func cut(_ text: String, limit: Int) -> String {
        // Words are taken one at a time and only until the limit (the text may be a whole body),
        // and counted as they grow instead of recounting the summary for each word.
        var result = ""
        var resultCount = 0
        var word = ""
        var wordCount = 0
        var characters = text.makeIterator()
        var atEnd = false
        while !atEnd || wordCount > 0 {
            let character = characters.next()
            atEnd = character == nil
            if let character, !character.isWhitespace {
                word.append(character)
                wordCount += 1
                if resultCount == 0, wordCount > limit { return String(word.prefix(limit)) + "…" }
                continue
            }
            guard wordCount > 0 else { continue }
            let nextCount = resultCount == 0 ? wordCount : resultCount + 1 + wordCount
            if nextCount > limit {
                return result.trimmingTrailingPunctuation + "…"
            }
            result += resultCount == 0 ? word : " " + word
            resultCount = nextCount
            word = ""
            wordCount = 0
        }
        return result
    }
}

extension String {
    fileprivate var trimmingTrailingPunctuation: String {
        var text = Substring(self)
        while let last = text.last, ",;:–-".contains(last) { text = text.dropLast() }
        return String(text)
    }
}
