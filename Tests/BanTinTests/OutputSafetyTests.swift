import Foundation
import Testing

@testable import BanTin

/// The output folder is safe: bantin never replaces a folder it did not make, and a build killed
/// at any moment leaves a whole site: the previous one or the new one.
@Suite("Output folder safety", .serialized)
struct OutputSafetyTests {
    func refuses(_ output: String, site: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let report = SiteBuilder(options: BuildOptions(root: site, output: output)).build()
        #expect(!report.succeeded, "\(output) was accepted", sourceLocation: sourceLocation)
        #expect(report.diagnostics.contains { $0.location.path == SiteWriter.absolute(output) && $0.severity == .error },
                "\(report.diagnostics.map(\.formatted))", sourceLocation: sourceLocation)
    }

    @Test func dangerousFoldersAreRefused() throws {
        let site = try TestSupport.site("golden-site")
        let before = TestSupport.tree(site)
        for output in ["/", NSHomeDirectory(), site, site + "/content", site + "/theme", site + "/content/..", (site as NSString).deletingLastPathComponent] {
            refuses(output, site: site)
        }
        #expect(TestSupport.tree(site) == before, "nothing of the site was touched")
    }

    @Test func aFolderBantinDidNotMakeIsRefused() throws {
        let site = try TestSupport.site("golden-site")
        let foreign = site + "/../tai-lieu"
        try TestSupport.write("quan trọng", to: foreign + "/bao-cao.docx")
        refuses(foreign, site: site)
        #expect(TestSupport.read(foreign + "/bao-cao.docx") == "quan trọng")
        let file = site + "/../mot-tep.txt"
        try TestSupport.write("x", to: file)
        refuses(file, site: site)
        #expect(TestSupport.read(file) == "x")
    }

    @Test func anEmptyOrOwnFolderIsAccepted() throws {
        let site = try TestSupport.site("golden-site")
        try FileManager.default.createDirectory(atPath: site + "/../trong", withIntermediateDirectories: true)
        #expect(SiteBuilder(options: BuildOptions(root: site, output: site + "/../trong")).build().succeeded)
        #expect(SiteBuilder(options: BuildOptions(root: site, output: site + "/../trong")).build().succeeded, "its own output again")
    }

    /// A site big enough for a build to take a moment, then builds killed at many moments: full
    /// builds into a fresh folder, and cached builds that update the folder kept from the build
    /// before the last one.
    @Test(arguments: [false, true])
    func killedBuildsLeaveAWholeSite(cached: Bool) throws {
        guard TestSupport.executable != nil else {
            Issue.record("the bantin executable was not built beside the tests")
            return
        }
        let site = try TestSupport.site("golden-site")
        for number in 0..<300 {
            try TestSupport.write(BadInputCase.article(title: "Bài số \(number)", body: "\n" + String(repeating: "Nội dung dài. ", count: 300) + "\n"),
                                  to: site + "/content/kinh-te/bai-\(number).md")
        }
        let first = try TestSupport.run(["build", "--root", site])
        #expect(first.status == 0, "\(first.stderr)")
        if cached {
            // A second build keeps the first site beside the output: the killed builds update it.
            try TestSupport.write(TestSupport.read(site + "/site.yml") + "\n", to: site + "/site.yml")
            let second = try TestSupport.run(["build", "--root", site])
            #expect(second.status == 0, "\(second.stderr)")
            let kept = try #require(SiteWriter(output: site + "/public", siteRoot: site).backFolder)
            #expect(FileManager.default.fileExists(atPath: kept + "/" + SiteWriter.markerName))
        }
        let old = TestSupport.tree(site + "/public")
        try TestSupport.write(TestSupport.read(site + "/site.yml").replacingOccurrences(of: "Bản tin Kiểm thử", with: "Bản tin Mới"), to: site + "/site.yml")
        var sawOld = false, sawNew = false
        for delay in [5, 20, 40, 80, 120, 200, 300, 450, 700, 1000] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: TestSupport.executable ?? "")
            process.arguments = ["build", "--root", site] + (cached ? [] : ["--no-cache"])
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(useconds_t(delay * 1000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let now = TestSupport.tree(site + "/public")
            let isOld = now == old
            let isNew = !now.isEmpty && now.values.contains { String(decoding: $0, as: UTF8.self).contains("Bản tin Mới") }
                && !now.values.contains { String(decoding: $0, as: UTF8.self).contains("Bản tin Kiểm thử") }
            #expect(isOld || isNew, "after a kill at \(delay) ms the site is neither the old one nor the new one")
            sawOld = sawOld || isOld
            sawNew = sawNew || isNew
            if isNew { break }
        }
        #expect(sawOld, "no kill landed before the swap: the test proved nothing")
        // The next build cleans up what the killed ones left and succeeds.
        let last = try TestSupport.run(["build", "--root", site])
        #expect(last.status == 0)
        // Nothing is left beside the output; in the state folder only the site kept for the next
        // build stays; and the output equals a full build.
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site).filter { $0.contains(".public.bantin-") }
        #expect(leftovers.isEmpty, "\(leftovers)")
        let state = try #require(SiteWriter(output: site + "/public", siteRoot: site).stateFolder)
        let working = try FileManager.default.contentsOfDirectory(atPath: state)
        #expect(working.filter { $0 != "back" }.isEmpty, "\(working)")
        let full = try TestSupport.run(["build", "--root", site, "--no-cache", "-o", site + "/full"])
        #expect(full.status == 0)
        #expect(TestSupport.tree(site + "/public") == TestSupport.tree(site + "/full"))
    }
}
