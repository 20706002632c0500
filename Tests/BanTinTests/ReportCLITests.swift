import Foundation
import Testing

@testable import BanTin

extension ReportTests {
    @Test func commandLineWritesBothFilesAndPrintsTheSummary() throws {
        guard TestSupport.executable != nil else {
            Issue.record("the bantin executable was not built beside the tests")
            return
        }
        let site = try TestSupport.site("report-site")
        let result = try TestSupport.run(["report", "--root", site, "--month", "2026-11", "--now", "2026-12-01T08:00"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "Bảng kê nhuận bút tháng 11/2026: 6 bài, 3 tác giả, tổng 15.364.500 đ. — "
            + "Royalty statement for 2026-11-01…2026-11-30: 6 articles, 3 authors, total 15364500 đồng.\n")
        let csv = try Data(contentsOf: URL(fileURLWithPath: site + "/bao-cao/nhuan-but-2026-11.csv"))
        #expect(csv == Data([0xEF, 0xBB, 0xBF] + Array(Self.expectedCSV.utf8)))
        #expect(TestSupport.read(site + "/bao-cao/nhuan-but-2026-11.html").contains("15.364.500\u{00A0}đ"))

        let range = try TestSupport.run([
            "report", "--root", site, "--from", "2026-11-01", "--to", "2026-11-15", "-o", site + "/../khac", "--now", "2026-12-01T08:00",
        ])
        #expect(range.status == 0, "\(range.stderr)")
        #expect(FileManager.default.fileExists(atPath: site + "/../khac/nhuan-but-2026-11-01_2026-11-15.html"))
    }

    @Test func commandLineErrorsAreTheBuildsAndUsageIsTwo() throws {
        guard TestSupport.executable != nil else {
            Issue.record("the bantin executable was not built beside the tests")
            return
        }
        let site = try TestSupport.site("report-site")
        let file = site + "/content/thoi-su/hop-bao.md"
        try TestSupport.write(TestSupport.read(file).replacingOccurrences(of: "category: Thời sự", with: "category: Thời sự\npages: -1"), to: file)
        let report = try TestSupport.run(["report", "--root", site, "--month", "2026-11"])
        let build = try TestSupport.run(["build", "--root", site, "-o", site + "/../out"])
        #expect(report.status == 1)
        #expect(build.status == 1)
        let located = "content/thoi-su/hop-bao.md:6:1: error: `pages` phải nằm trong khoảng 1…1000, nhưng là -1. — `pages` must be between 1 and 1000, but is -1."
        #expect(report.stderr.hasPrefix(located + "\n"), "\(report.stderr)")
        #expect(build.stderr.hasPrefix(located + "\n"))
        #expect(!FileManager.default.fileExists(atPath: site + "/bao-cao"))

        for arguments in [["report", "--root", site], ["report", "--month", "2026-13"], ["report", "--month", "2026-11", "--from", "2026-11-01"],
                          ["report", "--from", "2026-11-30", "--to", "2026-11-01"], ["report", "--from", "2026-02-30", "--to", "2026-03-01"]] {
            let usage = try TestSupport.run(arguments)
            #expect(usage.status == 2, "\(arguments)")
        }
    }
}
