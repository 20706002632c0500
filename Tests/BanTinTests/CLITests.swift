import Foundation
import Testing

@testable import BanTin

@Suite("Command line")
struct CLITests {
    @Test func usageErrorExitsWithTwo() throws {
        guard TestSupport.executable != nil else {
            Issue.record("the bantin executable was not built beside the tests")
            return
        }
        let unknownOption = try TestSupport.run(["build", "--no-such-option"])
        #expect(unknownOption.status == 2)
        #expect(unknownOption.stderr.contains("--no-such-option"))
        let unknownCommand = try TestSupport.run(["publish-everything"])
        #expect(unknownCommand.status == 2)
    }

    @Test func helpDocumentsExitCodes() throws {
        guard TestSupport.executable != nil else {
            Issue.record("the bantin executable was not built beside the tests")
            return
        }
        let help = try TestSupport.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("0  thành công / success"))
        #expect(help.stdout.contains("2  dùng lệnh sai / usage error"))
        let build = try TestSupport.run(["build", "--help"])
        #expect(build.stdout.contains("--drafts"))
        #expect(build.stdout.contains("--base-url"))
    }

    @Test func buildPrintsTheSummaryLine() throws {
        guard TestSupport.executable != nil else {
            Issue.record("the bantin executable was not built beside the tests")
            return
        }
        let site = try TestSupport.site("golden-site")
        let result = try TestSupport.run(["build", "--root", site, "-o", site + "/out"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Đã dựng 5 bài viết"))
        #expect(result.stdout.contains("built 5 articles"))
        #expect(FileManager.default.fileExists(atPath: site + "/out/index.html"))
    }
}
