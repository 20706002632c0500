/// A calendar date and time without an offset, computed with integer arithmetic only so that
/// no time-zone database or locale can change it.
struct CivilDateTime: Sendable {
    let year: Int
    let month: Int
    let day: Int
    let hour: Int
    let minute: Int

    /// The date `days` after 1970-01-01 at the given time (Howard Hinnant's civil_from_days).
    init(daysSinceEpoch days: Int, hour: Int, minute: Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self.hour = hour
        self.minute = minute
    }

    /// Days from 1970-01-01 to the given date (days_from_civil).
    static func days(year: Int, month: Int, day: Int) -> Int {
        let adjustedYear = month <= 2 ? year - 1 : year
        let era = (adjustedYear >= 0 ? adjustedYear : adjustedYear - 399) / 400
        let yearOfEra = adjustedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// `YYYY-MM-DDTHH:MM:00`, the front-matter form.
    func appendISO(to out: inout [UInt8]) {
        out.appendPadded(year, width: 4)
        out.append(UInt8(ascii: "-"))
        out.appendPadded(month, width: 2)
        out.append(UInt8(ascii: "-"))
        out.appendPadded(day, width: 2)
        out.append(UInt8(ascii: "T"))
        out.appendPadded(hour, width: 2)
        out.append(UInt8(ascii: ":"))
        out.appendPadded(minute, width: 2)
        out.append(contentsOf: ":00".utf8)
    }
}
