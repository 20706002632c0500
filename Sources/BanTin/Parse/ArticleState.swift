/// Where one article stands at the build's clock, for `bantin status`.
public struct ArticleState: Sendable, Equatable {
    public enum Stage: String, Sendable, CaseIterable {
        /// On the site now.
        case live
        /// Approved or published, waiting for `publish_at`.
        case scheduled
        /// Past `expires`: taken down.
        case expired
        case pending
        case draft

        /// "đang hiện", "hẹn giờ", "hết hạn", "chờ duyệt", "bản nháp".
        public var vietnameseName: String {
            switch self {
            case .live: return "đang hiện trên trang"
            case .scheduled: return "hẹn giờ đăng"
            case .expired: return "đã hết hạn"
            case .pending: return "chờ duyệt"
            case .draft: return "bản nháp"
            }
        }
    }

    public var path: String
    public var title: String
    public var status: ArticleStatus
    public var stage: Stage
    public var date: SiteDate?
    public var publishAt: SiteDate?
    public var expires: SiteDate?

    init(_ item: ParsedSource, now: Int64) {
        path = item.path
        title = item.meta.title
        status = item.meta.status
        date = item.meta.date
        publishAt = item.meta.publishAt
        expires = item.meta.expires
        switch item.meta.status {
        case .draft: stage = .draft
        case .pending: stage = .pending
        case .approved, .published:
            if let expires = item.meta.expires, expires.epochSeconds <= now {
                stage = .expired
            } else if let publishAt = item.meta.publishAt, publishAt.epochSeconds > now {
                stage = .scheduled
            } else {
                stage = .live
            }
        }
    }
}

/// The next moment the site changes by itself (an article's `publish_at` or `expires`), so CI
/// can plan the next build.
public struct ScheduledChange: Sendable, Equatable {
    public var date: SiteDate
    public var path: String
    /// True when the article goes up, false when it comes down.
    public var publishes: Bool

    static func next(after now: Int64, in items: [ParsedSource]) -> ScheduledChange? {
        var best: ScheduledChange?
        for item in items where item.meta.status.isPublic {
            var candidates: [(SiteDate, Bool)] = []
            if let publishAt = item.meta.publishAt, publishAt.epochSeconds > now { candidates.append((publishAt, true)) }
            if let expires = item.meta.expires, expires.epochSeconds > now { candidates.append((expires, false)) }
            for (date, publishes) in candidates {
                let change = ScheduledChange(date: date, path: item.path, publishes: publishes)
                if let current = best,
                   (current.date.epochSeconds, current.path) <= (date.epochSeconds, item.path) { continue }
                best = change
            }
        }
        return best
    }
}
