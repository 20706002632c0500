/// Articles by month of publication, in the site's time zone, newest month first.
public struct Archive: Sendable {
    public struct Month: Sendable {
        public var year: Int
        public var month: Int
        /// Positions in `SiteIndex.articles`, newest first.
        public var members: [Int]

        /// `luu-tru/2020/06/`.
        public var path: String { Archive.path(year: year, month: month) }
    }

    public let months: [Month]

    public init(articles: [Article]) {
        var months: [Month] = []
        for (position, article) in articles.enumerated() {
            if let last = months.last, last.year == article.date.year, last.month == article.date.month {
                months[months.count - 1].members.append(position)
            } else {
                months.append(Month(year: article.date.year, month: article.date.month, members: [position]))
            }
        }
        // Articles are newest first, so each month is one run.
        self.months = months
    }

    public static func path(year: Int, month: Int) -> String {
        "luu-tru/\(year)/\(month < 10 ? "0" : "")\(month)/"
    }

    /// Years, newest first, each with its months newest first.
    public var years: [(year: Int, months: [Month])] {
        var result: [(Int, [Month])] = []
        for month in months {
            if let last = result.last, last.0 == month.year {
                result[result.count - 1].1.append(month)
            } else {
                result.append((month.year, [month]))
            }
        }
        return result
    }
}
