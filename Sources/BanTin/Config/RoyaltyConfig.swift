/// The royalty table (bảng hệ số nhuận bút) of `site.yml`'s `royalty:`, read by `bantin report`
/// only: under Nghị định 18/2014/NĐ-CP an article's royalty is its genre's coefficient times the
/// value of one unit (10 % of the mức lương cơ sở), and each province sets its own table.
public struct RoyaltyConfig: Sendable, Equatable {
    /// Giá trị một đơn vị hệ số, in đồng.
    public var unit: Int
    /// Coefficient for each picture of an article (ảnh minh họa), on top of the genre's.
    public var photo: RoyaltyCoefficient
    /// The slug of the genre of an article without `type:`.
    public var defaultType: String
    public var types: [RoyaltyGenre]
    /// `royalty:` was written in `site.yml` (false: `standard`). Only then is `type:` checked
    /// while building; with the standard table only `bantin report` complains.
    public var isGiven: Bool

    public init(unit: Int, photo: RoyaltyCoefficient, defaultType: String, types: [RoyaltyGenre], isGiven: Bool) {
        self.unit = unit
        self.photo = photo
        self.defaultType = defaultType
        self.types = types
        self.isGiven = isGiven
    }

    /// The largest unit a table may hold (10.000.000 đ), so that no amount can overflow.
    public static let maximumUnit = 10_000_000

    /// The table used when `site.yml` has no `royalty:`: a starting point shaped like the frame of
    /// Nghị định 18/2014/NĐ-CP for electronic news, that each province replaces by its own
    /// (see README). 234.000 đ is 10 % of the mức lương cơ sở of 2.340.000 đ (from 1 July 2024).
    public static let standard: RoyaltyConfig = {
        func grades(_ a: Int, _ b: Int, _ c: Int) -> [RoyaltyGenre.Grade] {
            [.init(name: "A", coefficient: .init(hundredths: a)), .init(name: "B", coefficient: .init(hundredths: b)),
             .init(name: "C", coefficient: .init(hundredths: c))]
        }
        return RoyaltyConfig(
            unit: 234_000, photo: .init(hundredths: 100), defaultType: "tin",
            types: [
                RoyaltyGenre(name: "Tin", slug: "tin", grades: grades(500, 300, 150), defaultGrade: "B"),
                RoyaltyGenre(name: "Bài", slug: "bai", grades: grades(1200, 800, 500), defaultGrade: "B", perPage: true),
                RoyaltyGenre(name: "Phóng sự", slug: "phong-su", grades: grades(2000, 1500, 1000), defaultGrade: "B"),
                RoyaltyGenre(name: "Ảnh", slug: "anh", grades: grades(300, 200, 100), defaultGrade: "B"),
                RoyaltyGenre(name: "Trả lời bạn đọc", slug: "tra-loi-ban-doc", grades: grades(300, 200, 100), defaultGrade: "B"),
            ],
            isGiven: false)
    }()

    /// The genre whose name or slug is `value`, compared like categories: exactly, else by slug
    /// (without regard to case or tones).
    public func genre(named value: String) -> RoyaltyGenre? {
        if let exact = types.first(where: { $0.name == value || $0.slug == value }) { return exact }
        let key = Slugger.slug(value)
        guard !key.isEmpty else { return nil }
        return types.first { $0.slug == key || Slugger.slug($0.name) == key }
    }

    /// "\"Tin\" (tin), \"Bài\" (bai)…", for messages.
    public var knownGenres: String {
        types.map { "\"\($0.name)\" (\($0.slug))" }.joined(separator: ", ")
    }
}
