import Foundation
import Testing

@testable import BanTin

/// `bantin import pages` on the saved-page mirror, as an editor runs it: the files, the picture
/// copied from the mirror, a site that builds with the query-string redirect, a second run that
/// changes nothing.
@Suite("bantin import pages")
struct ImportPagesCommandTests {
    @Test func theMirrorImportsBuildsAndImportsAgainUnchanged() throws {
        let site = try WordPressImportTests.emptySite()
        let mirror = TestSupport.fixtures + "/import-pages"
        let arguments = ["import", "pages", "--root", site, mirror, "--old-base-url", "https://www.tayninh.gov.vn"]
        let run = try TestSupport.run(arguments)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("3 created, 0 updated, 0 unchanged, 0 kept, 1 skipped"), "\(run.stdout)")
        #expect(run.stdout.contains("tin-tuc/Pages/default.aspx: the page has no title"))
        #expect(TestSupport.tree(site + "/content").keys.sorted() == [
            "kinh-te/khanh-thanh-cau-ben-soi-moi.md", "thong-bao/2020-lich-tiep.jpg",
            "thong-bao/lich-tiep-cong-dan-thang-7-2020.md",
            "tin-chuyen-nganh/nam-2020-phan-dau-khong-con-ho-ngheo-theo-chuan-trung-uong.md",
        ])
        let build = try TestSupport.run(["build", "--root", site])
        #expect(build.status == 0, "\(build.stderr)")
        #expect(TestSupport.read(site + "/public/_redirects")
            .contains("/Pages/chi-tiet-tin.aspx ItemID=123 /kinh-te/khanh-thanh-cau-ben-soi-moi/ 301"))
        let before = TestSupport.tree(site + "/content")
        let again = try TestSupport.run(arguments)
        #expect(again.stdout.contains("0 created, 0 updated, 3 unchanged"), "\(again.stdout)")
        #expect(TestSupport.tree(site + "/content") == before)
    }
}
