import Yams

extension FrontMatterParser {
    /// `type:`, `grade:`, `pages:`, `photos:` and `royalty:`, the keys of the royalty statement.
    static func readRoyalty(key: String, keyNode: Node, value: Node, into royalty: inout ArticleRoyalty, fields: inout YAMLFields) {
        let at = fields.location(of: keyNode)
        switch key {
        case "type", "grade":
            guard let text = fields.string(value, key: key, at: keyNode)?.trimmingSpaces.precomposedStringWithCanonicalMapping
            else { return }
            guard !text.isEmpty else {
                fields.error(keyNode, vi: "`\(key)` đang trống.", en: "`\(key)` is empty.",
                             hintVI: key == "type" ? "Viết loại bài viết, ví dụ `type: Tin`, hoặc xóa dòng này." : "Viết mức, ví dụ `grade: B`, hoặc xóa dòng này.",
                             hintEN: key == "type" ? "Write a genre, e.g. `type: Tin`, or delete the line." : "Write a grade, e.g. `grade: B`, or delete the line.")
                return
            }
            if key == "type" { royalty.type = .init(value: text, location: at) } else { royalty.grade = .init(value: text, location: at) }
        case "pages":
            royalty.pages = fields.int(value, key: key, at: keyNode, range: 1...ArticleRoyalty.maximumCount)
        case "photos":
            royalty.photos = fields.int(value, key: key, at: keyNode, range: 0...ArticleRoyalty.maximumCount)
        default:
            royalty.amount = fields.int(value, key: key, at: keyNode, range: 0...ArticleRoyalty.maximumAmount)
        }
    }
}

extension YAMLFields {
    /// `type:` and `grade:` against the table of `site.yml`, when the site has one (with the
    /// standard table only `bantin report` complains, through `RoyaltyStatement`).
    mutating func check(_ royalty: ArticleRoyalty, against table: RoyaltyConfig) {
        guard table.isGiven else { return }
        for problem in table.problems(of: royalty) { append(problem) }
    }
}
