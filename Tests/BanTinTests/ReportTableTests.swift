import Foundation
import Testing

@testable import BanTin

/// Table tests of the royalty rules: coefficients, amounts, pages, the `royalty:` table of
/// site.yml and the royalty keys of the front matter, each bad value at its line.
extension ReportTests {
    @Test(arguments: [
        ("5", 500), ("1.5", 150), ("1,5", 150), ("12.25", 1225), ("0", 0), ("0.05", 5), ("1000", 100_000),
        ("1.555", nil), ("-1", nil), ("-0.5", nil), ("1e3", nil), ("", nil), (".5", nil), ("1.", nil), ("1000.01", nil),
        ("1.2.3", nil), ("ba", nil), ("+2", nil),
    ] as [(String, Int?)])
    func coefficients(_ text: String, _ hundredths: Int?) {
        #expect(RoyaltyCoefficient.parse(text)?.hundredths == hundredths, "\(text)")
    }

    @Test(arguments: [(500, "5"), (150, "1,5"), (1225, "12,25"), (5, "0,05"), (0, "0"), (2510, "25,1")])
    func coefficientsInVietnamese(_ hundredths: Int, _ text: String) {
        #expect(RoyaltyCoefficient(hundredths: hundredths).vietnamese == text)
    }

    /// round-half-up(unit × coefficient): the coefficient is in hundredths.
    @Test(arguments: [
        (234_000, 300, 702_000),  // Tin B: 3 × 234000
        (234_000, 125, 292_500),  // 1,25 × 234000
        (100_005, 150, 150_008),  // 1,5 × 100005 = 150007,5 → up
        (100_001, 150, 150_002),  // 150001,5 → up
        (100_003, 101, 101_003),  // 1,01 × 100003 = 101003,03 → down
        (3, 50, 2),  // 1,5 → 2
        (1, 49, 0),  // 0,49 → 0
        (1, 50, 1),  // 0,5 → 1
        (10_000_000, 200_000_000, 20_000_000_000_000),  // the largest: no overflow
    ])
    func amountsRoundHalfUp(_ unit: Int, _ hundredths: Int, _ amount: Int) {
        #expect(RoyaltyStatement.amount(unit: unit, coefficient: .init(hundredths: hundredths)) == amount)
    }

    @Test(arguments: [(0, 1), (1, 1), (500, 1), (501, 2), (1000, 2), (1001, 3), (10_000_000, 1000)])
    func pagesFromWords(_ words: Int, _ pages: Int) {
        #expect(ArticleBodyCounts.pages(words: words) == pages)
    }

    @Test func wordsAndPicturesOfABody() {
        let html = "<p>Một hai — ba</p>\n<p>bốn<img src=\"a.svg\" alt=\"năm sáu\"> 10.500</p><figure><IMG src=x></figure><imgx>"
        #expect(ArticleBodyCounts.words(ofHTML: html) == 5)
        #expect(ArticleBodyCounts.pictures(ofHTML: html) == 2)
        #expect(VietnameseMoney.format(1_234_500) == "1.234.500\u{00A0}đ")
        #expect([0, 999, 1000, 15_364_500].map(VietnameseMoney.grouped) == ["0", "999", "1.000", "15.364.500"])
    }

    @Test func periods() throws {
        #expect(RoyaltyPeriod.month("2026-02")?.last.day == 28)
        #expect(RoyaltyPeriod.month("2028-02")?.last.day == 29)
        #expect(RoyaltyPeriod.month("2026-13") == nil)
        #expect(RoyaltyPeriod.month("2026-1") == nil)
        #expect(RoyaltyPeriod.range(from: "2026-11-30", to: "2026-11-01") == nil)
        #expect(RoyaltyPeriod.range(from: "2026-11-30", to: "2026-11-30")?.fileLabel == "2026-11-30_2026-11-30")
        #expect(RoyaltyPeriod.month("2026-11")?.vietnamese == "tháng 11/2026")
        #expect(RoyaltyPeriod.range(from: "2026-11-01", to: "2026-11-15")?.vietnamese == "từ ngày 01/11/2026 đến ngày 15/11/2026")
    }

    @Test func csvQuotingAndFormulas() {
        #expect(RoyaltyCSV.quoted("a,b") == "\"a,b\"")
        #expect(RoyaltyCSV.quoted("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(RoyaltyCSV.quoted("two\nlines") == "\"two\nlines\"")
        #expect(RoyaltyCSV.quoted("plain") == "plain")
        #expect(RoyaltyCSV.cell("=HYPERLINK(\"x\")") == "'=HYPERLINK(\"x\")")
        #expect(RoyaltyCSV.cell("-5 độ") == "'-5 độ")
        #expect(RoyaltyCSV.cell("Tin") == "Tin")
    }

    // MARK: site.yml

    static let siteHead = "title: T\ncategories:\n  - name: Thời sự\n"

    /// A `royalty:` table that is good but for one thing: the place and the English message of the problem.
    @Test(arguments: [
        ("royalty:\n  units: 1\n", "site.yml:5:3", "Unknown key `royalty.units` in the royalty table."),
        ("royalty:\n  unit: 0\n", "site.yml:5:3", "`royalty.unit` must be between 1 and 10000000, but is 0."),
        ("royalty:\n  unit: 234.000\n", "site.yml:5:3", "`royalty.unit` must be a whole number, but this is \"234.000\"."),
        ("royalty:\n  photo: -1\n", "site.yml:5:3",
         "The coefficient `royalty.photo` must be a number ≥ 0 with at most two decimal places (up to 1000), but this is \"-1\"."),
        ("royalty:\n  types:\n    - name: Tin\n      grades: { A: 5, B: 1.555 }\n", "site.yml:7:23",
         "The coefficient `grades.B` must be a number ≥ 0 with at most two decimal places (up to 1000), but this is \"1.555\"."),
        ("royalty:\n  types:\n    - name: Tin\n      grades:\n        A: 5\n        B: -3\n", "site.yml:9:9",
         "The coefficient `grades.B` must be a number ≥ 0 with at most two decimal places (up to 1000), but this is \"-3\"."),
        ("royalty:\n  types:\n    - name: Tin\n      grades: { A: 5 }\n      per_pge: true\n", "site.yml:8:7",
         "Unknown genre key `per_pge` in the royalty table."),
        ("royalty:\n  types:\n    - name: Tin\n      grades: { A: 5 }\n    - name: tin\n      grades: { A: 2 }\n", "site.yml:8:7",
         "Genre \"tin\" repeats \"Tin\" (the same slug tin)."),
        ("royalty:\n  types:\n    - name: Tin\n      grades: { A: 5 }\n    - name: Tin vắn\n      slug: tin\n      grades: { A: 2 }\n",
         "site.yml:8:7", "Genre \"Tin vắn\" repeats \"Tin\" (the same slug tin)."),
        ("royalty:\n  types:\n    - name: Tin\n      grades: { A: 5, B: 3, C: 1.5 }\n      default_grade: D\n", "site.yml:8:7",
         "`default_grade` \"D\" is not a grade of genre \"Tin\" (A, B, C)."),
        ("royalty:\n  types:\n    - name: Tin\n", "site.yml:6:7", "Genre \"Tin\" has no `grades`."),
        ("royalty:\n  types:\n    - slug: tin\n      grades: { A: 5 }\n", "site.yml:6:7", "A genre has no `name`."),
        ("royalty:\n  types: []\n", "site.yml:5:3", "`royalty.types` must be a list of genres (at least one)."),
        ("royalty:\n  default_type: Tin vắn\n", "site.yml:5:3", "`royalty.default_type` \"Tin vắn\" is not a genre of the table."),
        ("royalty: 234000\n", "site.yml:4:10", "`royalty` must be a mapping of \"key: value\" lines, but this is a single value."),
    ])
    func siteTableErrors(_ table: String, _ place: String, _ message: String) {
        let (_, problems) = SiteConfigParser.parse(Self.siteHead + table)
        #expect(problems.map { "\($0.location): \($0.severity) \($0.messageEN)" } == ["\(place): error \(message)"], "\(table)")
        #expect(problems.allSatisfy { !$0.message.isEmpty && $0.message != $0.messageEN })
    }

    @Test func aGoodSiteTable() {
        let (config, problems) = SiteConfigParser.parse(Self.siteHead + """
            royalty:
              unit: 180000
              photo: 0.5
              default_type: Bài
              types:
                - name: Tin
                  grades: { A: 5, B: 3, C: 1.5 }
                - name: Bài
                  slug: bai-viet
                  grades: { A: 12, B: 8 }
                  default_grade: b
                  per_page: true

            """)
        #expect(problems.isEmpty)
        let table = config.royalty
        #expect(table.isGiven && table.unit == 180_000 && table.photo.hundredths == 50)
        #expect(table.defaultType == "bai-viet")
        #expect(table.types.map(\.slug) == ["tin", "bai-viet"])
        #expect(table.types.map(\.defaultGrade) == ["A", "B"])  // the first grade, unless default_grade says
        #expect(table.types[0].grades.map(\.coefficient.hundredths) == [500, 300, 150])
        #expect(table.types.map(\.perPage) == [false, true])
        // Only the unit changed: the standard genres stay.
        let (unitOnly, none) = SiteConfigParser.parse(Self.siteHead + "royalty:\n  unit: 180000\n")
        #expect(none.isEmpty && unitOnly.royalty.types == RoyaltyConfig.standard.types && unitOnly.royalty.isGiven)
        // No `royalty:`: the standard table, not given.
        let (plain, _) = SiteConfigParser.parse(Self.siteHead)
        #expect(plain.royalty == RoyaltyConfig.standard && !plain.royalty.isGiven)
    }

    // MARK: front matter

    static let reportTable = SiteConfigParser.parse(TestSupport.read(TestSupport.fixtures + "/report-site/site.yml")).0

    static func frontMatterProblems(_ extra: String, config: SiteConfig = reportTable) -> [String] {
        let text = "---\ntitle: Tin\ndate: 2026-11-03T09:00\nauthor: Công Phong\ncategory: Thời sự\n\(extra)---\n\nThân bài.\n"
        let (_, problems) = ParsedSource.parse(SourceFile(path: "content/thoi-su/a.md", bytes: Array(text.utf8)), config: config)
        return problems.map { "\($0.location): \($0.severity) \($0.messageEN)" }
    }

    @Test(arguments: [
        ("pages: -1\n", "6:1: error `pages` must be between 1 and 1000, but is -1."),
        ("pages: 0\n", "6:1: error `pages` must be between 1 and 1000, but is 0."),
        ("pages: ba\n", "6:1: error `pages` must be a whole number, but this is \"ba\"."),
        ("pages: 1.5\n", "6:1: error `pages` must be a whole number, but this is \"1.5\"."),
        ("photos: -2\n", "6:1: error `photos` must be between 0 and 1000, but is -2."),
        ("royalty: 1.5\n", "6:1: error `royalty` must be a whole number, but this is \"1.5\"."),
        ("royalty: \"700000\"\n", "6:1: error `royalty` must be a whole number, but this is \"700000\"."),
        ("royalty: -700000\n", "6:1: error `royalty` must be between 0 and 1000000000000, but is -700000."),
        ("type: Phóng sự\n", "6:1: error Genre \"Phóng sự\" is not in the royalty table."),
        ("type: \"\"\n", "6:1: error `type` is empty."),
        ("type: [Tin]\n", "6:1: error `type` must be text, not a list."),
        ("type: Tin\ngrade: D\n", "7:1: error Grade \"D\" is not a grade of genre \"Tin\" in the royalty table."),
        ("grade: D\n", "6:1: error Grade \"D\" is not a grade of genre \"Tin\" in the royalty table."),
        ("grade: A\ntype: Trả lời bạn đọc\n", "6:1: error Grade \"A\" is not a grade of genre \"Trả lời bạn đọc\" in the royalty table."),
    ])
    func frontMatterErrors(_ extra: String, _ problem: String) {
        #expect(Self.frontMatterProblems(extra) == ["content/thoi-su/a.md:" + problem], "\(extra)")
    }

    @Test func frontMatterThatIsFine() throws {
        for extra in ["type: BÀI\ngrade: a\npages: 3\nphotos: 0\nroyalty: 0\n", "type: tra-loi-ban-doc\n", "royalty: 1_500_000\n", ""] {
            #expect(Self.frontMatterProblems(extra).isEmpty, "\(extra)")
        }
        // Without `royalty:` in site.yml, any type: is accepted while building.
        let plain = SiteConfigParser.parse(Self.siteHead).0
        #expect(Self.frontMatterProblems("type: Ảnh bìa\ngrade: Z\n", config: plain).isEmpty)
        let text = "---\ntitle: Tin\ndate: 2026-11-03T09:00\nauthor: A\ncategory: Thời sự\ntype: \"Ba\u{0300}i\"\n---\n"
        let (source, _) = ParsedSource.parse(SourceFile(path: "a.md", bytes: Array(text.utf8)), config: Self.reportTable)
        let royalty = try #require(source?.meta.royalty)
        #expect(royalty.type?.value == "Bài".precomposedStringWithCanonicalMapping)
    }
}
