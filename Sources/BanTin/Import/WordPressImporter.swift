import Foundation

/// Turns a `WordPressExport` into bantin articles: front matter from the post's fields, the body
/// from its content (shortcodes, wpautop, HTML → CommonMark), old addresses as aliases, media found
/// in the uploads folder copied beside the article, links to other imported posts made into links
/// to their files. Pure: what is on disk is asked through `mediaFile` and `taken`.
public struct WordPressImporter: Sendable {
    /// An item left out, and why.
    public struct Skip: Sendable, Equatable {
        public var origin: String
        public var vi: String
        public var en: String
    }

    public struct Result: Sendable {
        public var articles: [ImportedArticle] = []
        public var skipped: [Skip] = []
        /// Category names the articles use, in order of first use.
        public var categories: [String] = []
    }

    public var config: SiteConfig
    /// The category for WordPress pages (they have none).
    public var pagesCategory: String
    /// The category for posts without one (WordPress's "Uncategorized" is read as none).
    public var defaultCategory: String
    /// The file on disk for an uploads path (`2020/06/anh.jpg`), when the uploads folder has it.
    public var mediaFile: @Sendable (String) -> String?
    /// Whether a path below the site root holds a file that is not an untouched import.
    public var taken: @Sendable (String) -> Bool

    public init(config: SiteConfig, pagesCategory: String = "Trang", defaultCategory: String = "Tin tức",
                mediaFile: @escaping @Sendable (String) -> String? = { _ in nil },
                taken: @escaping @Sendable (String) -> Bool = { _ in false }) {
        self.config = config
        self.pagesCategory = pagesCategory
        self.defaultCategory = defaultCategory
        self.mediaFile = mediaFile
        self.taken = taken
    }

    static let skippedStatuses: Set<String> = ["trash", "auto-draft", "inherit"]

    public func convert(_ export: WordPressExport) -> Result {
        var result = Result()
        var attachments: [Int: String] = [:]
        for item in export.items where item.type == "attachment" && !item.attachmentURL.isEmpty {
            attachments[item.id] = item.attachmentURL
        }
        let site = SiteAddressParts(export.siteLink)
        // Pass 1: which items become articles, where, and their old addresses.
        var planned: [(item: WordPressExport.Item, article: ImportedArticle)] = []
        var usedPaths: Set<String> = []
        var usedAliases: Set<String> = []
        var oldAddresses: [String: String] = [:]
        // Date order (the earliest keeps a contested name or address), then id, then file and line.
        func instant(_ item: WordPressExport.Item) -> Int64 {
            Self.epoch(item.dateGMT) ?? Self.rfc822(item.pubDate) ?? Self.epoch(item.dateLocal) ?? Int64.max
        }
        let items = export.items.sorted { (instant($0), $0.id, $0.origin) < (instant($1), $1.id, $1.origin) }
        for item in items {
            guard item.type == "post" || item.type == "page" else {
                if item.type != "attachment" {
                    result.skipped.append(Skip(origin: item.origin, vi: "loại mục `\(item.type)` không phải bài viết",
                                               en: "item type `\(item.type)` is not an article"))
                }
                continue
            }
            guard !Self.skippedStatuses.contains(item.status) else {
                result.skipped.append(Skip(origin: item.origin, vi: "trạng thái `\(item.status)` (thùng rác, nháp tự động)",
                                           en: "status `\(item.status)` (trash, auto-draft)"))
                continue
            }
            guard date(item) != nil else {
                result.skipped.append(Skip(origin: item.origin, vi: "không có ngày đăng (post_date, post_date_gmt, pubDate)",
                                           en: "no date (post_date, post_date_gmt, pubDate)"))
                continue
            }
            var article = frontMatter(item, export: export)
            let category = config.category(named: article.category)
            let folder = category?.slug ?? Slugger.slug(article.category)
            article.path = uniquePath(folder: folder, item: item, title: article.title, date: article.date, used: &usedPaths)
            // One old address leads to one article: the first in date order keeps it.
            article.aliases = aliases(item, site: site, newPath: article.path).filter { alias in
                guard !usedAliases.contains(alias) else {
                    article.notes.append("địa chỉ cũ \(alias) đã thuộc bài khác, bỏ — old address taken by another article, left out")
                    return false
                }
                usedAliases.insert(alias)
                return true
            }
            if !result.categories.contains(article.category) { result.categories.append(article.category) }
            for alias in article.aliases { oldAddresses[AliasPath.split(alias).path] = article.path }
            planned.append((item, article))
        }
        let publicPaths = Set(planned.filter { $0.article.status.isPublic }.map(\.article.path))
        // Pass 2: bodies, with links rewritten now that every article has its file.
        for (item, var article) in planned {
            convertBody(item, export: export, into: &article, site: site, attachments: attachments,
                        oldAddresses: oldAddresses.filter { publicPaths.contains($0.value) })
            result.articles.append(article)
        }
        return result
    }

    func frontMatter(_ item: WordPressExport.Item, export: WordPressExport) -> ImportedArticle {
        var notes: [String] = []
        var title = TextNormalizer.nfc(HTMLToMarkdown.collapse(Self.plainText(item.title)).trimmingSpaces)
        if title.isEmpty {
            title = "Bài không có tiêu đề \(item.id)"
            notes.append("không có tiêu đề, đặt tạm \"\(title)\" — untitled, given a placeholder title")
        }
        var author = Self.clean(export.authors[item.creator] ?? item.creator)
        if author.isEmpty { author = "Ban biên tập" }
        var categories = item.categories.map(Self.clean).filter { !$0.isEmpty }.filter { Slugger.slug($0) != "uncategorized" }
        let category: String
        if item.type == "page" {
            category = pagesCategory
        } else if categories.isEmpty {
            category = defaultCategory
        } else {
            category = config.category(named: categories[0])?.name ?? categories[0]
            categories.removeFirst()
        }
        var article = ImportedArticle(path: "", origin: item.origin, title: title, date: date(item) ?? "", author: author,
                                      category: category, body: "")
        var tags = item.tags.map(Self.clean).filter { !$0.isEmpty }
        for extra in categories where !tags.contains(extra) { tags.append(extra) }  // other categories kept as tags
        article.tags = tags
        let excerpt = HTMLToMarkdown.collapse(Self.plainText(item.excerpt)).trimmingSpaces
        if !excerpt.isEmpty { article.summary = TextNormalizer.nfc(excerpt) }
        switch item.status {
        case "publish": article.status = .published
        case "future":
            article.status = .published
            article.publishAt = article.date
        case "pending": article.status = .pending
        case "private":
            article.status = .draft
            notes.append("bài riêng tư, nhập là bản nháp — private post, imported as a draft")
        default: article.status = .draft
        }
        if !item.password.isEmpty, article.status.isPublic {
            // Never publish what the old site kept behind a password.
            article.status = .draft
            notes.append("bài có mật khẩu ở trang cũ, nhập là bản nháp — password-protected post, imported as a draft")
        }
        article.featured = item.sticky
        if let views = item.meta("views").first.flatMap({ Int($0) }) ?? item.meta("post_views_count").first.flatMap({ Int($0) }) {
            article.views = views
        }
        article.notes = notes
        return article
    }

    /// `post_date_gmt` read in the site's time zone; drafts have none and keep `post_date`; an
    /// export without either has the RSS `pubDate`. Nil when there is no date at all.
    func date(_ item: WordPressExport.Item) -> String? {
        if let instant = Self.epoch(item.dateGMT) ?? Self.rfc822(item.pubDate) {
            let date = SiteDate(epochSeconds: instant, timeZone: config.timeZone)
            return String(date.iso8601.prefix(19))
        }
        if Self.epoch(item.dateLocal) != nil { return item.dateLocal.replacingOccurrences(of: " ", with: "T") }
        return nil
    }

    /// `Sat, 16 Oct 2010 20:53:18 +0000` → seconds since 1970.
    static func rfc822(_ text: String) -> Int64? {
        let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        let parts = text.split(separator: " ").map(String.init)
        guard parts.count >= 5, let day = Int(parts[1]), let month = months.firstIndex(of: parts[2].lowercased().prefix(3).description),
              let year = Int(parts[3]) else { return nil }
        guard let base = epoch(String(format: "%04d-%02d-%02d %@", year, month + 1, day, parts[4])) else { return nil }
        var offset: Int64 = 0
        if parts.count >= 6, let zone = parts.last, zone.count == 5, let value = Int(zone.dropFirst()),
           zone.first == "+" || zone.first == "-" {
            offset = Int64((value / 100) * 3600 + (value % 100) * 60) * (zone.first == "-" ? -1 : 1)
        }
        return base - offset
    }

    /// Seconds since 1970 of `yyyy-mm-dd hh:mm:ss` read as UTC; nil for WordPress's zero date.
    static func epoch(_ text: String) -> Int64? {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == " " || $0 == ":" || $0 == "T" }).map { Int($0) }
        guard parts.count == 6, let year = parts[0], let month = parts[1], let day = parts[2], let hour = parts[3],
              let minute = parts[4], let second = parts[5], year > 0, (1...12).contains(month),
              (1...CivilCalendar.daysInMonth(year: year, month: month)).contains(day), hour < 24, minute < 60, second < 61
        else { return nil }
        let days = Int64(CivilCalendar.days(year: year, month: month, day: day))
        return days * 86_400 + Int64(hour * 3600 + minute * 60 + second)
    }

    /// `content/<folder>/<name>.md`: the post's slug (else its title's, else `bai-<id>`); a name
    /// already used in this import or taken by another file gets the date, then a number.
    func uniquePath(folder: String, item: WordPressExport.Item, title: String, date: String, used: inout Set<String>) -> String {
        let decoded = item.name.removingPercentEncoding ?? item.name
        var name = Slugger.slug(decoded)
        if name.isEmpty || name.allSatisfy({ $0.isNumber || $0 == "-" }) && Slugger.slug(title).count > 0 { name = Slugger.slug(title) }
        if name.isEmpty { name = "bai-\(item.id)" }
        let day = String(date.prefix(10))
        var candidates = [name, "\(name)-\(day)"]
        candidates += (2...1000).map { "\(name)-\(day)-\($0)" }
        for candidate in candidates {
            let path = "content/\(folder)/\(candidate).md"
            if !used.contains(path) && !taken(path) {
                used.insert(path)
                return path
            }
        }
        let path = "content/\(folder)/\(name)-\(item.id).md"
        used.insert(path)
        return path
    }

    /// The old permalink, `?p=<id>` (`?page_id=` for pages) and the permalink with each old slug.
    func aliases(_ item: WordPressExport.Item, site: SiteAddressParts, newPath: String) -> [String] {
        var found: [String] = []
        func add(_ alias: String) {
            guard let normalized = AliasPath.normalize(alias), !found.contains(normalized) else { return }
            found.append(normalized)
        }
        if let permalink = site.localPath(item.link) { add(permalink) }
        if item.id > 0 { add(item.type == "page" ? "/?page_id=\(item.id)" : "/?p=\(item.id)") }
        if let permalink = site.localPath(item.link), !permalink.contains("?") {
            for old in item.meta("_wp_old_slug") where !old.isEmpty {
                var segments = permalink.split(separator: "/").map(String.init)
                guard !segments.isEmpty else { continue }
                segments[segments.count - 1] = old
                add("/" + segments.joined(separator: "/") + (permalink.hasSuffix("/") ? "/" : ""))
            }
        }
        let newURL = String(newPath.dropFirst("content/".count).dropLast(3))
        return found.filter { AliasPath.split($0).path.trimmingCharacters(in: CharacterSet(charactersIn: "/")) != newURL }
            .map { $0.hasPrefix("/") ? $0 : "/" + $0 }
    }

    func convertBody(_ item: WordPressExport.Item, export: WordPressExport, into article: inout ImportedArticle, site: SiteAddressParts,
                     attachments: [Int: String], oldAddresses: [String: String]) {
        let prepared = WordPressText.prepare(item.content)
        let folder = (article.path as NSString).deletingLastPathComponent
        let collector = MediaCollector(mediaFile: mediaFile, folder: folder)
        let articlePath = article.path
        let converter = HTMLToMarkdown { address, isImage in
            if let local = collector.localName(for: address, site: site) { return local }
            if let path = site.localPath(address).flatMap({ AliasPath.split($0).path.isEmpty ? nil : AliasPath.split($0).path }),
               let target = oldAddresses[path] ?? oldAddresses[path + "/"], target != articlePath {
                return Self.relative(target, from: articlePath)
            }
            if !URLCheck.hasScheme(address), !address.hasPrefix("/"), !address.hasPrefix("#"),
               let base = URL(string: item.link.isEmpty ? export.siteLink + "/" : item.link),
               let absolute = URL(string: address, relativeTo: base)?.absoluteString, URLCheck.hasScheme(absolute) {
                collector.note("địa chỉ tương đối, trỏ về trang cũ — relative address, pointed at the old site: \(absolute)")
                return absolute
            }
            if address.hasPrefix("/"), !address.hasPrefix("//"), !site.origin.isEmpty {
                collector.note("liên kết tới trang cũ giữ nguyên — link to the old site kept: \(site.origin + address)")
                return site.origin + address
            }
            if isImage, URLCheck.hasScheme(address) {
                collector.note("ảnh chưa tải về, vẫn lấy từ trang cũ — remote image not fetched: \(address)")
            }
            return address
        }
        let body = MarkupParser.parseHTML(Array(prepared.html.utf8), fragment: true)
        let output = converter.convert(body.child("body") ?? body)
        article.body = TextNormalizer.nfc(output.markdown)
        if !output.rawHTML.isEmpty {
            article.notes.append("giữ HTML thô — raw HTML kept: " + output.rawHTML.map { "<\($0)>" }.joined(separator: " "))
        }
        if !prepared.removedShortcodes.isEmpty {
            article.notes.append("bỏ mã rút gọn — shortcodes removed: " + prepared.removedShortcodes.map { "[\($0)]" }.joined(separator: " "))
        }
        // The featured image (`_thumbnail_id` → the attachment's address).
        if let id = item.meta("_thumbnail_id").first.flatMap({ Int($0) }), let address = attachments[id] {
            if let local = collector.localName(for: address, site: site) {
                article.image = local
            } else {
                collector.note("ảnh đại diện chưa tải về — featured image not fetched: \(address)")
            }
        }
        article.media = collector.copies
        article.notes += collector.notes
    }

    /// `content/a/x.md` seen from `content/b/y.md`: `../a/x.md`.
    static func relative(_ target: String, from source: String) -> String {
        let targetFolder = (target as NSString).deletingLastPathComponent
        let sourceFolder = (source as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        return targetFolder == sourceFolder ? name : "../" + (targetFolder as NSString).lastPathComponent + "/" + name
    }

    /// One line of plain text: spaces collapsed, invisible characters dropped, NFC.
    static func clean(_ text: String) -> String {
        TextNormalizer.nfc(HTMLToMarkdown.collapse(text).trimmingSpaces)
    }

    /// The text of an HTML fragment (titles and excerpts may carry markup and entities).
    static func plainText(_ html: String) -> String {
        guard html.contains("<") || html.contains("&") else { return html }
        let parsed = MarkupParser.parseHTML(Array(html.utf8), fragment: true)
        return (parsed.child("body") ?? parsed).text
    }
}
