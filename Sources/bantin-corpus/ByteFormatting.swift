/// Number formatting straight into UTF-8 buffers, the Vietnamese way ("1.250", "85,4").
extension Array where Element == UInt8 {
    /// Appends a string's UTF-8 bytes.
    mutating func append(_ text: String) {
        append(contentsOf: text.utf8)
    }

    /// Appends a non-negative integer in decimal.
    mutating func appendDecimal(_ value: Int) {
        appendPadded(value, width: 1)
    }

    /// Appends a non-negative integer in decimal with at least `width` digits.
    mutating func appendPadded(_ value: Int, width: Int) {
        var digits: [UInt8] = []
        var rest = Swift.max(0, value)
        repeat {
            digits.append(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
        } while rest > 0
        while digits.count < width { digits.append(UInt8(ascii: "0")) }
        append(contentsOf: digits.reversed())
    }

    /// Appends an integer with "." between groups of three digits ("12.500").
    mutating func appendGrouped(_ value: Int) {
        if value >= 1000 {
            appendGrouped(value / 1000)
            append(UInt8(ascii: "."))
            appendPadded(value % 1000, width: 3)
        } else {
            appendDecimal(value)
        }
    }

    /// Appends tenths with a decimal comma: 854 → "85,4".
    mutating func appendTenths(_ tenths: Int) {
        appendDecimal(tenths / 10)
        append(UInt8(ascii: ","))
        appendDecimal(tenths % 10)
    }
}
