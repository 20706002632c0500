/// How `ArticleMemoFile` lays out one memo entry: every field of the front matter, the built
/// article, its files and its problems, in a fixed order (a new layout needs a new file header).
extension BinaryWriter {
    mutating func entry(_ entry: ArticleMemo.Entry) {
        string(entry.bytesKey)
        optional(entry.source) { $0.source($1) }
        list(entry.sourceProblems) { $0.diagnostic($1) }
        optional(entry.body) { writer, body in
            writer.string(body.slug)
            writer.list(body.lookups.queries) { writer, query in
                writer.string(query.destination)
                writer.bool(query.fileOnly)
            }
            writer.string(body.lookups.digest)
            writer.optional(body.article) { $0.article($1) }
            writer.list(body.media) { $0.media($1) }
            writer.list(body.problems) { $0.diagnostic($1) }
        }
    }

    private mutating func source(_ source: ParsedSource) {
        string(source.path)
        int(source.bodyLineOffset)
        let meta = source.meta
        string(meta.title)
        optional(meta.date) { $0.date($1) }
        string(meta.author)
        optional(meta.category) { $0.category($1) }
        int(meta.views)
        optional(meta.summary) { $0.string($1) }
        optional(meta.image) { $0.located($1) }
        string(meta.imageCaption)
        strings(meta.tags)
        bool(meta.featured)
        list(meta.related) { $0.located($1) }
        optional(meta.slug) { $0.located($1) }
        string(meta.status.rawValue)
        bool(meta.statusGiven)
        optional(meta.publishAt) { $0.date($1) }
        optional(meta.expires) { $0.date($1) }
        optional(meta.dateLocation) { $0.location($1) }
        optional(meta.redirect) { $0.string($1) }
        optional(meta.audio) { $0.located($1) }
        list(meta.attachments) { writer, attachment in
            writer.string(attachment.file)
            writer.optional(attachment.title) { $0.string($1) }
            writer.location(attachment.location)
        }
        optional(meta.updated) { $0.date($1) }
        list(meta.aliases) { $0.located($1) }
        royalty(meta.royalty)
    }

    private mutating func royalty(_ royalty: ArticleRoyalty) {
        optional(royalty.type) { $0.located($1) }
        optional(royalty.grade) { $0.located($1) }
        for count in [royalty.pages, royalty.photos, royalty.amount] {
            optional(count) { $0.int($1) }
        }
    }

    private mutating func article(_ article: Article) {
        string(article.sourcePath)
        string(article.slug)
        category(article.category)
        string(article.title)
        date(article.date)
        string(article.author)
        int(article.views)
        string(article.summary)
        bool(article.summaryGiven)
        optional(article.image) { $0.media($1) }
        string(article.imageCaption)
        strings(article.tags)
        bool(article.featured)
        strings(article.related)
        string(article.status.rawValue)
        optional(article.redirect) { $0.string($1) }
        optional(article.audio) { $0.media($1) }
        list(article.attachments) { $0.media($1) }
        bool(article.isLive)
        optional(article.publishAt) { $0.date($1) }
        optional(article.expires) { $0.date($1) }
        optional(article.updated) { $0.date($1) }
        list(article.aliases) { $0.located($1) }
        list(article.siteLinks) { $0.siteLink($1) }
        royalty(article.royalty)
        string(article.bodyHTML)
    }

    private mutating func media(_ file: MediaFile) {
        string(file.sourcePath)
        string(file.outputPath)
        int(file.size)
        string(file.title)
        switch file.image {
        case nil: int(0)
        case .size(let size)?:
            int(1)
            int(size.width)
            int(size.height)
        case .unreadable(let vi, let en)?:
            int(2)
            string(vi)
            string(en)
        }
    }

    private mutating func category(_ category: CategoryConfig) {
        string(category.name)
        string(category.slug)
        int(category.order)
        string(category.description)
    }

    private mutating func date(_ date: SiteDate) {
        int64(date.epochSeconds)
        for value in [date.offsetSeconds, date.year, date.month, date.day, date.hour, date.minute, date.second, date.weekday] {
            int(value)
        }
    }

    private mutating func location(_ location: SourceLocation) {
        string(location.path)
        int(location.line)
        int(location.column)
    }

    private mutating func siteLink(_ link: SiteLink) {
        string(link.target)
        string(link.written)
        location(link.location)
    }

    private mutating func located(_ value: ArticleFrontMatter.Located<String>) {
        string(value.value)
        location(value.location)
    }

    fileprivate mutating func diagnostic(_ diagnostic: Diagnostic) {
        string(diagnostic.severity.rawValue)
        location(diagnostic.location)
        string(diagnostic.message)
        string(diagnostic.messageEN)
        string(diagnostic.hint)
        string(diagnostic.hintEN)
    }
}

extension BinaryReader {
    mutating func entry() throws -> ArticleMemo.Entry {
        let bytesKey = try string()
        let source = try optional { try $0.source() }
        let sourceProblems = try list { try $0.diagnostic() }
        let body = try optional { reader -> ArticleMemo.Body in
            let slug = try reader.string()
            let queries = try reader.list { reader in
                LinkLookups.Query(destination: try reader.string(), fileOnly: try reader.bool())
            }
            let lookups = LinkLookups(queries: queries, digest: try reader.string())
            let article = try reader.optional { try $0.article() }
            let media = try reader.list { try $0.media() }
            let problems = try reader.list { try $0.diagnostic() }
            return ArticleMemo.Body(slug: slug, lookups: lookups, article: article, media: media, problems: problems)
        }
        return ArticleMemo.Entry(bytesKey: bytesKey, source: source, sourceProblems: sourceProblems, body: body)
    }

    private mutating func source() throws -> ParsedSource {
        let path = try string()
        let bodyLineOffset = try int()
        var meta = ArticleFrontMatter()
        meta.title = try string()
        meta.date = try optional { try $0.date() }
        meta.author = try string()
        meta.category = try optional { try $0.category() }
        meta.views = try int()
        meta.summary = try optional { try $0.string() }
        meta.image = try optional { try $0.located() }
        meta.imageCaption = try string()
        meta.tags = try strings()
        meta.featured = try bool()
        meta.related = try list { try $0.located() }
        meta.slug = try optional { try $0.located() }
        meta.status = try status()
        meta.statusGiven = try bool()
        meta.publishAt = try optional { try $0.date() }
        meta.expires = try optional { try $0.date() }
        meta.dateLocation = try optional { try $0.location() }
        meta.redirect = try optional { try $0.string() }
        meta.audio = try optional { try $0.located() }
        meta.attachments = try list { reader in
            ArticleFrontMatter.AttachmentEntry(
                file: try reader.string(), title: try reader.optional { try $0.string() }, location: try reader.location())
        }
        meta.updated = try optional { try $0.date() }
        meta.aliases = try list { try $0.located() }
        meta.royalty = try royalty()
        return ParsedSource(path: path, meta: meta, body: "", bodyLineOffset: bodyLineOffset)
    }

    private mutating func article() throws -> Article {
        let sourcePath = try string()
        let slug = try string()
        let category = try category()
        let title = try string()
        let date = try date()
        let author = try string()
        let views = try int()
        let summary = try string()
        let summaryGiven = try bool()
        let image = try optional { try $0.media() }
        let imageCaption = try string()
        let tags = try strings()
        let featured = try bool()
        let related = try strings()
        let status = try status()
        let redirect = try optional { try $0.string() }
        let audio = try optional { try $0.media() }
        let attachments = try list { try $0.media() }
        let isLive = try bool()
        let publishAt = try optional { try $0.date() }
        let expires = try optional { try $0.date() }
        let updated = try optional { try $0.date() }
        let aliases = try list { try $0.located() }
        let siteLinks = try list { try $0.siteLink() }
        let royalty = try royalty()
        var article = Article(
            sourcePath: sourcePath, slug: slug, category: category, title: title, date: date, author: author, views: views,
            summary: summary, summaryGiven: summaryGiven, image: image, imageCaption: imageCaption, tags: tags,
            featured: featured, related: related, status: status, redirect: redirect, audio: audio,
            attachments: attachments, bodyHTML: try string())
        article.isLive = isLive
        article.publishAt = publishAt
        article.expires = expires
        article.updated = updated
        article.aliases = aliases
        article.siteLinks = siteLinks
        article.royalty = royalty
        return article
    }

    private mutating func royalty() throws -> ArticleRoyalty {
        ArticleRoyalty(
            type: try optional { try $0.located() }, grade: try optional { try $0.located() },
            pages: try optional { try $0.int() }, photos: try optional { try $0.int() }, amount: try optional { try $0.int() })
    }

    private mutating func status() throws -> ArticleStatus {
        guard let status = ArticleStatus(rawValue: try string()) else { throw Damaged() }
        return status
    }

    private mutating func media() throws -> MediaFile {
        var file = MediaFile(sourcePath: try string(), outputPath: try string(), size: try int(), title: try string())
        switch try int() {
        case 0: file.image = nil
        case 1: file.image = .size(PixelSize(width: try int(), height: try int()))
        case 2: file.image = .unreadable(vi: try string(), en: try string())
        default: throw Damaged()
        }
        return file
    }

    private mutating func category() throws -> CategoryConfig {
        CategoryConfig(name: try string(), slug: try string(), order: try int(), description: try string())
    }

    private mutating func date() throws -> SiteDate {
        SiteDate(
            epochSeconds: try int64(), offsetSeconds: try int(), year: try int(), month: try int(), day: try int(),
            hour: try int(), minute: try int(), second: try int(), weekday: try int())
    }

    private mutating func location() throws -> SourceLocation {
        SourceLocation(path: try string(), line: try int(), column: try int())
    }

    private mutating func siteLink() throws -> SiteLink {
        SiteLink(target: try string(), written: try string(), location: try location())
    }

    private mutating func located() throws -> ArticleFrontMatter.Located<String> {
        ArticleFrontMatter.Located(value: try string(), location: try location())
    }

    fileprivate mutating func diagnostic() throws -> Diagnostic {
        guard let severity = Diagnostic.Severity(rawValue: try string()) else { throw Damaged() }
        let location = try location()
        return Diagnostic(
            severity, at: location, vi: try string(), en: try string(), hintVI: try string(), hintEN: try string())
    }
}
