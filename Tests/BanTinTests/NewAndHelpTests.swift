import Foundation
import Testing

@testable import BanTin

@Suite("bantin new and --help")
struct NewAndHelpTests {
    @Test func newWritesACompleteDraftAndNeverOverwrites() throws {
        guard TestSupport.executable != nil else {
            Issue.record("the bantin executable was not built beside the tests")
            return
        }
        let site = try TestSupport.site("golden-site")
        let first = try TestSupport.run(
            ["new", "Tây Ninh: Đường Đồng Khởi thông xe", "--category", "Kinh tế", "--author", "Minh Đức",
             "--root", site, "--now", "2020-07-01T09:05"])
        #expect(first.status == 0, "\(first.stderr)")
        let path = "content/kinh-te/tay-ninh-duong-dong-khoi-thong-xe.md"
        #expect(first.stdout == path + "\n")
        let text = TestSupport.read(site + "/" + path)
        for line in ["title: \"Tây Ninh: Đường Đồng Khởi thông xe\"", "date: 2020-07-01T09:05", "author: \"Minh Đức\"",
                     "category: \"Kinh tế\"", "status: draft", "# publish_at:", "# attachments:", "# aliases: []", "# type: Tin", "# royalty: 0"] {
            #expect(text.contains(line), "missing \(line)")
        }
        // The new draft checks clean and builds with --drafts.
        var options = BuildOptions(root: site, includeDrafts: true)
        options.nowText = "2020-07-02T00:00"
        let report = SiteBuilder(options: options).build()
        #expect(report.succeeded, "\(report.diagnostics.map(\.formatted))")
        #expect(FileManager.default.fileExists(atPath: site + "/public/kinh-te/tay-ninh-duong-dong-khoi-thong-xe/index.html"))

        // The same title again (a weekly notice): a new file with the date, then a number; the
        // first file is never touched.
        try TestSupport.write(text + "Đã viết thêm.\n", to: site + "/" + path)
        var written: [String] = []
        for _ in 1...2 {
            let again = try TestSupport.run(
                ["new", "Tây Ninh: Đường Đồng Khởi thông xe", "--category", "kinh-te", "--root", site, "--now", "2020-07-08T08:00"])
            #expect(again.status == 0, "\(again.stderr)")
            written.append(again.stdout)
        }
        #expect(written == ["content/kinh-te/tay-ninh-duong-dong-khoi-thong-xe-2020-07-08.md\n",
                            "content/kinh-te/tay-ninh-duong-dong-khoi-thong-xe-2020-07-08-2.md\n"])
        #expect(TestSupport.read(site + "/" + path).hasSuffix("Đã viết thêm.\n"))
        // A title with no letter or digit still gets a file.
        let symbols = try TestSupport.run(["new", "???", "--category", "kinh-te", "--root", site, "--now", "2020-07-08T08:00"])
        #expect(symbols.stdout == "content/kinh-te/bai-viet-2020-07-08.md\n", "\(symbols.stderr)")
        // All four drafts build, each at its own URL.
        options.nowText = "2020-07-09T00:00"
        let all = SiteBuilder(options: options).build()
        #expect(all.succeeded, "\(all.diagnostics.map(\.formatted))")
        for name in ["tay-ninh-duong-dong-khoi-thong-xe-2020-07-08", "tay-ninh-duong-dong-khoi-thong-xe-2020-07-08-2", "bai-viet-2020-07-08"] {
            #expect(FileManager.default.fileExists(atPath: site + "/public/kinh-te/\(name)/index.html"), "\(name)")
        }

        let unknown = try TestSupport.run(["new", "Bài", "--category", "Thể thao", "--root", site])
        #expect(unknown.status == 2)
    }

    /// `--help` texts compared with `Golden/help-*.txt` (regenerate with BANTIN_UPDATE_GOLDEN=1).
    @Test(arguments: [[], ["build"], ["check"], ["new"], ["status"], ["serve"], ["report"], ["import"], ["import", "wordpress"], ["import", "pages"]])
    func helpText(_ command: [String]) throws {
        guard TestSupport.executable != nil else {
            Issue.record("the bantin executable was not built beside the tests")
            return
        }
        let result = try TestSupport.run(command + ["--help"], environment: ["COLUMNS": "100"])
        #expect(result.status == 0)
        let name = "help-" + (command.isEmpty ? "bantin" : command.joined(separator: "-")) + ".txt"
        let golden = TestSupport.golden + "/" + name
        if ProcessInfo.processInfo.environment["BANTIN_UPDATE_GOLDEN"] == "1" {
            try TestSupport.write(result.stdout, to: golden)
        }
        #expect(result.stdout == TestSupport.read(golden), "\(name) differs")
    }
}
