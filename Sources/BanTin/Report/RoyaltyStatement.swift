/// The monthly royalty statement (bảng kê nhuận bút) of `bantin report`: the live articles dated
/// in a period, each with its amount, grouped by author. Pure: made from built articles, no disk.
public struct RoyaltyStatement: Sendable, Equatable {
    /// One author's articles and their sum.
    public struct AuthorGroup: Sendable, Equatable {
        public var author: String
        public var lines: [RoyaltyLine]
        public var total: Int
    }

    public var siteTitle: String
    public var period: RoyaltyPeriod
    /// The table's unit (đồng) and picture coefficient, printed with the statement.
    public var unit: Int
    public var photo: RoyaltyCoefficient
    /// `--author`, when the statement is one author's.
    public var author: String?
    /// By author in Vietnamese order; each author's articles by date, then path.
    public var groups: [AuthorGroup]
    public var total: Int

    public var articleCount: Int { groups.reduce(0) { $0 + $1.lines.count } }

    /// The statement of `articles` (those on the public site; the others are left out) dated in
    /// `period` in the site's time zone, of one `author` (exact after NFC and trimming) or all.
    /// Problems (a `type:` or `grade:` the table does not have, a total too large) come with it;
    /// the statement is to be used only when there are none.
    public static func make(
        articles: [Article], config: SiteConfig, period: RoyaltyPeriod, author: String? = nil
    ) -> (RoyaltyStatement, [Diagnostic]) {
        let table = config.royalty
        let wanted = author.map { $0.precomposedStringWithCanonicalMapping.trimmingSpaces }
        var problems: [Diagnostic] = []
        var lines: [(key: VietnameseCollation.Key, line: RoyaltyLine)] = []
        for article in articles where article.isLive && period.contains(article.date) {
            let name = article.author.precomposedStringWithCanonicalMapping.trimmingSpaces
            if let wanted, name != wanted { continue }
            let royalty = article.royalty
            guard let (genre, grade) = table.rate(of: royalty) else {
                problems += table.problems(of: royalty)
                continue
            }
            let pages = royalty.pages ?? ArticleBodyCounts.pages(words: ArticleBodyCounts.words(ofHTML: article.bodyHTML))
            let photos = royalty.photos ?? ArticleBodyCounts.photos(of: article)
            let coefficient = RoyaltyCoefficient(
                hundredths: grade.coefficient.hundredths * (genre.perPage ? pages : 1) + table.photo.hundredths * photos)
            let line = RoyaltyLine(
                number: 0, title: article.title, sourcePath: article.sourcePath, date: article.date, author: name,
                genre: genre.name, grade: genre.grades.count > 1 ? grade.name : "", pages: pages, photos: photos,
                coefficient: royalty.amount == nil ? coefficient : nil,
                amount: royalty.amount ?? amount(unit: table.unit, coefficient: coefficient))
            lines.append((VietnameseCollation.key(name), line))
        }
        lines.sort { lhs, rhs in
            if lhs.key != rhs.key { return lhs.key < rhs.key }
            if lhs.line.author != rhs.line.author { return lhs.line.author < rhs.line.author }
            if lhs.line.date.epochSeconds != rhs.line.date.epochSeconds { return lhs.line.date.epochSeconds < rhs.line.date.epochSeconds }
            return lhs.line.sourcePath < rhs.line.sourcePath
        }
        var groups: [AuthorGroup] = []
        var total = 0
        var overflow = false
        for (position, item) in lines.enumerated() {
            var line = item.line
            line.number = position + 1
            if groups.last?.author != line.author { groups.append(AuthorGroup(author: line.author, lines: [], total: 0)) }
            let last = groups.count - 1
            groups[last].lines.append(line)
            let (groupSum, groupOverflow) = groups[last].total.addingReportingOverflow(line.amount)
            let (sum, totalOverflow) = total.addingReportingOverflow(line.amount)
            groups[last].total = groupSum
            total = sum
            overflow = overflow || groupOverflow || totalOverflow
        }
        if overflow {
            problems.append(.error(
                SourceLocation(path: "site.yml"), vi: "Tổng số tiền nhuận bút quá lớn để tính.", en: "The royalty total is too large to compute.",
                hintVI: "Kiểm tra `royalty.unit` và các `royalty:` viết tay.", hintEN: "Check `royalty.unit` and the hand-written `royalty:` amounts."))
        }
        let statement = RoyaltyStatement(
            siteTitle: config.title, period: period, unit: table.unit, photo: table.photo, author: wanted,
            groups: groups, total: total)
        return (statement, problems.sorted())
    }

    /// round-half-up(unit × coefficient), in whole đồng, computed in integers: the coefficient
    /// is in hundredths, so (unit × hundredths + 50) / 100.
    public static func amount(unit: Int, coefficient: RoyaltyCoefficient) -> Int {
        (unit * coefficient.hundredths + 50) / 100
    }

    /// `nhuan-but-2026-11`, `nhuan-but-2026-11-01_2026-11-30`, with `-<author slug>` for one author.
    public var fileStem: String {
        "nhuan-but-\(period.fileLabel)" + (author.map { Slugger.slug($0) }.flatMap { $0.isEmpty ? nil : "-" + $0 } ?? "")
    }

    /// The line printed by `bantin report`.
    public var summaryLine: String {
        "Bảng kê nhuận bút \(period.vietnamese): \(articleCount) bài, \(groups.count) tác giả, tổng \(VietnameseMoney.grouped(total)) đ. — "
            + "Royalty statement for \(period.first.iso)…\(period.last.iso): \(articleCount) articles, \(groups.count) authors, total \(total) đồng."
    }
}
