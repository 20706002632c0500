/// What bantin reads of a WordPress export (WXR 1.0–1.2), over one or several files: the authors,
/// the items (posts, pages, attachments) with the fields the importer uses.
public struct WordPressExport: Sendable {
    /// One `<item>`.
    public struct Item: Sendable {
        public var origin: String
        public var id: Int
        public var type: String
        public var status: String
        public var title: String
        public var link: String
        public var name: String
        public var creator: String
        public var dateGMT: String
        public var dateLocal: String
        /// The RSS `<pubDate>` (RFC 822), read when the WordPress dates are missing.
        public var pubDate: String = ""
        public var content: String
        public var excerpt: String
        public var categories: [String] = []
        public var tags: [String] = []
        public var attachmentURL: String = ""
        /// `wp:post_password`: the post was behind a password on the old site.
        public var password: String = ""
        /// `wp:is_sticky`: kept at the top of the old home page.
        public var sticky = false
        /// `wp:postmeta` keys and values, in order.
        public var meta: [(key: String, value: String)] = []

        public func meta(_ key: String) -> [String] { meta.filter { $0.key == key }.map(\.value) }
    }

    /// The old site's address (`<channel><link>`), e.g. `https://old.example.gov.vn`.
    public var siteLink: String = ""
    /// Display names by login.
    public var authors: [String: String] = [:]
    public var items: [Item] = []

    public init() {}

    static func isWP(_ namespace: String?) -> Bool {
        guard let namespace else { return false }
        return namespace.contains("wordpress.org/export/") && !namespace.contains("/excerpt/")
    }

    /// Adds one export file; a file that is not well-formed XML or not a WXR export is an error
    /// at the place libxml2 stopped.
    public mutating func add(path: String, bytes: [UInt8]) -> Diagnostic? {
        let root: MarkupElement
        switch MarkupParser.parseXML(bytes) {
        case .failure(let failure):
            return .error(
                SourceLocation(path: path, line: failure.line, column: failure.column),
                vi: "Tệp xuất WordPress không đọc được: \(failure.message).",
                en: "The WordPress export cannot be read: \(failure.message).",
                hintVI: "Xuất lại từ WordPress (Công cụ → Xuất) và đừng sửa tệp bằng tay.",
                hintEN: "Export again from WordPress (Tools → Export) and do not edit the file by hand.")
        case .success(let element): root = element
        }
        guard root.name == "rss", let channel = root.child("channel"),
              channel.elements.contains(where: { Self.isWP($0.namespace) }) else {
            return .error(
                SourceLocation(path: path, line: root.line),
                vi: "Tệp này không phải tệp xuất WordPress (WXR).", en: "This file is not a WordPress export (WXR).",
                hintVI: "Dùng tệp .xml do WordPress xuất ra (Công cụ → Xuất).",
                hintEN: "Use the .xml file WordPress exports (Tools → Export).")
        }
        if siteLink.isEmpty { siteLink = channel.child("link")?.text.trimmingSpaces ?? "" }
        for author in channel.elements where author.name == "author" && Self.isWP(author.namespace) {
            let login = wp(author, "author_login")
            let display = wp(author, "author_display_name")
            if !login.isEmpty { authors[login] = display.isEmpty ? login : display }
        }
        for element in channel.children("item") {
            items.append(item(element, path: path))
        }
        return nil
    }

    func wp(_ element: MarkupElement, _ name: String) -> String {
        element.elements.first { $0.name == name && Self.isWP($0.namespace) }?.text.trimmingSpaces ?? ""
    }

    func item(_ element: MarkupElement, path: String) -> Item {
        func plain(_ name: String, _ namespacePart: String? = nil) -> String {
            element.child(name, namespace: namespacePart)?.text ?? ""
        }
        var item = Item(
            origin: "\(path):\(element.line)", id: Int(wp(element, "post_id")) ?? 0, type: wp(element, "post_type"),
            status: wp(element, "status"), title: plain("title").trimmingSpaces, link: plain("link").trimmingSpaces,
            name: wp(element, "post_name"), creator: plain("creator", "purl.org/dc").trimmingSpaces,
            dateGMT: wp(element, "post_date_gmt"), dateLocal: wp(element, "post_date"),
            content: plain("encoded", "purl.org/rss/1.0/modules/content"), excerpt: plain("encoded", "/excerpt/"))
        if item.type.isEmpty { item.type = "post" }
        item.attachmentURL = wp(element, "attachment_url")
        item.pubDate = plain("pubDate").trimmingSpaces
        item.password = wp(element, "post_password")
        item.sticky = wp(element, "is_sticky") == "1"
        for category in element.children("category") {
            let name = category.text.trimmingSpaces
            guard !name.isEmpty else { continue }
            switch category.attribute("domain") {
            case "category"?: if !item.categories.contains(name) { item.categories.append(name) }
            case "post_tag"?, "tag"?: if !item.tags.contains(name) { item.tags.append(name) }
            case nil: if !item.categories.contains(name) { item.categories.append(name) }  // WXR 1.0
            default: break
            }
        }
        for meta in element.elements where meta.name == "postmeta" && Self.isWP(meta.namespace) {
            item.meta.append((key: wp(meta, "meta_key"), value: wp(meta, "meta_value")))
        }
        return item
    }
}
