import Foundation

/// Reads the dates editors write in front matter.
///
/// Accepted: `2020-06-25T10:00`, `2020-06-25 10:00:00`, with an optional `Z` or `+07:00` offset,
/// and `2020-06-25` alone (midnight). Without an offset the time is read in the site's time zone.
public enum DateParser {
    /// Why a date was refused, in words for an editor.
    public struct Problem: Error, Sendable, Equatable {
        public let vi: String
        public let en: String
        public let hintVI: String
        public let hintEN: String
    }

    public static func parse(_ raw: String, timeZone: TimeZone) -> Result<SiteDate, Problem> {
        let text = raw.trimmingSpaces
        let bytes = Array(text.utf8)
        var position = 0

        func number(_ digits: Int) -> Int? {
            guard position + digits <= bytes.count else { return nil }
            var value = 0
            for index in position..<position + digits {
                let byte = bytes[index]
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            position += digits
            return value
        }
        func expect(_ character: UInt8) -> Bool {
            guard position < bytes.count, bytes[position] == character else { return false }
            position += 1
            return true
        }

        // Built only when it is needed: the suggestion costs more than the parse.
        func format() -> Problem {
            Problem(
            vi: "Ngày \"\(text)\" không đúng dạng.", en: "Date \"\(text)\" is not in a known form.",
            hintVI: suggestion(text).map { "Viết theo dạng năm-tháng-ngày giờ:phút, ví dụ `\($0)`." }
                ?? "Viết theo dạng năm-tháng-ngày giờ:phút, ví dụ `2020-06-25T10:00`.",
            hintEN: suggestion(text).map { "Write year-month-day hour:minute, e.g. `\($0)`." }
                ?? "Write year-month-day hour:minute, e.g. `2020-06-25T10:00`.")
        }

        guard let year = number(4), expect(0x2D), let month = number(2), expect(0x2D), let day = number(2) else {
            return .failure(format())
        }
        var hour = 0, minute = 0, second = 0
        var offset: Int?
        if position < bytes.count {
            guard expect(0x54) || expect(0x20) || expect(0x74), let h = number(2), expect(0x3A), let m = number(2) else {
                return .failure(format())
            }
            hour = h
            minute = m
            if expect(0x3A) {
                guard let s = number(2) else { return .failure(format()) }
                second = s
                if expect(0x2E) || expect(0x2C) {  // fraction of a second: ignored
                    while position < bytes.count, bytes[position] >= 0x30, bytes[position] <= 0x39 { position += 1 }
                }
            }
            if position < bytes.count, bytes[position] == 0x20 { position += 1 }
            if expect(0x5A) || expect(0x7A) {
                offset = 0
            } else if position < bytes.count, bytes[position] == 0x2B || bytes[position] == 0x2D {
                let sign = bytes[position] == 0x2D ? -1 : 1
                position += 1
                guard let oh = number(2) else { return .failure(format()) }
                _ = expect(0x3A)
                let om = number(2) ?? 0
                guard oh <= 14, om < 60 else { return .failure(format()) }
                offset = sign * (oh * 3600 + om * 60)
            }
            guard position == bytes.count else { return .failure(format()) }
        }
        guard (1...12).contains(month), (1...CivilCalendar.daysInMonth(year: year, month: month)).contains(day) else {
            return .failure(Problem(
                vi: "Ngày \"\(text)\" không có trong lịch.", en: "Date \"\(text)\" does not exist.",
                hintVI: "Kiểm tra lại ngày và tháng (tháng \(month) có \(month >= 1 && month <= 12 ? CivilCalendar.daysInMonth(year: year, month: month) : 0) ngày).",
                hintEN: "Check the day and month."))
        }
        guard hour < 24, minute < 60, second < 60 else {
            return .failure(Problem(
                vi: "Giờ trong \"\(text)\" không hợp lệ.", en: "The time in \"\(text)\" is not valid.",
                hintVI: "Giờ từ 00:00 đến 23:59.", hintEN: "Times run from 00:00 to 23:59."))
        }
        let local = Int64(CivilCalendar.days(year: year, month: month, day: day)) * 86_400
            + Int64(hour * 3600 + minute * 60 + second)
        let epoch: Int64
        if let offset {
            epoch = local - Int64(offset)
        } else {
            let guess = local - Int64(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(local))))
            epoch = local - Int64(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(guess))))
        }
        return .success(SiteDate(epochSeconds: epoch, timeZone: timeZone))
    }

    /// For "25/06/2020 10:00" (the portal's own form), the same date written the accepted way.
    static func suggestion(_ text: String) -> String? {
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        guard let datePart = parts.first else { return nil }
        let pieces = datePart.split(whereSeparator: { $0 == "/" || $0 == "." }).map(String.init)
        guard pieces.count == 3, let d = Int(pieces[0]), let m = Int(pieces[1]), let y = Int(pieces[2]), y > 999 else {
            return nil
        }
        let time = parts.count > 1 && parts[1].contains(":") ? "T" + parts[1] : "T00:00"
        return String(format: "%04d-%02d-%02d", y, m, d) + time
    }
}
