/// A text the theme prints, in Vietnamese and English ("Lượt người xem" / "Views").
public struct Label: Sendable, Hashable {
    public var vi: String
    public var en: String
    public init(vi: String, en: String) {
        self.vi = vi
        self.en = en
    }

    /// The labels a site starts with; `site.yml` may change any of them under `labels:`.
    public static let defaults: [String: Label] = [
        "home": Label(vi: "Trang chủ", en: "Home"),
        "views": Label(vi: "Lượt người xem", en: "Views"),
        "font_size": Label(vi: "Cỡ chữ", en: "Font size"),
        "font_smaller": Label(vi: "Giảm", en: "Decrease"),
        "font_default": Label(vi: "Mặc định", en: "Default"),
        "font_larger": Label(vi: "Tăng", en: "Increase"),
        "share": Label(vi: "Chia sẻ", en: "Share"),
        "print": Label(vi: "In bài", en: "Print"),
        "email": Label(vi: "Gửi email", en: "Email"),
        "other_news": Label(vi: "Tin khác", en: "Other news"),
        "related_news": Label(vi: "Tin liên quan", en: "Related news"),
        "featured": Label(vi: "Tin nổi bật", en: "Featured"),
        "most_viewed": Label(vi: "Tin đọc nhiều", en: "Most read"),
        "latest": Label(vi: "Tin mới", en: "Latest"),
        "author": Label(vi: "Tác giả", en: "Author"),
        "attachments": Label(vi: "Tệp đính kèm", en: "Attachments"),
        "audio": Label(vi: "Nghe bài viết", en: "Listen"),
        "tags": Label(vi: "Chủ đề", en: "Tags"),
        "categories": Label(vi: "Chuyên mục", en: "Categories"),
        "read_more": Label(vi: "Xem tiếp", en: "Read more"),
        "external_link": Label(vi: "Đọc tại trang gốc", en: "Read at the source"),
        "pagination": Label(vi: "Phân trang", en: "Pages"),
        "previous": Label(vi: "Trang trước", en: "Previous"),
        "next": Label(vi: "Trang sau", en: "Next"),
        "page": Label(vi: "Trang", en: "Page"),
        "skip_to_content": Label(vi: "Bỏ qua, đến nội dung chính", en: "Skip to main content"),
        "main_menu": Label(vi: "Chuyên mục chính", en: "Main menu"),
        "not_found_title": Label(vi: "Không tìm thấy trang", en: "Page not found"),
        "not_found_text": Label(
            vi: "Trang bạn tìm không có hoặc đã được chuyển đi.",
            en: "The page you are looking for does not exist or has moved."),
        "back_home": Label(vi: "Về trang chủ", en: "Back to the home page"),
        "no_articles": Label(vi: "Chưa có bài viết.", en: "No articles yet."),
        "archive": Label(vi: "Lưu trữ", en: "Archive"),
        "archive_month": Label(vi: "Tin tháng", en: "News of"),
        "articles": Label(vi: "bài viết", en: "articles"),
        "tags_alphabetical": Label(vi: "Theo thứ tự chữ cái", en: "Alphabetical"),
        "tags_by_count": Label(vi: "Theo số bài viết", en: "By number of articles"),
        "rss": Label(vi: "Tin RSS", en: "RSS feeds"),
        "year": Label(vi: "Năm", en: "Year"),
        "site_links": Label(vi: "Liên kết", en: "Site links"),
        "moved": Label(vi: "Bài viết đã chuyển địa chỉ", en: "This article has moved"),
        "moved_text": Label(vi: "Bài viết này nay ở địa chỉ mới:", en: "This article is now at:"),
        "updated": Label(vi: "Cập nhật", en: "Updated"),
        "all_feeds": Label(vi: "Các kênh tin RSS", en: "RSS feeds"),
        "site_feed": Label(vi: "Toàn bộ tin", en: "All news"),
        "draft": Label(vi: "Bản nháp — chưa đăng", en: "Draft — not published"),
        "search": Label(vi: "Tìm kiếm", en: "Search"),
        "search_submit": Label(vi: "Tìm", en: "Search"),
        "search_placeholder": Label(vi: "Tìm bài viết…", en: "Find articles…"),
    ]
}
