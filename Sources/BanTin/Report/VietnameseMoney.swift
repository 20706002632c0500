/// Amounts written the Vietnamese way: `1.234.500 đ`.
public enum VietnameseMoney {
    /// `1234500` → `1.234.500` (thousands separated by dots).
    public static func grouped(_ amount: Int) -> String {
        let digits = String(amount.magnitude)
        var out = ""
        for (position, digit) in digits.enumerated() {
            if position > 0, (digits.count - position) % 3 == 0 { out.append(".") }
            out.append(digit)
        }
        return (amount < 0 ? "-" : "") + out
    }

    /// `1.234.500 đ` (with a no-break space, so the amount never wraps away from its unit).
    public static func format(_ amount: Int) -> String { grouped(amount) + "\u{00A0}đ" }
}
