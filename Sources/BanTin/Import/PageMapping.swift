/// Where the fields of an article are on an old portal's saved pages: a selector per field, what
/// to drop from the body, how dates are written, and the old site's address.
///
/// A field's selector list is read in order, `a, b` as "a, or else b": the field is the first
/// element the first matching selector picks. Its value is the element's text (spaces collapsed,
/// trimmed); a `<meta>` gives its `content`, a `<time>` its `datetime`, an `<img>` (or the first
/// image inside the element, for `image`) its `src`.
public struct PageMapping: Sendable, Equatable {
    /// The name shown in reports: a built-in name or the mapping file's path.
    public var name: String
    public var title: CSSSelector?
    public var date: CSSSelector?
    public var category: CSSSelector?
    public var author: CSSSelector?
    /// The views count: the last number in the element's text ("Lượt người xem: Views: 2048" → 2048).
    public var views: CSSSelector?
    public var body: CSSSelector?
    public var summary: CSSSelector?
    public var image: CSSSelector?
    public var imageCaption: CSSSelector?
    /// Every element picked is one tag.
    public var tags: CSSSelector?
    /// Dropped from the body before it is converted (share buttons, "Tin khác" lists…).
    public var remove: [CSSSelector] = []
    public var dateFormat: PageDateFormat = .auto
    /// Where the author's text ends: from the first of these on, the text is dropped (the portal
    /// prints the author and "Lượt người xem: Views: N" in one element). Compared without case.
    public var authorEndsBefore: [String] = []
    /// Used when a page shows no category, or one `site.yml` does not have.
    public var defaultCategory: String?
    /// The address the mirror's root folder was saved from (`https://tayninh.gov.vn/`): its path
    /// comes before a file's path in the alias. Nil: the mirror root is the site root.
    public var baseURL: String?

    public init(name: String) {
        self.name = name
    }

    /// The built-in mappings, by name.
    public static let builtIn: [String: PageMapping] = ["sharepoint": sharepoint]

    /// The mapping used when none is given.
    public static let defaultName = "sharepoint"

    /// The SharePoint 2013 "Tin Tức Mở Rộng" article layout of the provincial portals: category
    /// line, date line "Thứ 5, Ngày 25/06/2020, 10:00", title, font-size buttons, body, author with
    /// "Lượt người xem: Views: N", share buttons, "Tin khác", and the editing panel's field labels.
    public static let sharepoint: PageMapping = {
        var mapping = PageMapping(name: "sharepoint")
        func selector(_ text: String) -> CSSSelector? { try? CSSSelector(text) }
        mapping.title = selector("h1.news-title, .tin-tuc-mo-rong h1, .news-title, .ms-rtestate-field h1")
        mapping.date = selector(".news-date, .ngay-dang, .tin-tuc-mo-rong .date")
        mapping.category = selector(".news-category, .chuyen-muc, .tin-tuc-mo-rong .category")
        mapping.author = selector(".news-author, .tac-gia")
        mapping.views = selector(".news-views, .luot-xem, .news-author, .tac-gia")
        mapping.body = selector(".news-content, .noi-dung, .tin-tuc-mo-rong div.ms-rtestate-field")
        mapping.summary = selector(".news-summary, .tom-tat")
        mapping.image = selector(".news-image img, .hinh-anh img")
        mapping.imageCaption = selector(".news-image-caption, .hinh-anh-mo-ta")
        mapping.tags = selector(".news-tags a, .tu-khoa a")
        mapping.remove = [
            ".news-font-size", ".co-chu", ".news-share", ".chia-se", ".tin-khac", ".other-news", ".news-author",
            ".tac-gia", ".news-views", ".luot-xem", ".ms-rteThemeForeColor-hidden", ".ms-hidden", "script", "style",
            "[id$=_EditModePanel]", ".edit-mode-panel", ".ms-formfieldlabel",
        ].compactMap(selector)
        mapping.dateFormat = .portal
        mapping.authorEndsBefore = ["Lượt người xem", "Views:"]
        return mapping
    }()
}
