/// Where an article stands in the portal's approval workflow ("Trạng thái").
public enum ArticleStatus: String, Sendable, CaseIterable {
    case draft, pending, approved, published

    /// Built for readers without `--drafts`.
    public var isPublic: Bool { self == .approved || self == .published }

    /// "bản nháp", "chờ duyệt", "đã duyệt", "đã đăng".
    public var vietnameseName: String {
        switch self {
        case .draft: return "bản nháp"
        case .pending: return "chờ duyệt"
        case .approved: return "đã duyệt"
        case .published: return "đã đăng"
        }
    }
}
