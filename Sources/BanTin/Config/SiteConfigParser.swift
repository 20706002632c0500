import Foundation
import Yams

/// Turns the text of `site.yml` into a `SiteConfig`, reporting every bad value with its place.
public enum SiteConfigParser {
    /// First path segments bantin's own pages use (assets, media, pagination, feeds, tags, authors,
    /// archive, search): a category there would overwrite them. A test keeps it in step with the
    /// paths the later stages define.
    static let reservedSlugs: Set<String> = ["assets", "media", "page", "rss", "chu-de", "tac-gia", "luu-tru", "tim-kiem"]

    public static let fileName = "site.yml"

    static let knownKeys: Set<String> = [
        "title", "description", "base_url", "logo", "language", "timezone", "publisher", "footer", "categories",
        "labels", "per_page", "other_news_count", "featured_count", "home_category_count",
        "most_viewed_count", "summary_length", "feed_items", "related", "allow_raw_html", "royalty",
    ]

    /// Parses `text` (the content of `site.yml`); the config is usable only when no error was reported.
    public static func parse(_ text: String, path: String = fileName) -> (SiteConfig, [Diagnostic]) {
        var fields = YAMLFields(path: path)
        var config = SiteConfig()
        let normalized = text.precomposedStringWithCanonicalMapping
        guard let pairs = fields.mapping(of: normalized, what: "Tệp site.yml", whatEN: "site.yml") else {
            return (config, fields.diagnostics)
        }
        var sawCategories = false
        for (key, keyNode, value) in pairs {
            switch key {
            case "title": config.title = fields.string(value, key: key, at: keyNode) ?? config.title
            case "description": config.description = fields.string(value, key: key, at: keyNode) ?? ""
            case "logo": config.logo = (fields.string(value, key: key, at: keyNode) ?? config.logo).trimmingPrefixSlash
            case "publisher": config.publisher = fields.string(value, key: key, at: keyNode) ?? ""
            case "footer": config.footer = fields.stringList(value, key: key, at: keyNode) ?? []
            case "language": config.language = fields.string(value, key: key, at: keyNode) ?? "vi"
            case "base_url":
                if let url = fields.string(value, key: key, at: keyNode) {
                    if let normal = normalizeBaseURL(url) {
                        config.baseURL = normal
                    } else {
                        fields.error(keyNode, vi: "`base_url` phải là địa chỉ đầy đủ bắt đầu bằng http:// hoặc https://, nhưng là \"\(url)\".",
                                     en: "`base_url` must be a full address starting with http:// or https://, but is \"\(url)\".",
                                     hintVI: "Ví dụ: `base_url: https://tayninh.gov.vn/bantin/`.",
                                     hintEN: "For example `base_url: https://tayninh.gov.vn/bantin/`.")
                    }
                }
            case "timezone":
                if let zone = fields.string(value, key: key, at: keyNode) {
                    if TimeZone(identifier: zone) != nil {
                        config.timeZoneID = zone
                    } else {
                        fields.error(keyNode, vi: "Múi giờ \"\(zone)\" không tồn tại.", en: "Unknown time zone \"\(zone)\".",
                                     hintVI: "Dùng tên IANA, ví dụ `Asia/Ho_Chi_Minh`.", hintEN: "Use an IANA name such as `Asia/Ho_Chi_Minh`.")
                    }
                }
            case "per_page": config.perPage = fields.int(value, key: key, at: keyNode, range: 1...500) ?? config.perPage
            case "other_news_count":
                config.otherNewsCount = fields.int(value, key: key, at: keyNode, range: 0...100) ?? config.otherNewsCount
            case "featured_count":
                config.featuredCount = fields.int(value, key: key, at: keyNode, range: 0...100) ?? config.featuredCount
            case "home_category_count":
                config.homeCategoryCount = fields.int(value, key: key, at: keyNode, range: 0...100) ?? config.homeCategoryCount
            case "most_viewed_count":
                config.mostViewedCount = fields.int(value, key: key, at: keyNode, range: 0...100) ?? config.mostViewedCount
            case "feed_items": config.feedItems = fields.int(value, key: key, at: keyNode, range: 1...1000) ?? config.feedItems
            case "summary_length":
                config.summaryLength = fields.int(value, key: key, at: keyNode, range: 40...2000) ?? config.summaryLength
            case "allow_raw_html": config.allowRawHTML = fields.bool(value, key: key, at: keyNode) ?? false
            case "categories":
                sawCategories = true
                config.categories = parseCategories(value, keyNode: keyNode, fields: &fields)
            case "related":
                config.related = parseRelated(value, fields: &fields)
            case "labels":
                parseLabels(value, into: &config.labels, fields: &fields)
            case "royalty":
                config.royalty = parseRoyalty(value, keyNode: keyNode, fields: &fields)
            default:
                fields.warning(keyNode, vi: "Khóa `\(key)` không được dùng và sẽ bị bỏ qua.",
                               en: "Unknown key `\(key)` is ignored.",
                               hintVI: "Các khóa hợp lệ: \(knownKeys.sorted().joined(separator: ", ")).",
                               hintEN: "Known keys: \(knownKeys.sorted().joined(separator: ", ")).")
            }
        }
        if !sawCategories || config.categories.isEmpty {
            fields.append(.error(SourceLocation(path: path), vi: "site.yml chưa khai báo chuyên mục nào (`categories`).",
                                 en: "site.yml declares no `categories`.",
                                 hintVI: "Thêm ví dụ:\n      categories:\n        - name: Tin Chuyên Ngành",
                                 hintEN: "Add for example:\n      categories:\n        - name: Tin Chuyên Ngành"))
        }
        config.categories.sort { ($0.order, $0.slug) < ($1.order, $1.slug) }
        return (config, fields.diagnostics)
    }

    /// `base_url` as written, without a trailing slash problem: `https://host/sub/`.
    static func normalizeBaseURL(_ url: String) -> String? {
        let trimmed = url.trimmingSpaces
        guard trimmed.hasPrefix("http://") || trimmed.hasPrefix("https://"),
              !trimmed.contains(" "), !trimmed.contains("?"), !trimmed.contains("#"),
              let schemeEnd = trimmed.range(of: "://"), trimmed[schemeEnd.upperBound...].first.map({ $0 != "/" }) ?? false
        else { return nil }
        return trimmed.hasSuffix("/") ? trimmed : trimmed + "/"
    }

    private static func parseCategories(_ node: Node, keyNode: Node, fields: inout YAMLFields) -> [CategoryConfig] {
        guard let sequence = node.sequence else {
            fields.error(keyNode, vi: "`categories` phải là một danh sách chuyên mục.", en: "`categories` must be a list.")
            return []
        }
        var result: [CategoryConfig] = []
        var seenSlugs: [String: CategoryConfig] = [:]
        for (position, item) in sequence.enumerated() {
            var name: String?
            var slug: String?
            var order = position
            var description = ""
            if let scalar = item.scalar {
                name = scalar.string
            } else if let pairs = fields.mapping(item, what: "Một chuyên mục", whatEN: "A category") {
                for (key, keyNode, value) in pairs {
                    switch key {
                    case "name": name = fields.string(value, key: key, at: keyNode)
                    case "slug": slug = fields.string(value, key: key, at: keyNode)
                    case "order": order = fields.int(value, key: key, at: keyNode, range: -10_000...10_000) ?? order
                    case "description": description = fields.string(value, key: key, at: keyNode) ?? ""
                    default:
                        fields.warning(keyNode, vi: "Khóa `\(key)` của chuyên mục không được dùng.",
                                       en: "Unknown category key `\(key)` is ignored.",
                                       hintVI: "Dùng name, slug, order, description.", hintEN: "Use name, slug, order, description.")
                    }
                }
            }
            guard let name, !name.trimmingSpaces.isEmpty else {
                fields.error(item, vi: "Chuyên mục thiếu tên (`name`).", en: "A category has no `name`.")
                continue
            }
            let finalSlug = slug.map { Slugger.slug($0) } ?? Slugger.slug(name)
            if finalSlug.isEmpty {
                fields.error(item, vi: "Không tạo được đường dẫn cho chuyên mục \"\(name)\".",
                             en: "Category \"\(name)\" gives an empty URL slug.",
                             hintVI: "Thêm `slug:` bằng chữ không dấu, ví dụ `slug: tin-tuc`.",
                             hintEN: "Add a `slug:` in plain letters, e.g. `slug: tin-tuc`.")
                continue
            }
            let category = CategoryConfig(name: name, slug: finalSlug, order: order, description: description)
            if let other = seenSlugs[finalSlug] {
                fields.error(item, vi: "Hai chuyên mục \"\(other.name)\" và \"\(name)\" có cùng đường dẫn /\(finalSlug)/.",
                             en: "Categories \"\(other.name)\" and \"\(name)\" share the URL /\(finalSlug)/.",
                             hintVI: "Đặt `slug:` khác cho một trong hai.", hintEN: "Give one of them another `slug:`.")
                continue
            }
            if Self.reservedSlugs.contains(finalSlug) {
                fields.error(item, vi: "Đường dẫn /\(finalSlug)/ được dành cho hệ thống.", en: "The URL /\(finalSlug)/ is reserved.",
                             hintVI: "Đặt `slug:` khác.", hintEN: "Choose another `slug:`.")
                continue
            }
            seenSlugs[finalSlug] = category
            result.append(category)
        }
        return result
    }

    private static func parseRelated(_ node: Node, fields: inout YAMLFields) -> RelatedConfig {
        var related = RelatedConfig()
        guard let pairs = fields.mapping(node, what: "`related`", whatEN: "`related`") else { return related }
        func number(_ value: Node, _ key: String, _ keyNode: Node, _ range: ClosedRange<Double>) -> Double? {
            guard let text = value.scalar?.string, let number = Double(text), range.contains(number) else {
                fields.error(keyNode, vi: "`related.\(key)` phải là số từ \(range.lowerBound) đến \(range.upperBound).",
                             en: "`related.\(key)` must be a number from \(range.lowerBound) to \(range.upperBound).")
                return nil
            }
            return number
        }
        for (key, keyNode, value) in pairs {
            switch key {
            case "count": related.count = fields.int(value, key: "related.count", at: keyNode, range: 0...50) ?? related.count
            case "tag_weight": related.tagWeight = number(value, key, keyNode, 0...100) ?? related.tagWeight
            case "category_bonus": related.categoryBonus = number(value, key, keyNode, 0...100) ?? related.categoryBonus
            case "date_weight": related.dateWeight = number(value, key, keyNode, 0...100) ?? related.dateWeight
            case "date_scale_days": related.dateScaleDays = number(value, key, keyNode, 1...100_000) ?? related.dateScaleDays
            case "max_tag_share": related.maxTagShare = number(value, key, keyNode, 0.001...1) ?? related.maxTagShare
            case "common_tag_floor":
                related.commonTagFloor = fields.int(value, key: "related.common_tag_floor", at: keyNode, range: 0...1_000_000)
                    ?? related.commonTagFloor
            case "include_newer": related.includeNewer = fields.bool(value, key: "related.include_newer", at: keyNode) ?? false
            case "candidates_per_tag":
                related.candidatesPerTag = fields.int(value, key: "related.candidates_per_tag", at: keyNode, range: 10...100_000)
                    ?? related.candidatesPerTag
            default:
                fields.warning(keyNode, vi: "Khóa `related.\(key)` không được dùng.", en: "Unknown key `related.\(key)` is ignored.",
                               hintVI: "Dùng count, tag_weight, category_bonus, date_weight, date_scale_days, max_tag_share, include_newer, candidates_per_tag.",
                               hintEN: "Use count, tag_weight, category_bonus, date_weight, date_scale_days, max_tag_share, common_tag_floor, include_newer, candidates_per_tag.")
            }
        }
        return related
    }

    private static func parseLabels(_ node: Node, into labels: inout [String: Label], fields: inout YAMLFields) {
        guard let pairs = fields.mapping(node, what: "`labels`", whatEN: "`labels`") else { return }
        for (key, keyNode, value) in pairs {
            var label = labels[key] ?? Label(vi: key, en: key)
            if labels[key] == nil {
                fields.warning(keyNode, vi: "Nhãn `\(key)` không được giao diện mặc định dùng.",
                               en: "Label `\(key)` is not used by the default theme.")
            }
            if let scalar = value.scalar {
                label.vi = scalar.string
            } else if let inner = fields.mapping(value, what: "Nhãn `\(key)`", whatEN: "Label `\(key)`") {
                for (lang, langNode, text) in inner {
                    guard let string = fields.string(text, key: "\(key).\(lang)", at: langNode) else { continue }
                    switch lang {
                    case "vi": label.vi = string
                    case "en": label.en = string
                    default:
                        fields.warning(langNode, vi: "Chỉ dùng `vi` và `en` cho nhãn.", en: "Labels take only `vi` and `en`.")
                    }
                }
            }
            labels[key] = label
        }
    }
}

extension String {
    fileprivate var trimmingPrefixSlash: String {
        var text = Substring(self)
        while text.first == "/" { text = text.dropFirst() }
        return String(text)
    }
}
