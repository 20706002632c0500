import Foundation
import Testing

@testable import BanTin

/// A fixture site of broken articles: every problem is reported in one run, at its exact place,
/// and the previous output stays as it was.
@Suite("Bad input")
struct BadSiteTests {
    /// path:line:column, severity and the English message of every expected problem.
    static let expected: [(String, Diagnostic.Severity, String)] = [
        ("content/tin-chuyen-nganh/khong-dong.md:1:1", .error,
         "The front matter opened by `---` on this line is never closed by another `---` line."),
        ("content/tin-chuyen-nganh/sai-kieu.md:3:1", .error, "Date \"2020-02-30T10:00\" does not exist."),
        ("content/tin-chuyen-nganh/sai-kieu.md:5:1", .error, "Category \"Thể thao\" is not in site.yml."),
        ("content/tin-chuyen-nganh/sai-kieu.md:6:1", .error, "`views` must be a whole number, but this is \"nhiều\"."),
        ("content/tin-chuyen-nganh/sai-kieu.md:7:1", .error, "`featured` must be `true` or `false`, but this is \"có lẽ\"."),
        ("content/tin-chuyen-nganh/sai-kieu.md:8:1", .warning, "Unknown key `tieude` is ignored."),
        ("content/tin-chuyen-nganh/tep-thieu.md:6:1", .error, "File content/tin-chuyen-nganh/khong-co.png not found."),
        ("content/tin-chuyen-nganh/tep-thieu.md:11:5", .error,
         "The link goes to content/kinh-te/khong-ton-tai.md, which does not exist."),
        ("content/tin-chuyen-nganh/tep-thieu.md:11:51", .error,
         "The address \"javascript:alert(1)\" uses an unsafe scheme and is refused."),
        ("content/tin-chuyen-nganh/thieu-khoa.md:1:1", .error, "Missing required key `author`."),
        ("content/tin-chuyen-nganh/trung-2.md:6:1", .error,
         "Two articles have the same `slug: hai-bai-trung` in one category: content/tin-chuyen-nganh/trung-1.md and content/tin-chuyen-nganh/trung-2.md."),
        ("content/tin-chuyen-nganh/yaml-loi.md:2:8", .error,
         "The front matter is not valid YAML (while scanning a quoted scalar, found unexpected end of stream)."),
    ]

    @Test func everyProblemIsReportedAtItsPlace() throws {
        let site = try TestSupport.site("bad-site")
        let report = SiteBuilder(options: BuildOptions(root: site)).build()
        let actual = report.diagnostics.map { ($0.location.description, $0.severity, $0.messageEN) }
        #expect(actual.count == Self.expected.count)
        for (index, item) in Self.expected.enumerated() where index < actual.count {
            #expect(actual[index].0 == item.0)
            #expect(actual[index].1 == item.1)
            #expect(actual[index].2 == item.2)
        }
        #expect(!report.succeeded)
        // Every message has its Vietnamese half too.
        #expect(report.diagnostics.allSatisfy { !$0.message.isEmpty && $0.message != $0.messageEN })
    }

    @Test func previousOutputIsUntouched() throws {
        let site = try TestSupport.site("bad-site")
        try TestSupport.write("bantin\n", to: site + "/public/" + SiteWriter.markerName)
        try TestSupport.write("<p>bản cũ</p>", to: site + "/public/index.html")
        let before = TestSupport.tree(site + "/public")
        let report = SiteBuilder(options: BuildOptions(root: site)).build()
        #expect(!report.succeeded)
        #expect(TestSupport.tree(site + "/public") == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site).filter { $0.contains("bantin-new") }
        #expect(leftovers.isEmpty)
    }

    @Test func commandLineExitsWithOneAndPrintsLocatedErrors() throws {
        guard TestSupport.executable != nil else {
            Issue.record("the bantin executable was not built beside the tests")
            return
        }
        let site = try TestSupport.site("bad-site")
        let result = try TestSupport.run(["build", "--root", site])
        #expect(result.status == 1)
        #expect(result.stderr.contains("content/tin-chuyen-nganh/sai-kieu.md:6:1: error: `views` phải là một số nguyên"))
        #expect(result.stderr.contains("content/tin-chuyen-nganh/sai-kieu.md:8:1: warning:"))
        #expect(result.stderr.contains("gợi ý:"))
        #expect(result.stderr.contains("Build failed: 11 errors"))
    }
}
