import Foundation

/// How the date of a saved page is written (`date_format:` of a page mapping).
public enum PageDateFormat: String, Sendable, Equatable, CaseIterable {
    /// The portal's line "Thứ 5, Ngày 25/06/2020, 10:00": the first day/month/year in the text,
    /// then the first hour:minute after it (words and weekday around them are ignored).
    case portal
    /// `25/06/2020 10:00` (also `25/06/2020`, `25-06-2020 10:00:30`, `13.3.2020`), nothing else around.
    case dayMonthYear = "dd/mm/yyyy hh:mm"
    /// `2020-06-25T10:00:00+07:00` and the other forms front matter accepts.
    case iso
    /// ISO when the text starts with a four-digit year, else `portal`.
    case auto

    /// The names accepted in a mapping file.
    public static var names: [String] { allCases.map(\.rawValue) }

    /// The wall-clock time in `timeZone`, `2020-06-25T10:00:00`, or nil when the text has no
    /// date in this form (or one that is not in the calendar). A time with an offset is moved to
    /// `timeZone`; one without is taken as already in it.
    public func wallClock(_ raw: String, timeZone: TimeZone) -> String? {
        let text = raw.replacingOccurrences(of: "\u{00A0}", with: " ").trimmingSpaces
        switch self {
        case .iso:
            return Self.parseISO(text, timeZone: timeZone)
        case .auto:
            if text.prefix(4).allSatisfy(\.isASCII), text.prefix(4).allSatisfy(\.isNumber), text.count >= 10 {
                return Self.parseISO(text, timeZone: timeZone)
            }
            return Self.dayFirst(text, strict: false, timeZone: timeZone)
        case .portal:
            return Self.dayFirst(text, strict: false, timeZone: timeZone)
        case .dayMonthYear:
            return Self.dayFirst(text, strict: true, timeZone: timeZone)
        }
    }

    static func parseISO(_ text: String, timeZone: TimeZone) -> String? {
        guard case .success(let date) = DateParser.parse(text, timeZone: timeZone) else { return nil }
        return String(date.iso8601.prefix(19))
    }

    /// Day, month, year (separated by `/`, `-` or `.`), then hour and minute (and seconds).
    static func dayFirst(_ text: String, strict: Bool, timeZone: TimeZone) -> String? {
        let characters = Array(text)
        var position = 0
        func number(maxDigits: Int) -> Int? {
            var value = 0
            var count = 0
            while position < characters.count, count < maxDigits, let digit = characters[position].wholeNumberValue,
                  characters[position].isASCII {
                value = value * 10 + digit
                count += 1
                position += 1
            }
            return count > 0 ? value : nil
        }
        func separator(_ allowed: Set<Character>) -> Character? {
            guard position < characters.count, allowed.contains(characters[position]) else { return nil }
            position += 1
            return characters[position - 1]
        }
        func date() -> (Int, Int, Int)? {
            let start = position
            guard let day = number(maxDigits: 2), let mark = separator(["/", "-", "."]), let month = number(maxDigits: 2),
                  separator([mark]) != nil, let year = number(maxDigits: 4), year >= 1000 else {
                position = start
                return nil
            }
            if position < characters.count, characters[position].isNumber { position = start; return nil }
            return (day, month, year)
        }
        var found = date()
        if !strict {
            // The first date in the text, on a digit that does not continue a number.
            while found == nil, position < characters.count {
                position += 1
                if position < characters.count, characters[position].isNumber, !characters[position - 1].isNumber {
                    found = date()
                }
            }
        }
        guard let (day, month, year) = found else { return nil }
        var hour = 0, minute = 0, second = 0
        if strict {
            if position < characters.count {
                guard separator([" ", "T"]) != nil else { return nil }
                while position < characters.count, characters[position] == " " { position += 1 }
                guard let h = number(maxDigits: 2), separator([":", "g", "h"]) != nil, let m = number(maxDigits: 2) else { return nil }
                hour = h
                minute = m
                if separator([":"]) != nil {
                    guard let s = number(maxDigits: 2) else { return nil }
                    second = s
                }
                guard position == characters.count else { return nil }
            }
        } else {
            // The first h:mm after the date ("…, 10:00", "lúc 10g00" is not a portal form).
            while position < characters.count {
                if characters[position].isNumber, position == 0 || !characters[position - 1].isNumber {
                    let start = position
                    if let h = number(maxDigits: 2), separator([":"]) != nil, let m = number(maxDigits: 2),
                       !(position < characters.count && characters[position].isNumber) {
                        hour = h
                        minute = m
                        if separator([":"]) != nil, let s = number(maxDigits: 2) { second = s }
                        break
                    }
                    position = max(position, start + 1)
                } else {
                    position += 1
                }
            }
        }
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return parseISO("\(year)-\(two(month))-\(two(day))T\(two(hour)):\(two(minute)):\(two(second))", timeZone: timeZone)
    }
}
