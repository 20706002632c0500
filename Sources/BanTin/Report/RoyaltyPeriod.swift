/// The days a royalty statement covers, inclusive, in the site's time zone: a month
/// (`--month 2026-11`) or any range (`--from 2026-11-01 --to 2026-11-30`).
public struct RoyaltyPeriod: Sendable, Equatable {
    /// A calendar day, `year * 10_000 + month * 100 + day` (so that days compare as numbers).
    public struct Day: Sendable, Hashable, Comparable {
        public var year: Int
        public var month: Int
        public var day: Int

        var number: Int { year * 10_000 + month * 100 + day }

        public static func < (lhs: Day, rhs: Day) -> Bool { lhs.number < rhs.number }

        /// `2026-11-01`.
        public var iso: String { "\(Self.pad(year, 4))-\(Self.pad(month, 2))-\(Self.pad(day, 2))" }
        /// `01/11/2026`.
        public var vietnamese: String { "\(Self.pad(day, 2))/\(Self.pad(month, 2))/\(Self.pad(year, 4))" }

        static func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }

        /// `YYYY-MM-DD` naming a real day.
        static func parse(_ text: String) -> Day? {
            let parts = text.trimmingSpaces.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
                  parts.allSatisfy({ $0.allSatisfy { ("0"..."9").contains($0) } }),
                  let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
                  year >= 1, (1...12).contains(month), (1...CivilCalendar.daysInMonth(year: year, month: month)).contains(day)
            else { return nil }
            return Day(year: year, month: month, day: day)
        }
    }

    public var first: Day
    public var last: Day
    /// Given as a whole month (names the files `nhuan-but-2026-11.*`).
    public var isMonth: Bool

    /// `--month 2026-11`; nil when it is not `YYYY-MM`.
    public static func month(_ text: String) -> RoyaltyPeriod? {
        guard let first = Day.parse(text.trimmingSpaces + "-01") else { return nil }
        let last = Day(year: first.year, month: first.month, day: CivilCalendar.daysInMonth(year: first.year, month: first.month))
        return RoyaltyPeriod(first: first, last: last, isMonth: true)
    }

    /// `--from … --to …`, both days included; nil when either is not a real `YYYY-MM-DD` or the
    /// range is backwards.
    public static func range(from: String, to: String) -> RoyaltyPeriod? {
        guard let first = Day.parse(from), let last = Day.parse(to), first <= last else { return nil }
        return RoyaltyPeriod(first: first, last: last, isMonth: false)
    }

    /// Whether `date`, read in the site's time zone, falls on one of the days.
    public func contains(_ date: SiteDate) -> Bool {
        let day = Day(year: date.year, month: date.month, day: date.day)
        return first <= day && day <= last
    }

    /// `2026-11` for a month, else `2026-11-01_2026-11-30`: the files are `nhuan-but-<this>.csv|html`.
    public var fileLabel: String {
        isMonth ? "\(Day.pad(first.year, 4))-\(Day.pad(first.month, 2))" : "\(first.iso)_\(last.iso)"
    }

    /// "tháng 11/2026", or "từ ngày 01/11/2026 đến ngày 30/11/2026".
    public var vietnamese: String {
        isMonth ? "tháng \(Day.pad(first.month, 2))/\(first.year)" : "từ ngày \(first.vietnamese) đến ngày \(last.vietnamese)"
    }
}
