/// The file `bantin new` writes: a complete front matter, every optional key commented with its
/// meaning in Vietnamese, the date in the site's time zone, `status: draft`.
public struct NewArticle: Sendable {
    public var title: String
    public var category: CategoryConfig
    public var author: String
    public var date: SiteDate

    public init(title: String, category: CategoryConfig, author: String, date: SiteDate) {
        self.title = title
        self.category = category
        self.author = author
        self.date = date
    }

    /// `content/<category-slug>/<slug>.md`, the file name (and so the URL) from the title; when
    /// that file exists (`exists` is asked with paths from the site root), the first free of
    /// `<slug>-<yyyy-mm-dd>.md`, `<slug>-<yyyy-mm-dd>-2.md`, `-3`… A title with no letter or digit
    /// gives `bai-viet-<yyyy-mm-dd>.md`.
    public func path(exists: (String) -> Bool) -> String {
        let folder = "content/\(category.slug)/"
        let day = String(date.iso8601.prefix(10))
        let slug = Slugger.slug(title)
        var candidates = slug.isEmpty ? [] : [slug]
        let dated = slug.isEmpty ? "bai-viet-\(day)" : "\(slug)-\(day)"
        candidates.append(dated)
        for name in candidates where !exists(folder + name + ".md") { return folder + name + ".md" }
        var number = 2
        while exists("\(folder)\(dated)-\(number).md") { number += 1 }
        return "\(folder)\(dated)-\(number).md"
    }

    public func text(config: SiteConfig) -> String {
        let when = String(date.iso8601.prefix(16))
        let names = config.categories.map(\.name).joined(separator: ", ")
        let genres = config.royalty.types.map(\.name).joined(separator: ", ")
        let firstGenre = config.royalty.types.first
        return """
            ---
            # Tiêu đề bài viết (bắt buộc)
            title: \(Self.quote(title))
            # Ngày đăng (bắt buộc): năm-tháng-ngàyTgiờ:phút, giờ \(config.timeZoneID)
            date: \(when)
            # Tác giả (bắt buộc)
            author: \(Self.quote(author))
            # Chuyên mục (bắt buộc), một trong: \(names)
            category: \(Self.quote(category.name))
            # Trạng thái: draft (bản nháp), pending (chờ duyệt), approved (đã duyệt), published (đã đăng).
            # Chỉ bài approved và published được đăng.
            status: draft
            # Tóm tắt; nếu bỏ trống, dùng đoạn đầu của bài.
            # summary: ""
            # Hình ảnh (đặt tệp cạnh bài viết này) và chú thích ảnh.
            # image: anh.jpg
            # image_caption: ""
            # Chủ đề của bài.
            # tags: [Tây Ninh]
            # Đưa lên mục "Tin nổi bật" ở trang chủ.
            # featured: true
            # Tin liên quan do biên tập chọn: tên tệp (không có .md) của các bài khác.
            # related: []
            # Số lượt người xem.
            # views: 0
            # Hẹn giờ đăng bài, và thời điểm gỡ bài.
            # publish_at: \(when)
            # expires: \(when)
            # Link thay thế nội dung: bài dẫn sang trang khác thay vì có nội dung.
            # redirect: https://
            # Tệp âm thanh (đặt cạnh bài viết).
            # audio: ban-tin.mp3
            # Tệp đính kèm (đặt cạnh bài viết).
            # attachments:
            #   - file: van-ban.pdf
            #     title: "Tên văn bản"
            # Ngày cập nhật bài.
            # updated: \(when)
            # Địa chỉ cũ của bài trên cổng thông tin trước đây.
            # aliases: []
            # Đường dẫn riêng, thay cho đường dẫn tạo từ tên tệp.
            # slug: ten-bai-viet
            # Nhuận bút (chỉ cho `bantin report`): loại bài, một trong: \(genres); mức; số trang A4 và số ảnh
            # (bỏ trống: tự đếm); số tiền ấn định bằng tay (đồng), thay cho cách tính theo hệ số.
            # type: \(firstGenre?.name ?? "Tin")
            # grade: \(firstGenre?.defaultGrade ?? "B")
            # pages: 1
            # photos: 0
            # royalty: 0
            ---

            Viết nội dung bài ở đây, theo cú pháp Markdown.

            """
    }

    /// A YAML double-quoted string.
    static func quote(_ text: String) -> String { YAMLQuoted.quote(text) }
}
