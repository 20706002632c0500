import Yams

extension SiteConfigParser {
    static let royaltyKeys = ["unit", "photo", "default_type", "types"]
    static let royaltyGenreKeys = ["name", "slug", "grades", "default_grade", "per_page"]

    /// `royalty:`, the table of `bantin report`. Unlike other keys, an unknown key here is an
    /// error: a misspelt `per_page` would silently change what people are paid.
    static func parseRoyalty(_ node: Node, keyNode: Node, fields: inout YAMLFields) -> RoyaltyConfig {
        var royalty = RoyaltyConfig.standard
        royalty.isGiven = true
        guard let pairs = fields.mapping(node, what: "`royalty`", whatEN: "`royalty`") else { return royalty }
        var defaultType: (text: String, node: Node)?
        for (key, keyNode, value) in pairs {
            switch key {
            case "unit":
                royalty.unit = fields.int(value, key: "royalty.unit", at: keyNode, range: 1...RoyaltyConfig.maximumUnit) ?? royalty.unit
            case "photo":
                royalty.photo = coefficient(value, key: "royalty.photo", at: keyNode, fields: &fields) ?? royalty.photo
            case "default_type":
                if let text = fields.string(value, key: "royalty.default_type", at: keyNode)?.trimmingSpaces {
                    defaultType = (text, keyNode)
                }
            case "types":
                if let types = parseGenres(value, keyNode: keyNode, fields: &fields) { royalty.types = types }
            default:
                fields.error(keyNode, vi: "Khóa `royalty.\(key)` không có trong bảng nhuận bút.",
                             en: "Unknown key `royalty.\(key)` in the royalty table.",
                             hintVI: "Dùng \(royaltyKeys.joined(separator: ", ")).", hintEN: "Use \(royaltyKeys.joined(separator: ", ")).")
            }
        }
        guard let first = royalty.types.first else { return royalty }
        royalty.defaultType = first.slug
        if let (text, node) = defaultType {
            if let genre = royalty.genre(named: text) {
                royalty.defaultType = genre.slug
            } else {
                fields.error(node, vi: "`royalty.default_type` \"\(text)\" không phải loại bài viết nào của bảng.",
                             en: "`royalty.default_type` \"\(text)\" is not a genre of the table.",
                             hintVI: "Chọn một trong: \(royalty.knownGenres).", hintEN: "Use one of: \(royalty.knownGenres).")
            }
        }
        return royalty
    }

    /// A coefficient: a number ≥ 0 with at most two decimal places.
    static func coefficient(_ node: Node, key: String, at keyNode: Node, fields: inout YAMLFields) -> RoyaltyCoefficient? {
        if let text = node.scalar?.string, let value = RoyaltyCoefficient.parse(text) { return value }
        let max = RoyaltyCoefficient.maximum.vietnamese
        fields.error(keyNode, vi: "Hệ số `\(key)` phải là số không âm, tối đa hai chữ số thập phân (đến \(max)), nhưng ở đây là \(fields.describe(node)).",
                     en: "The coefficient `\(key)` must be a number ≥ 0 with at most two decimal places (up to \(max)), but this is \(fields.describeEN(node)).",
                     hintVI: "Ví dụ: `\(key): 1.5` hoặc `\(key): 12.25`.", hintEN: "For example `\(key): 1.5` or `\(key): 12.25`.")
        return nil
    }

    /// `royalty.types`: nil when it is not a usable list (the standard genres stay).
    private static func parseGenres(_ node: Node, keyNode: Node, fields: inout YAMLFields) -> [RoyaltyGenre]? {
        guard let sequence = node.sequence, !sequence.isEmpty else {
            fields.error(keyNode, vi: "`royalty.types` phải là danh sách loại bài viết (ít nhất một loại).",
                         en: "`royalty.types` must be a list of genres (at least one).",
                         hintVI: "Ví dụ:\n      types:\n        - name: Tin\n          grades: { A: 5, B: 3, C: 1.5 }",
                         hintEN: "For example:\n      types:\n        - name: Tin\n          grades: { A: 5, B: 3, C: 1.5 }")
            return nil
        }
        var genres: [RoyaltyGenre] = []
        for item in sequence {
            guard let pairs = fields.mapping(item, what: "Một loại bài viết của `royalty.types`", whatEN: "A genre of `royalty.types`")
            else { continue }
            var name: String?
            var slug: String?
            var grades: [RoyaltyGenre.Grade]?
            var gradesWritten = false
            var defaultGrade: (text: String, node: Node)?
            var perPage = false
            for (key, keyNode, value) in pairs {
                switch key {
                case "name": name = fields.string(value, key: key, at: keyNode)?.trimmingSpaces
                case "slug": slug = fields.string(value, key: key, at: keyNode)
                case "grades":
                    gradesWritten = true
                    grades = parseGrades(value, keyNode: keyNode, fields: &fields)
                case "default_grade":
                    if let text = fields.string(value, key: key, at: keyNode)?.trimmingSpaces { defaultGrade = (text, keyNode) }
                case "per_page": perPage = fields.bool(value, key: key, at: keyNode) ?? false
                default:
                    fields.error(keyNode, vi: "Khóa `\(key)` của loại bài viết không có trong bảng nhuận bút.",
                                 en: "Unknown genre key `\(key)` in the royalty table.",
                                 hintVI: "Dùng \(royaltyGenreKeys.joined(separator: ", ")).",
                                 hintEN: "Use \(royaltyGenreKeys.joined(separator: ", ")).")
                }
            }
            guard let name, !name.isEmpty else {
                fields.error(item, vi: "Loại bài viết thiếu tên (`name`).", en: "A genre has no `name`.",
                             hintVI: "Ví dụ: `- name: Tin`.", hintEN: "For example `- name: Tin`.")
                continue
            }
            let finalSlug = Slugger.slug(slug ?? name)
            guard !finalSlug.isEmpty else {
                fields.error(item, vi: "Không tạo được slug cho loại bài viết \"\(name)\".", en: "Genre \"\(name)\" gives an empty slug.",
                             hintVI: "Thêm `slug:` bằng chữ không dấu, ví dụ `slug: tin`.", hintEN: "Add a `slug:` in plain letters, e.g. `slug: tin`.")
                continue
            }
            if let other = genres.first(where: { $0.slug == finalSlug || Slugger.slug($0.name) == Slugger.slug(name) }) {
                fields.error(item, vi: "Loại bài viết \"\(name)\" trùng với \"\(other.name)\" (cùng slug \(finalSlug)).",
                             en: "Genre \"\(name)\" repeats \"\(other.name)\" (the same slug \(finalSlug)).",
                             hintVI: "Mỗi loại chỉ khai báo một lần; đặt `slug:` khác nếu đó là hai loại.",
                             hintEN: "Declare each genre once; give another `slug:` if they are two genres.")
                continue
            }
            guard let grades else {
                // Grades written but wrong were reported where they are.
                if gradesWritten { continue }
                fields.error(item, vi: "Loại bài viết \"\(name)\" thiếu hệ số (`grades`).", en: "Genre \"\(name)\" has no `grades`.",
                             hintVI: "Ví dụ: `grades: { A: 5, B: 3, C: 1.5 }`, hoặc một mức: `grades: { A: 2 }`.",
                             hintEN: "For example `grades: { A: 5, B: 3, C: 1.5 }`, or a single grade `grades: { A: 2 }`.")
                continue
            }
            guard let firstGrade = grades.first else { continue }
            var chosen = firstGrade.name
            if let (text, node) = defaultGrade {
                if let grade = RoyaltyGenre(name: name, slug: finalSlug, grades: grades, defaultGrade: chosen).grade(named: text) {
                    chosen = grade.name
                } else {
                    let known = grades.map(\.name).joined(separator: ", ")
                    fields.error(node, vi: "`default_grade` \"\(text)\" không phải mức nào của loại \"\(name)\" (\(known)).",
                                 en: "`default_grade` \"\(text)\" is not a grade of genre \"\(name)\" (\(known)).",
                                 hintVI: "Chọn một trong: \(known).", hintEN: "Use one of: \(known).")
                }
            }
            genres.append(RoyaltyGenre(name: name, slug: finalSlug, grades: grades, defaultGrade: chosen, perPage: perPage))
        }
        return genres.isEmpty ? nil : genres
    }

    /// `grades: { A: 5, B: 3, C: 1.5 }`; nil (with errors) when none is usable.
    private static func parseGrades(_ node: Node, keyNode: Node, fields: inout YAMLFields) -> [RoyaltyGenre.Grade]? {
        guard let pairs = fields.mapping(node, what: "`grades`", whatEN: "`grades`") else { return nil }
        var grades: [RoyaltyGenre.Grade] = []
        var failed = false
        for (key, gradeNode, value) in pairs {
            let name = key.trimmingSpaces
            guard !name.isEmpty else { failed = true; continue }
            guard let value = coefficient(value, key: "grades.\(name)", at: gradeNode, fields: &fields) else {
                failed = true
                continue
            }
            grades.append(.init(name: name, coefficient: value))
        }
        if grades.isEmpty, !failed {
            fields.error(keyNode, vi: "`grades` chưa có mức nào.", en: "`grades` has no grade.",
                         hintVI: "Ví dụ: `grades: { A: 5, B: 3 }`.", hintEN: "For example `grades: { A: 5, B: 3 }`.")
        }
        return grades.isEmpty || failed ? nil : grades
    }
}
