import Yams

/// Reads a page mapping file (YAML), reporting every bad key and selector at its line and column.
///
/// ```yaml
/// based_on: sharepoint          # optional: start from a built-in mapping
/// base_url: https://tayninh.gov.vn/
/// title: h1.news-title
/// date: .news-date
/// date_format: portal           # portal | dd/mm/yyyy hh:mm | iso | auto
/// body: .news-content
/// remove: [.news-share, ".tin-khac"]
/// ```
public enum PageMappingParser {
    static let selectorKeys: [String: WritableKeyPath<PageMapping, CSSSelector?> & Sendable] = [
        "title": \.title, "date": \.date, "category": \.category, "author": \.author, "views": \.views,
        "body": \.body, "summary": \.summary, "image": \.image, "image_caption": \.imageCaption, "tags": \.tags,
    ]
    static let otherKeys = ["remove", "date_format", "author_ends_before", "default_category", "base_url", "based_on"]
    static var knownKeys: [String] { (Array(selectorKeys.keys) + otherKeys).sorted() }
    /// What a page must give for an article to be made of it.
    static let requiredKeys = ["title", "date", "body"]

    /// The mapping in `text` (a file at `path`, for the diagnostics); the mapping is nil when an
    /// error was reported.
    public static func parse(_ text: String, path: String) -> (mapping: PageMapping?, diagnostics: [Diagnostic]) {
        var fields = YAMLFields(path: path)
        let what = ("Tệp ánh xạ trang", "The page mapping file")
        guard let pairs = fields.mapping(of: text.precomposedStringWithCanonicalMapping, what: what.0, whatEN: what.1) else {
            return (nil, fields.diagnostics)
        }
        var mapping = PageMapping(name: path)
        if let based = pairs.first(where: { $0.key == "based_on" }),
           let name = fields.string(based.value, key: based.key, at: based.keyNode) {
            if let builtIn = PageMapping.builtIn[name] {
                mapping = builtIn
                mapping.name = path
            } else {
                fields.error(based.value, vi: "Không có ánh xạ dựng sẵn tên \"\(name)\".", en: "There is no built-in mapping \"\(name)\".",
                             hintVI: "Các ánh xạ dựng sẵn: \(PageMapping.builtIn.keys.sorted().joined(separator: ", ")).",
                             hintEN: "Built-in mappings: \(PageMapping.builtIn.keys.sorted().joined(separator: ", ")).")
            }
        }
        for (key, keyNode, value) in pairs {
            if let field = selectorKeys[key] {
                mapping[keyPath: field] = selector(value, key: key, at: keyNode, fields: &fields)
                continue
            }
            switch key {
            case "based_on":
                break
            case "remove":
                guard let sequence = value.sequence else {
                    mapping.remove = [selector(value, key: key, at: keyNode, fields: &fields)].compactMap { $0 }
                    continue
                }
                mapping.remove = sequence.compactMap { selector($0, key: key, at: keyNode, fields: &fields) }
            case "date_format":
                guard let name = fields.string(value, key: key, at: keyNode) else { continue }
                if let format = PageDateFormat(rawValue: name.trimmingSpaces.lowercased()) {
                    mapping.dateFormat = format
                } else {
                    fields.error(value, vi: "Không biết dạng ngày \"\(name)\".", en: "Unknown date format \"\(name)\".",
                                 hintVI: "Chọn một trong: \(PageDateFormat.names.joined(separator: ", ")).",
                                 hintEN: "Choose one of: \(PageDateFormat.names.joined(separator: ", ")).")
                }
            case "author_ends_before":
                mapping.authorEndsBefore = (fields.stringList(value, key: key, at: keyNode) ?? []).filter { !$0.isEmpty }
            case "default_category":
                mapping.defaultCategory = fields.string(value, key: key, at: keyNode)?.trimmingSpaces
            case "base_url":
                guard let url = fields.string(value, key: key, at: keyNode) else { continue }
                if let normal = SiteConfigParser.normalizeBaseURL(url) {
                    mapping.baseURL = normal
                } else {
                    fields.error(value, vi: "`base_url` phải là địa chỉ đầy đủ bắt đầu bằng http:// hoặc https://, nhưng là \"\(url)\".",
                                 en: "`base_url` must be a full address starting with http:// or https://, but is \"\(url)\".",
                                 hintVI: "Địa chỉ mà thư mục gốc của bản sao được tải về, ví dụ `https://tayninh.gov.vn/`.",
                                 hintEN: "The address the mirror's root folder was saved from, e.g. `https://tayninh.gov.vn/`.")
                }
            default:
                fields.error(keyNode, vi: "Khóa `\(key)` không có trong tệp ánh xạ trang.", en: "Unknown key `\(key)` in the page mapping.",
                             hintVI: "Các khóa hợp lệ: \(knownKeys.joined(separator: ", ")).",
                             hintEN: "Known keys: \(knownKeys.joined(separator: ", ")).")
            }
        }
        for key in requiredKeys {
            guard let field = selectorKeys[key], mapping[keyPath: field] == nil,
                  !fields.diagnostics.contains(where: { $0.messageEN.contains("`\(key)`") }) else { continue }
            fields.append(.error(SourceLocation(path: path), vi: "Tệp ánh xạ thiếu bộ chọn `\(key)`.",
                                 en: "The page mapping has no `\(key)` selector.",
                                 hintVI: "Thêm ví dụ `\(key): \(example(key))`, hoặc `based_on: sharepoint`.",
                                 hintEN: "Add for example `\(key): \(example(key))`, or `based_on: sharepoint`."))
        }
        let failed = fields.diagnostics.contains { $0.severity == .error }
        return (failed ? nil : mapping, fields.diagnostics)
    }

    static func example(_ key: String) -> String {
        ["title": "h1.news-title", "date": ".news-date", "body": ".news-content"][key] ?? ".\(key)"
    }

    /// The selector in `node`, or a diagnostic at the place in the file where it stops making sense.
    static func selector(_ node: Node, key: String, at keyNode: Node, fields: inout YAMLFields) -> CSSSelector? {
        guard let scalar = node.scalar else {
            fields.error(keyNode, vi: "`\(key)` phải là một bộ chọn CSS, ví dụ `h1.news-title`.",
                         en: "`\(key)` must be a CSS selector, for example `h1.news-title`.")
            return nil
        }
        if scalar.tag == Tag(.null) || scalar.string.trimmingSpaces.isEmpty {
            fields.error(keyNode, vi: "Bộ chọn `\(key)` đang trống.", en: "The `\(key)` selector is empty.",
                         hintVI: "Bộ chọn bắt đầu bằng #, [, * hoặc > phải đặt trong dấu nháy: `\(key): \"#noi-dung\"`.",
                         hintEN: "A selector starting with #, [, * or > must be quoted: `\(key): \"#content\"`.")
            return nil
        }
        do {
            return try CSSSelector(scalar.string)
        } catch {
            var place = fields.location(of: node)
            let quoted = scalar.style == .singleQuoted || scalar.style == .doubleQuoted
            if !scalar.string.contains("\n") { place.column += error.column - 1 + (quoted ? 1 : 0) }
            fields.append(.error(
                place, vi: "Bộ chọn `\(key)` \"\(scalar.string)\" không hợp lệ: \(error.vi)",
                en: "The `\(key)` selector \"\(scalar.string)\" is not valid: \(error.en)",
                hintVI: "Bộ chọn hiểu được: thẻ, #id, .lớp, [thuộc_tính=giá_trị], dấu cách (bên trong), > (con trực tiếp), dấu phẩy (hoặc).",
                hintEN: "Understood: element, #id, .class, [attribute=value], space (inside), > (direct child), comma (or)."))
            return nil
        }
    }
}
