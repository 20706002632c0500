import Foundation

/// Makes an article of one saved page of an old portal, its fields found by a `PageMapping`.
///
/// Pure: the caller walks the mirror and reads each file; this only looks at the bytes. A page
/// that is not an article (no title, no date, no body, a category `site.yml` lacks) is skipped
/// with the reason, in Vietnamese and English.
public struct SavedPageReader: Sendable {
    /// Why a page was not imported.
    public struct Skip: Error, Sendable, Equatable {
        public enum Kind: String, Sendable, Equatable {
            case noTitle, noDate, badDate, noBody, noCategory, unknownCategory
        }
        public var kind: Kind
        public var vi: String
        public var en: String
    }

    public let mapping: PageMapping
    public let timeZone: TimeZone
    public let categories: [CategoryConfig]
    /// The file on disk for a path below the mirror root (`PublishingImages/2020/anh.jpg`), when
    /// the mirror has it: pictures and documents found there are copied beside the article.
    public var mediaFile: @Sendable (String) -> String?

    public init(mapping: PageMapping, timeZone: TimeZone, categories: [CategoryConfig],
                mediaFile: @escaping @Sendable (String) -> String? = { _ in nil }) {
        self.mapping = mapping
        self.timeZone = timeZone
        self.categories = categories
        self.mediaFile = mediaFile
    }

    /// With the time zone and categories of `site.yml`.
    public init(mapping: PageMapping, config: SiteConfig, mediaFile: @escaping @Sendable (String) -> String? = { _ in nil }) {
        self.init(mapping: mapping, timeZone: config.timeZone, categories: config.categories, mediaFile: mediaFile)
    }

    static let mediaExtensions: Set<String> = [
        "jpg", "jpeg", "png", "gif", "webp", "svg", "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "zip", "rar",
        "mp3", "mp4", "ogg", "txt", "odt", "ods",
    ]

    /// The mirror path an address in the page at `page` points to, when it is on the old site.
    func mirrorPath(_ address: String, page: String) -> String? {
        let site = SiteAddressParts(mapping.baseURL ?? "")
        var target: String
        if let local = site.localPath(address) {
            target = String(local.dropFirst())
        } else if !URLCheck.hasScheme(address), !address.hasPrefix("//"), !address.hasPrefix("#") {
            target = ((page as NSString).deletingLastPathComponent as NSString).appendingPathComponent(address)
        } else {
            return nil
        }
        target = String(target.prefix { $0 != "?" && $0 != "#" })
        target = target.removingPercentEncoding ?? target
        var parts: [Substring] = []
        for part in target.split(separator: "/") {
            if part == "." { continue }
            if part == ".." {
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            } else {
                parts.append(part)
            }
        }
        return parts.isEmpty ? nil : parts.joined(separator: "/")
    }

    /// The article in the page saved at `path` (below the mirror root), or why there is none.
    public func read(path: String, bytes: [UInt8]) -> Result<ImportedArticle, Skip> {
        let document = MarkupParser.parseHTML(bytes)
        let page = path
        guard let titleElement = mapping.title?.preferred(in: document), case let title = Self.clean(titleElement.text),
              !title.isEmpty else {
            return .failure(Skip(kind: .noTitle, vi: "\(page): trang không có tiêu đề (bộ chọn `title`: \(Self.shown(mapping.title))).",
                                 en: "\(page): the page has no title (`title` selector: \(Self.shown(mapping.title)))."))
        }
        guard let dateElement = mapping.date?.preferred(in: document) else {
            return .failure(Skip(kind: .noDate, vi: "\(page): trang không có ngày đăng (bộ chọn `date`: \(Self.shown(mapping.date))).",
                                 en: "\(page): the page has no date (`date` selector: \(Self.shown(mapping.date)))."))
        }
        let dateText = Self.clean(Self.value(of: dateElement))
        guard let date = mapping.dateFormat.wallClock(dateText, timeZone: timeZone) else {
            return .failure(Skip(kind: .badDate, vi: "\(page): ngày \"\(dateText)\" không đọc được theo dạng `\(mapping.dateFormat.rawValue)`.",
                                 en: "\(page): the date \"\(dateText)\" cannot be read as `\(mapping.dateFormat.rawValue)`."))
        }
        guard let bodySelector = mapping.body, let bodyPath = bodySelector.preferredPath(in: document) else {
            return .failure(Skip(kind: .noBody, vi: "\(page): trang không có nội dung (bộ chọn `body`: \(Self.shown(mapping.body))).",
                                 en: "\(page): the page has no body (`body` selector: \(Self.shown(mapping.body)))."))
        }
        var notes: [String] = []
        let category: CategoryConfig
        switch pickCategory(document) {
        case .success(let (found, note)):
            category = found
            if let note { notes.append(note) }
        case .failure(let skip):
            return .failure(Skip(kind: skip.kind, vi: "\(page): \(skip.vi)", en: "\(page): \(skip.en)"))
        }

        let bodyElement: MarkupElement
        if let removal = CSSSelector(combining: mapping.remove), let pruned = removal.removing(below: bodyPath) {
            bodyElement = pruned
        } else {
            bodyElement = bodyPath.last?.element ?? MarkupElement(name: "div")
        }
        let folder = "content/\(category.slug)"
        let collector = MediaCollector(mediaFile: mediaFile, folder: folder)
        // The old site's address: the mapping's, else the one the page declares for itself.
        let declared = [
            (try? CSSSelector("link[rel=canonical]"))?.preferred(in: document)?.attribute("href"),
            (try? CSSSelector("meta[property='og:url']"))?.preferred(in: document)?.attribute("content"),
        ].compactMap { $0 }.map { SiteAddressParts($0).origin }.first { !$0.isEmpty }
        let origin = mapping.baseURL.map { SiteAddressParts($0).origin } ?? declared ?? ""
        let localCopy: @Sendable (String, Bool) -> String? = { [self] address, isImage in
            guard let mirror = mirrorPath(address, page: path) else { return nil }
            let extensionName = (mirror as NSString).pathExtension.lowercased()
            guard isImage || Self.mediaExtensions.contains(extensionName) else { return nil }
            return collector.copy(mirror: mirror)
        }
        let converter = HTMLToMarkdown { address, isImage in
            if let local = localCopy(address, isImage) { return local }
            if !URLCheck.hasScheme(address), !address.hasPrefix("/"), !address.hasPrefix("#"), !origin.isEmpty,
               let base = URL(string: origin + "/" + path),
               let absolute = URL(string: address, relativeTo: base)?.absoluteString, URLCheck.hasScheme(absolute) {
                collector.note("Địa chỉ tương đối, trỏ về trang cũ — relative address, pointed at the old site: \(absolute)")
                return absolute
            }
            if address.hasPrefix("/"), !address.hasPrefix("//") {
                guard !origin.isEmpty else {
                    collector.note("Địa chỉ của trang cũ, chưa biết tên miền (--old-base-url): \(address) — an old-site address, domain unknown")
                    return address
                }
                collector.note("Liên kết tới trang cũ giữ nguyên — link to the old site kept: \(origin + address)")
                return origin + address
            }
            return address
        }
        let converted = converter.convert(bodyElement)
        if converted.markdown.isEmpty { notes.append("Nội dung trống — the body is empty") }
        for name in converted.rawHTML { notes.append("Giữ HTML <\(name)> — raw HTML kept: <\(name)>") }

        let slug = Slugger.slug(title)
        var article = ImportedArticle(
            path: "content/\(category.slug)/\(slug.isEmpty ? "bai-viet" : slug).md", origin: path, title: title, date: date,
            author: author(document), category: category.name, body: converted.markdown)
        if article.author.isEmpty { notes.append("Không thấy tác giả — no author found") }
        article.views = views(document)
        article.summary = mapping.summary?.preferred(in: document).map { Self.clean($0.text) }.flatMap { $0.isEmpty ? nil : $0 }
        if let lead = mapping.image?.preferred(in: document).flatMap(Self.imageSource) {
            if let local = localCopy(lead, true) {
                article.image = local
            } else {
                notes.append("Ảnh đầu bài chưa chép (không có trong bản sao): \(lead) — lead image not copied (not in the mirror)")
                article.imageCaption = nil
            }
        }
        article.imageCaption = mapping.imageCaption?.preferred(in: document).map { Self.clean($0.text) }
            .flatMap { $0.isEmpty ? nil : $0 }
        var tags: [String] = []
        for element in mapping.tags?.select(in: document) ?? [] {
            let tag = Self.clean(element.text)
            if !tag.isEmpty, !tags.contains(tag) { tags.append(tag) }
        }
        article.tags = tags
        article.aliases = [oldAddress(path: path, document: document)]
        if article.image == nil { article.imageCaption = nil }
        article.media = collector.copies
        article.notes = notes + collector.notes
        return .success(article)
    }

    /// The page's own address (`<link rel="canonical">`, `og:url`) when it has one, else the
    /// address the file was saved from.
    func oldAddress(path: String, document: MarkupElement) -> String {
        let declared = [
            (try? CSSSelector("link[rel=canonical]"))?.preferred(in: document)?.attribute("href"),
            (try? CSSSelector("meta[property='og:url']"))?.preferred(in: document)?.attribute("content"),
        ]
        for address in declared.compactMap({ $0 }) {
            if let found = MirrorPath.pathAndQuery(ofAddress: address) { return found }
        }
        return MirrorPath.oldAddress(ofFile: path, baseURL: mapping.baseURL)
    }

    /// The configured category the page names (NFC, without regard to case; then by slug), else
    /// the mapping's `default_category`.
    func pickCategory(_ document: MarkupElement) -> Result<(CategoryConfig, String?), Skip> {
        let written = mapping.category?.preferred(in: document).map { Self.clean($0.text) } ?? ""
        if !written.isEmpty, let found = category(named: written) { return .success((found, nil)) }
        if let fallback = mapping.defaultCategory, let found = category(named: fallback) {
            let note = written.isEmpty
                ? "Không thấy chuyên mục, dùng \"\(found.name)\" — no category on the page, \"\(found.name)\" used"
                : "Chuyên mục \"\(written)\" không có trong site.yml, dùng \"\(found.name)\" — category \"\(written)\" is not in site.yml, \"\(found.name)\" used"
            return .success((found, note))
        }
        let known = categories.map(\.name).joined(separator: ", ")
        if written.isEmpty {
            return .failure(Skip(kind: .noCategory, vi: "trang không có chuyên mục (bộ chọn `category`: \(Self.shown(mapping.category))).",
                                 en: "the page has no category (`category` selector: \(Self.shown(mapping.category)))."))
        }
        return .failure(Skip(kind: .unknownCategory,
                             vi: "chuyên mục \"\(written)\" không có trong site.yml (có: \(known)); thêm vào site.yml hoặc đặt `default_category`.",
                             en: "the category \"\(written)\" is not in site.yml (known: \(known)); add it there or set `default_category`."))
    }

    func category(named written: String) -> CategoryConfig? {
        let wanted = written.precomposedStringWithCanonicalMapping.lowercased()
        if let exact = categories.first(where: { $0.name.precomposedStringWithCanonicalMapping.lowercased() == wanted }) {
            return exact
        }
        let slug = Slugger.slug(written)
        return categories.first { $0.slug == slug || Slugger.slug($0.name) == slug }
    }

    /// The author's text without the views count inside it (the elements `views` picks, and
    /// everything from the first of `author_ends_before` on).
    func author(_ document: MarkupElement) -> String {
        guard let selector = mapping.author, let path = selector.preferredPath(in: document) else { return "" }
        let element = mapping.views.flatMap { $0.removing(below: path) } ?? path.last?.element ?? MarkupElement(name: "span")
        return Self.cut(Self.clean(element.text), before: mapping.authorEndsBefore).text
    }

    /// The last number in the text of the views element: the first one `views` picks that is not
    /// the author's element; else, when the author's element is the only one, the part of its
    /// text from `author_ends_before` on ("Công Phong Lượt người xem: Views: 2048").
    func views(_ document: MarkupElement) -> Int? {
        guard let picked = mapping.views?.select(in: document), let first = picked.first else { return nil }
        let author = mapping.author?.preferred(in: document)
        if let other = picked.first(where: { $0 != author }) { return Self.lastNumber(Self.clean(other.text)) }
        guard first == author, let rest = Self.cut(Self.clean(first.text), before: mapping.authorEndsBefore).rest else {
            return nil
        }
        return Self.lastNumber(rest)
    }

    // MARK: Text

    /// `text` before the first of `markers` (compared without case), and the rest from it.
    static func cut(_ text: String, before markers: [String]) -> (text: String, rest: String?) {
        var first: String.Index?
        for marker in markers {
            if let found = text.range(of: marker.precomposedStringWithCanonicalMapping, options: .caseInsensitive),
               first.map({ found.lowerBound < $0 }) ?? true {
                first = found.lowerBound
            }
        }
        guard let first else { return (text, nil) }
        return (String(text[..<first]).trimmingSpaces, String(text[first...]))
    }

    /// 2048 in "Lượt người xem: Views: 2048"; "2.048" and "2,048" are 2048.
    static func lastNumber(_ text: String) -> Int? {
        let characters = Array(text)
        var end = characters.count
        while end > 0, !(characters[end - 1].isASCII && characters[end - 1].isNumber) { end -= 1 }
        guard end > 0 else { return nil }
        var start = end
        while start > 0 {
            let previous = characters[start - 1]
            if previous.isASCII, previous.isNumber {
                start -= 1
            } else if (previous == "." || previous == ","), start >= 2, characters[start - 2].isASCII,
                      characters[start - 2].isNumber, end - start >= 3 {
                start -= 1
            } else {
                break
            }
        }
        let digits = characters[start..<end].filter { $0.isNumber }
        return Int(String(digits))
    }

    /// Spaces (no-break ones too) collapsed, trimmed, NFC.
    static func clean(_ text: String) -> String {
        HTMLToMarkdown.collapse(text).trimmingSpaces.precomposedStringWithCanonicalMapping
    }

    /// What a `<meta>` or `<time>` means, else the element's text.
    static func value(of element: MarkupElement) -> String {
        switch element.name {
        case "meta": return element.attribute("content") ?? ""
        case "time": return element.attribute("datetime") ?? element.text
        default: return element.text
        }
    }

    static func imageSource(_ element: MarkupElement) -> String? {
        if element.name == "meta" { return element.attribute("content").flatMap { $0.isEmpty ? nil : $0 } }
        if element.name == "img" { return element.attribute("src").flatMap { $0.isEmpty ? nil : $0 } }
        return (try? CSSSelector("img[src]"))?.first(in: element).flatMap(imageSource)
    }

    static func shown(_ selector: CSSSelector?) -> String {
        selector.map { "\"\($0.text)\"" } ?? "không có — none"
    }
}
