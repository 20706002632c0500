/// Builds one `Article` from its parsed source: renders the body, resolves its files and links,
/// and fills in the summary. What it asked the resolver is kept with the result (`LinkLookups`),
/// so that the next build can tell whether the same body would come out.
struct ArticleBodyBuilder: Sendable {
    let config: SiteConfig
    let resolver: LinkResolver

    /// What building one body gives.
    struct Built: Sendable {
        var article: Article?
        var media: [MediaFile]
        var diagnostics: [Diagnostic]
        var lookups: LinkLookups
    }

    /// `recording`: keep what the body asked the resolver (for `ArticleMemo`); without it,
    /// `lookups` is empty.
    func build(_ item: ParsedSource, slug: String, recording: Bool = true) -> Built {
        guard recording else {
            let (article, media, diagnostics) = build(item, slug: slug) { resolver.resolve($0, from: item.path, fileOnly: $1) }
            return Built(article: article, media: media, diagnostics: diagnostics, lookups: LinkLookups())
        }
        var queries: [LinkLookups.Query] = []
        var answers = ContentHash()
        let (article, media, diagnostics) = build(item, slug: slug) { destination, fileOnly in
            let answer = resolver.resolve(destination, from: item.path, fileOnly: fileOnly)
            queries.append(LinkLookups.Query(destination: destination, fileOnly: fileOnly))
            LinkLookups.add(answer, to: &answers)
            return answer
        }
        return Built(article: article, media: media, diagnostics: diagnostics, lookups: LinkLookups(queries: queries, digest: answers.hex))
    }

    private func build(
        _ item: ParsedSource, slug: String, resolve: (_ destination: String, _ fileOnly: Bool) -> LinkResolver.Resolution
    ) -> (Article?, [MediaFile], [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var media: [MediaFile] = []
        let meta = item.meta
        guard let category = meta.category, let date = meta.date else { return (nil, [], []) }

        func file(_ value: String, at location: SourceLocation, title: String = "") -> MediaFile? {
            switch resolve(value, true) {
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
        /// A picture whose size cannot be read still shows, without `width`/`height`: a warning.
        func checkPicture(_ file: MediaFile, at location: SourceLocation) {
            guard case .unreadable(let vi, let en)? = file.image else { return }
            diagnostics.append(.warning(
                location, vi: "Không đọc được kích thước ảnh \(file.fileName): \(vi).", en: "Cannot read the size of \(file.fileName): \(en).",
                hintVI: "Lưu lại ảnh bằng PNG, JPEG, GIF, WebP, hoặc SVG có width/height; trang vẫn hiện ảnh nhưng có thể bị giật khi tải.",
                hintEN: "Save the picture again as PNG, JPEG, GIF, WebP, or SVG with width/height; the page still shows it, but may jump while loading."))
        }
        let image = meta.image.flatMap { value -> MediaFile? in
            let picture = file(value.value, at: value.location)
            if let picture { checkPicture(picture, at: value.location) }
            return picture
        }
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
        var pictures: [(url: String, size: PixelSize?)] = []
        var siteLinks: [SiteLink] = []
        let site = SiteAddress(baseURL: config.baseURL)
        let rendered = MarkdownRenderer.render(body, allowRawHTML: config.allowRawHTML) { link in
            let location = SourceLocation(path: item.path, line: item.bodyLineOffset + link.line, column: link.column)
            switch resolve(link.destination, false) {
            case .keep:
                // A page of this site written as a path or as the site's own address: checked
                // once every output of the build is known.
                if let target = site.sitePath(of: link.destination) {
                    siteLinks.append(SiteLink(target: target, written: link.destination, location: location))
                }
                return nil
            case .url(let url): return url
            case .file(let file, let url):
                media.append(file)
                if link.isImage {
                    checkPicture(file, at: location)
                    pictures.append((url, file.image?.size))
                }
                return url
            case .problem(let vi, let en, let hintVI, let hintEN):
                diagnostics.append(.error(location, vi: vi, en: en, hintVI: hintVI, hintEN: hintEN))
                return ""
            }
        }
        let html = Self.sizingPictures(rendered.html, pictures)
        let summary = meta.summary ?? SummaryText.cut(rendered.firstParagraph, limit: config.summaryLength)
        var article = Article(
            sourcePath: item.path, slug: slug, category: category, title: meta.title, date: date,
            author: meta.author, views: meta.views, summary: summary, summaryGiven: meta.summary != nil, image: image, imageCaption: meta.imageCaption,
            tags: meta.tags, featured: meta.featured, related: meta.related.map { Slugger.slug($0.value) },
            status: meta.status, redirect: meta.redirect, audio: audio, attachments: attachments,
            bodyHTML: meta.redirect == nil ? html : "")
        article.updated = meta.updated
        article.aliases = meta.aliases
        article.siteLinks = siteLinks
        article.royalty = meta.royalty
        if let updated = meta.updated, updated < date {
            diagnostics.append(.warning(
                SourceLocation(path: item.path), vi: "Ngày cập nhật (`updated`) sớm hơn ngày đăng.",
                en: "`updated` is earlier than `date`.", hintVI: "Kiểm tra lại hai ngày.", hintEN: "Check both dates."))
        }
        return (diagnostics.contains { $0.severity == .error } ? nil : article, media, diagnostics)
    }

    /// The body's pictures from `content/` with `loading="lazy"` and, when known, their size, so
    /// the text does not jump while they load. cmark writes `<img src="URL"`; the URLs are
    /// percent-encoded paths, which cmark leaves as they are.
    static func sizingPictures(_ html: String, _ pictures: [(url: String, size: PixelSize?)]) -> String {
        var html = html
        var done = Set<String>()
        for picture in pictures where done.insert(picture.url).inserted {
            let size = picture.size.map { " width=\"\($0.width)\" height=\"\($0.height)\"" } ?? ""
            html = html.replacingOccurrences(
                of: "<img src=\"\(picture.url)\"", with: "<img src=\"\(picture.url)\"\(size) loading=\"lazy\"")
        }
        return html
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
