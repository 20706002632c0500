import Foundation

/// An instant, with its wall-clock reading in the site's time zone: enough to print the portal's
/// date line and ISO 8601 dates without consulting the machine's time zone.
public struct SiteDate: Sendable, Hashable, Comparable {
    /// Seconds since 1970-01-01T00:00:00Z.
    public let epochSeconds: Int64
    /// The site time zone's offset from UTC at this instant, in seconds.
    public let offsetSeconds: Int
    public let year: Int
    public let month: Int
    public let day: Int
    public let hour: Int
    public let minute: Int
    public let second: Int
    /// 0 = Sunday, 1 = Monday, … 6 = Saturday.
    public let weekday: Int

    /// The reading of `epochSeconds` in `timeZone`.
    public init(epochSeconds: Int64, timeZone: TimeZone) {
        self.epochSeconds = epochSeconds
        let offset = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(epochSeconds)))
        self.offsetSeconds = offset
        let local = epochSeconds + Int64(offset)
        let days = Int(local >= 0 ? local / 86_400 : (local - 86_399) / 86_400)
        let secondsOfDay = Int(local - Int64(days) * 86_400)
        (year, month, day) = CivilCalendar.civil(fromDays: days)
        hour = secondsOfDay / 3600
        minute = secondsOfDay / 60 % 60
        second = secondsOfDay % 60
        weekday = ((days % 7) + 11) % 7  // 1970-01-01 was a Thursday (4)
    }

    /// A reading kept before (by `ArticleMemoFile`), restored field by field.
    init(
        epochSeconds: Int64, offsetSeconds: Int, year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, weekday: Int
    ) {
        self.epochSeconds = epochSeconds
        self.offsetSeconds = offsetSeconds
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
        self.weekday = weekday
    }

    /// "Thứ 5, Ngày 25/06/2020, 10:00", as the portal prints it.
    public var vietnameseDateLine: String {
        "\(vietnameseWeekday), Ngày \(twoDigits(day))/\(twoDigits(month))/\(year), \(twoDigits(hour)):\(twoDigits(minute))"
    }

    /// "Thứ 2" … "Thứ 7", "Chủ nhật".
    public var vietnameseWeekday: String { weekday == 0 ? "Chủ nhật" : "Thứ \(weekday + 1)" }

    /// "25/06/2020".
    public var shortDate: String { "\(twoDigits(day))/\(twoDigits(month))/\(year)" }

    /// "2020-06-25T10:00:00+07:00".
    public var iso8601: String {
        let sign = offsetSeconds < 0 ? "-" : "+"
        let magnitude = abs(offsetSeconds)
        return "\(fourDigits(year))-\(twoDigits(month))-\(twoDigits(day))T\(twoDigits(hour)):\(twoDigits(minute)):\(twoDigits(second))"
            + "\(sign)\(twoDigits(magnitude / 3600)):\(twoDigits(magnitude / 60 % 60))"
    }

    public static func < (lhs: SiteDate, rhs: SiteDate) -> Bool { lhs.epochSeconds < rhs.epochSeconds }

    private func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    private func fourDigits(_ value: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, 4 - text.count)) + text
    }
}

/// Proleptic Gregorian calendar arithmetic on day numbers (days since 1970-01-01).
enum CivilCalendar {
    static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func civil(fromDays days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
