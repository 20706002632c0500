/// A royalty coefficient (hệ số nhuận bút), a decimal with at most two places, kept as whole
/// hundredths so that every amount is computed exactly, in integers.
public struct RoyaltyCoefficient: Sendable, Hashable, Comparable {
    /// The coefficient × 100: `1,5` is 150.
    public var hundredths: Int

    /// The largest coefficient a table may hold (1.000): keeps every amount far from overflowing.
    public static let maximum = RoyaltyCoefficient(hundredths: 100_000)

    public init(hundredths: Int) { self.hundredths = hundredths }

    /// Reads `5`, `1.5`, `1,5` or `12.25`; nil for a negative number, more than two decimal
    /// places, anything that is not a plain decimal, or more than `maximum`.
    public static func parse(_ text: String) -> RoyaltyCoefficient? {
        let parts = text.trimmingSpaces.split(separator: ".", maxSplits: 2, omittingEmptySubsequences: false)
            .flatMap { $0.split(separator: ",", maxSplits: 2, omittingEmptySubsequences: false) }
        guard (1...2).contains(parts.count), let whole = parts.first, !whole.isEmpty, whole.count <= 7,
              whole.allSatisfy(\.isASCIIDigit), let wholeValue = Int(whole)
        else { return nil }
        var fraction = 0
        if parts.count == 2 {
            let decimals = parts[1]
            guard (1...2).contains(decimals.count), decimals.allSatisfy(\.isASCIIDigit), let value = Int(decimals) else { return nil }
            fraction = decimals.count == 1 ? value * 10 : value
        }
        let coefficient = RoyaltyCoefficient(hundredths: wholeValue * 100 + fraction)
        return coefficient <= maximum ? coefficient : nil
    }

    /// Vietnamese writing: `3`, `4,5`, `12,25` (a decimal comma, no trailing zero).
    public var vietnamese: String {
        let whole = hundredths / 100
        let fraction = hundredths % 100
        if fraction == 0 { return "\(whole)" }
        if fraction % 10 == 0 { return "\(whole),\(fraction / 10)" }
        return "\(whole),\(fraction < 10 ? "0" : "")\(fraction)"
    }

    public static func < (lhs: RoyaltyCoefficient, rhs: RoyaltyCoefficient) -> Bool { lhs.hundredths < rhs.hundredths }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
