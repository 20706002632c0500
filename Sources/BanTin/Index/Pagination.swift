/// Splits a list into pages and names their paths: page 1 at `base`, page n at `base/page/n/`.
public struct Pagination: Sendable, Equatable {
    /// 1-based page number.
    public let page: Int
    public let pageCount: Int
    /// The positions of the items on this page within the whole list.
    public let range: Range<Int>

    /// Every page of `total` items, `perPage` at a time; at least one page, even when empty.
    public static func pages(total: Int, perPage: Int) -> [Pagination] {
        let size = max(1, perPage)
        let count = max(1, (total + size - 1) / size)
        return (1...count).map { page in
            Pagination(page: page, pageCount: count, range: (page - 1) * size..<min(total, page * size))
        }
    }

    /// The path of page `number` of a list whose first page is at `base` (`tin-chuyen-nganh/`).
    public static func path(base: String, page number: Int) -> String {
        number <= 1 ? base : "\(base)page/\(number)/"
    }

    /// The page numbers to show as links: first, last, and two either side of this one;
    /// nil stands for a gap ("…").
    public var visibleNumbers: [Int?] {
        var numbers: [Int?] = []
        var last = 0
        for number in 1...pageCount where number == 1 || number == pageCount || abs(number - page) <= 2 {
            if number - last > 1 { numbers.append(nil) }
            numbers.append(number)
            last = number
        }
        return numbers
    }
}
