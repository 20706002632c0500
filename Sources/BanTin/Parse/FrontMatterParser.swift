import Foundation
import Yams

/// Reads an article's YAML front matter into `ArticleFrontMatter`, reporting every missing key,
/// wrong type and bad value at its line and column.
public enum FrontMatterParser {
    public static let knownKeys: [String] = [
        "title", "date", "author", "category", "views", "summary", "image", "image_caption", "tags",
        "featured", "related", "slug", "status", "redirect", "audio", "attachments", "updated", "aliases",
        "publish_at", "expires", "type", "grade", "pages", "photos", "royalty",
    ]
    static let required = ["title", "date", "author", "category"]
    static let longTitle = 200

    public static func parse(
        _ split: FrontMatterSplit, path: String, config: SiteConfig
    ) -> (ArticleFrontMatter?, [Diagnostic]) {
        var fields = YAMLFields(path: path, lineOffset: split.yamlLineOffset)
        guard let pairs = fields.mapping(of: split.yaml, what: "Phần thông tin đầu bài (front matter)", whatEN: "The front matter") else {
            return (nil, fields.diagnostics)
        }
        var meta = ArticleFrontMatter()
        var seen = Set<String>()
        for (key, keyNode, value) in pairs {
            seen.insert(key)
            read(key: key, keyNode: keyNode, value: value, into: &meta, fields: &fields, config: config)
        }
        fields.check(meta.royalty, against: config.royalty)
        for key in required where !seen.contains(key) {
            fields.append(.error(
                SourceLocation(path: path, line: split.yamlLineOffset),
                vi: "Thiếu khóa bắt buộc `\(key)` (\(vietnameseName(key))).",
                en: "Missing required key `\(key)`.",
                hintVI: "Thêm dòng `\(key): \(example(key))` giữa hai dòng `---`.",
                hintEN: "Add a line `\(key): \(example(key))` between the `---` lines."))
        }
        return (meta, fields.diagnostics)
    }

    // swiftlint:disable:next cyclomatic_complexity function_body_length
    private static func read(
        key: String, keyNode: Node, value: Node, into meta: inout ArticleFrontMatter,
        fields: inout YAMLFields, config: SiteConfig
    ) {
        let at = fields.location(of: keyNode)
        switch key {
        case "title":
            guard let title = fields.string(value, key: key, at: keyNode)?.trimmingSpaces else { return }
            if title.isEmpty {
                fields.error(keyNode, vi: "Tiêu đề (`title`) đang trống.", en: "The `title` is empty.",
                             hintVI: "Viết tiêu đề bài sau `title:`.", hintEN: "Write the headline after `title:`.")
            } else if title.count > longTitle {
                fields.warning(keyNode, vi: "Tiêu đề dài \(title.count) ký tự (nên dưới \(longTitle)).",
                               en: "The title is \(title.count) characters long (keep it under \(longTitle)).",
                               hintVI: "Rút gọn tiêu đề; đưa ý phụ vào `summary`.", hintEN: "Shorten it; move detail to `summary`.")
            }
            meta.title = title
        case "date":
            meta.dateLocation = at
            guard let text = fields.string(value, key: key, at: keyNode) else { return }
            switch DateParser.parse(text, timeZone: config.timeZone) {
            case .success(let date): meta.date = date
            case .failure(let problem):
                fields.error(keyNode, vi: problem.vi, en: problem.en, hintVI: problem.hintVI, hintEN: problem.hintEN)
            }
        case "author":
            meta.author = fields.string(value, key: key, at: keyNode)?.trimmingSpaces ?? ""
            if meta.author.isEmpty {
                fields.error(keyNode, vi: "Tác giả (`author`) đang trống.", en: "The `author` is empty.")
            }
        case "category":
            guard let name = fields.string(value, key: key, at: keyNode) else { return }
            if let category = config.category(named: name) {
                meta.category = category
            } else {
                let known = config.categories.map { "\"\($0.name)\"" }.joined(separator: ", ")
                fields.error(keyNode, vi: "Chuyên mục \"\(name)\" không có trong site.yml.",
                             en: "Category \"\(name)\" is not in site.yml.",
                             hintVI: "Chọn một trong: \(known); hoặc thêm chuyên mục mới vào site.yml.",
                             hintEN: "Use one of: \(known); or add the category to site.yml.")
            }
        case "views":
            meta.views = fields.int(value, key: key, at: keyNode, range: 0...Int(Int32.max)) ?? 0
        case "summary":
            meta.summary = fields.string(value, key: key, at: keyNode)
        case "image":
            meta.image = fields.string(value, key: key, at: keyNode).map { .init(value: $0, location: at) }
        case "image_caption":
            meta.imageCaption = fields.string(value, key: key, at: keyNode) ?? ""
        case "tags":
            meta.tags = (fields.stringList(value, key: key, at: keyNode) ?? [])
                .map { $0.trimmingSpaces }.filter { !$0.isEmpty }
        case "featured":
            meta.featured = fields.bool(value, key: key, at: keyNode) ?? false
        case "related":
            if let list = fields.stringList(value, key: key, at: keyNode) {
                meta.related = list.map { .init(value: $0, location: at) }
            }
        case "slug":
            guard let text = fields.string(value, key: key, at: keyNode) else { return }
            let slug = Slugger.slug(text)
            if slug.isEmpty || text.contains("/") || text.contains("..") {
                fields.error(keyNode, vi: "`slug` \"\(text)\" không dùng được làm đường dẫn.",
                             en: "`slug` \"\(text)\" cannot be used as a URL.",
                             hintVI: "Dùng chữ không dấu, số và dấu gạch ngang, ví dụ `slug: ke-hoach-490`.",
                             hintEN: "Use plain letters, digits and hyphens, e.g. `slug: ke-hoach-490`.")
            } else {
                meta.slug = .init(value: slug, location: at)
            }
        case "status":
            guard let text = fields.string(value, key: key, at: keyNode) else { return }
            if let status = ArticleStatus(rawValue: text.lowercased()) {
                meta.status = status
                meta.statusGiven = true
            } else {
                fields.error(keyNode, vi: "Trạng thái \"\(text)\" không hợp lệ.", en: "Unknown status \"\(text)\".",
                             hintVI: "Dùng draft (bản nháp), pending (chờ duyệt), approved (đã duyệt) hoặc published (đã đăng).",
                             hintEN: "Use draft, pending, approved or published.")
            }
        case "redirect":
            guard let text = fields.string(value, key: key, at: keyNode) else { return }
            if URLCheck.isWebURL(text) {
                meta.redirect = text
            } else {
                fields.error(keyNode, vi: "`redirect` phải là địa chỉ web bắt đầu bằng http:// hoặc https://.",
                             en: "`redirect` must be a web address starting with http:// or https://.",
                             hintVI: "Ví dụ: `redirect: https://www.tayninh.gov.vn/`.",
                             hintEN: "For example `redirect: https://www.tayninh.gov.vn/`.")
            }
        case "audio":
            meta.audio = fields.string(value, key: key, at: keyNode).map { .init(value: $0, location: at) }
        case "attachments":
            meta.attachments = readAttachments(value, keyNode: keyNode, fields: &fields)
        case "publish_at", "expires":
            guard let text = fields.string(value, key: key, at: keyNode) else { return }
            switch DateParser.parse(text, timeZone: config.timeZone) {
            case .success(let date):
                if key == "publish_at" { meta.publishAt = date } else { meta.expires = date }
            case .failure(let problem):
                fields.error(keyNode, vi: problem.vi, en: problem.en, hintVI: problem.hintVI, hintEN: problem.hintEN)
            }
        case "updated":
            guard let text = fields.string(value, key: key, at: keyNode) else { return }
            switch DateParser.parse(text, timeZone: config.timeZone) {
            case .success(let date): meta.updated = date
            case .failure(let problem):
                fields.error(keyNode, vi: problem.vi, en: problem.en, hintVI: problem.hintVI, hintEN: problem.hintEN)
            }
        case "aliases":
            for alias in fields.stringList(value, key: key, at: keyNode) ?? [] {
                guard let path = AliasPath.normalize(alias) else {
                    fields.error(keyNode, vi: "Địa chỉ cũ \"\(alias)\" không hợp lệ.", en: "Old address \"\(alias)\" is not valid.",
                                 hintVI: "Viết đường dẫn bắt đầu bằng /, không có `..`, ví dụ `/vi/news/tin-chuyen-nganh/Pages/bai-viet.aspx`.",
                                 hintEN: "Write a path starting with /, without `..`, e.g. `/vi/news/tin-chuyen-nganh/Pages/bai-viet.aspx`.")
                    continue
                }
                meta.aliases.append(.init(value: path, location: at))
            }
        case "type", "grade", "pages", "photos", "royalty":
            readRoyalty(key: key, keyNode: keyNode, value: value, into: &meta.royalty, fields: &fields)
        default:
            fields.warning(keyNode, vi: "Khóa `\(key)` không được dùng và sẽ bị bỏ qua.",
                           en: "Unknown key `\(key)` is ignored.",
                           hintVI: "Kiểm tra chính tả. Các khóa hợp lệ: \(knownKeys.joined(separator: ", ")).",
                           hintEN: "Check the spelling. Known keys: \(knownKeys.joined(separator: ", ")).")
        }
    }

    private static func readAttachments(
        _ node: Node, keyNode: Node, fields: inout YAMLFields
    ) -> [ArticleFrontMatter.AttachmentEntry] {
        if node.scalar != nil {
            return fields.string(node, key: "attachments", at: keyNode)
                .map { [.init(file: $0, title: nil, location: fields.location(of: keyNode))] } ?? []
        }
        guard let sequence = node.sequence else {
            fields.error(keyNode, vi: "`attachments` phải là danh sách tệp.", en: "`attachments` must be a list of files.",
                         hintVI: "Mỗi mục dạng `- file: ten-tep.pdf` và `title: Tên hiển thị`.",
                         hintEN: "Each item as `- file: name.pdf` with an optional `title:`.")
            return []
        }
        var entries: [ArticleFrontMatter.AttachmentEntry] = []
        for item in sequence {
            if let scalar = item.scalar {
                entries.append(.init(file: scalar.string, title: nil, location: fields.location(of: item)))
                continue
            }
            guard let pairs = fields.mapping(item, what: "Một tệp đính kèm", whatEN: "An attachment") else { continue }
            var file: String?
            var title: String?
            for (key, keyNode, value) in pairs {
                switch key {
                case "file": file = fields.string(value, key: key, at: keyNode)
                case "title": title = fields.string(value, key: key, at: keyNode)
                default:
                    fields.warning(keyNode, vi: "Khóa `\(key)` của tệp đính kèm không được dùng.",
                                   en: "Unknown attachment key `\(key)` is ignored.",
                                   hintVI: "Dùng `file` và `title`.", hintEN: "Use `file` and `title`.")
                }
            }
            guard let file else {
                fields.error(item, vi: "Tệp đính kèm thiếu `file`.", en: "An attachment has no `file`.")
                continue
            }
            entries.append(.init(file: file, title: title, location: fields.location(of: item)))
        }
        return entries
    }

    static func vietnameseName(_ key: String) -> String {
        switch key {
        case "title": return "tiêu đề"
        case "date": return "ngày đăng"
        case "author": return "tác giả"
        case "category": return "chuyên mục"
        default: return key
        }
    }

    static func example(_ key: String) -> String {
        switch key {
        case "title": return "Tiêu đề bài viết"
        case "date": return "2020-06-25T10:00"
        case "author": return "Công Phong"
        case "category": return "Tin Chuyên Ngành"
        default: return "…"
        }
    }
}
