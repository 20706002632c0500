import Foundation
import Testing

@testable import BanTin

@Suite("Dates")
struct DateTests {
    static let saigon = TimeZone(identifier: "Asia/Ho_Chi_Minh")!

    func parse(_ text: String, zone: TimeZone = saigon) -> SiteDate? {
        try? DateParser.parse(text, timeZone: zone).get()
    }

    /// One date in each weekday: 22–28 June 2020 ran Monday to Sunday.
    @Test(arguments: [
        ("2020-06-22T08:00", "Thứ 2, Ngày 22/06/2020, 08:00"),
        ("2020-06-23T08:00", "Thứ 3, Ngày 23/06/2020, 08:00"),
        ("2020-06-24T08:00", "Thứ 4, Ngày 24/06/2020, 08:00"),
        ("2020-06-25T10:00", "Thứ 5, Ngày 25/06/2020, 10:00"),
        ("2020-06-26T08:00", "Thứ 6, Ngày 26/06/2020, 08:00"),
        ("2020-06-27T08:00", "Thứ 7, Ngày 27/06/2020, 08:00"),
        ("2020-06-28T08:00", "Chủ nhật, Ngày 28/06/2020, 08:00"),
        ("2020-02-29 17:45:30", "Thứ 7, Ngày 29/02/2020, 17:45"),
        ("2021-01-01", "Thứ 6, Ngày 01/01/2021, 00:00"),
    ])
    func dateLine(_ input: String, _ expected: String) {
        #expect(parse(input)?.vietnameseDateLine == expected)
    }

    /// Around midnight the day (and weekday) must be the site's, not UTC's.
    @Test(arguments: [
        ("2019-12-31T23:30:00", "Thứ 3, Ngày 31/12/2019, 23:30", "2019-12-31T23:30:00+07:00"),
        ("2020-01-01T00:30:00", "Thứ 4, Ngày 01/01/2020, 00:30", "2020-01-01T00:30:00+07:00"),
        // Given in UTC: 17:30Z is already 00:30 the next day in Vietnam.
        ("2019-12-31T17:30:00Z", "Thứ 4, Ngày 01/01/2020, 00:30", "2020-01-01T00:30:00+07:00"),
        ("2020-01-01T00:30:00+09:00", "Thứ 3, Ngày 31/12/2019, 22:30", "2019-12-31T22:30:00+07:00"),
    ])
    func midnight(_ input: String, _ line: String, _ iso: String) {
        let date = parse(input)
        #expect(date?.vietnameseDateLine == line)
        #expect(date?.iso8601 == iso)
    }

    @Test func rfc822UsesTheSiteOffset() {
        #expect(parse("2020-06-25T10:00")?.rfc822 == "Thu, 25 Jun 2020 10:00:00 +0700")
    }

    @Test(arguments: ["2020-02-30T10:00", "2019-02-29", "2020-13-01", "2020-06-25T24:00", "2020-04-31"])
    func impossibleDates(_ input: String) {
        guard case .failure(let problem) = DateParser.parse(input, timeZone: Self.saigon) else {
            Issue.record("\(input) was accepted")
            return
        }
        #expect(problem.en.contains("does not exist") || problem.en.contains("not valid"))
    }

    @Test func portalFormIsRefusedWithTheRightSuggestion() {
        guard case .failure(let problem) = DateParser.parse("25/06/2020 10:00", timeZone: Self.saigon) else {
            Issue.record("dd/MM/yyyy was accepted")
            return
        }
        #expect(problem.hintEN.contains("`2020-06-25T10:00`"))
    }

    /// The machine's TZ must not change a byte: build the same site as a real process under
    /// UTC and America/New_York and compare the pages around midnight.
    @Test func machineTimeZoneDoesNotChangeOutput() throws {
        guard TestSupport.executable != nil else {
            Issue.record("the bantin executable was not built beside the tests")
            return
        }
        var trees: [[String: Data]] = []
        for zone in ["UTC", "America/New_York"] {
            let site = try TestSupport.site("golden-site")
            let result = try TestSupport.run(["build", "--root", site], environment: ["TZ": zone, "LANG": "C"])
            #expect(result.status == 0, "\(result.stderr)")
            trees.append(TestSupport.tree(site + "/public"))
            let page = TestSupport.read(site + "/public/tin-chuyen-nganh/page/2/index.html")
            // van-ban-goc-tren-cong-thong-tin.md is dated 2019-12-31T23:30 (site time), a Tuesday.
            #expect(page.contains("Thứ 3, Ngày 31/12/2019, 23:30"))
            // duong-dong-khoi-duoc-nang-cap.md is dated 2020-07-02T00:30 (site time), a Thursday.
            let economy = TestSupport.read(site + "/public/kinh-te/duong-dong-khoi-duoc-nang-cap/index.html")
            #expect(economy.contains("Thứ 5, Ngày 02/07/2020, 00:30"))
        }
        #expect(trees.count == 2 && trees[0] == trees[1])
    }
}
