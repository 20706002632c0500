import Foundation
import Testing

@testable import BanTin

/// The hostile-input suite: every case gives its exact report, or builds and its output is safe,
/// within a time bound; nothing crashes or hangs.
@Suite("Hostile input", .serialized)
struct BadInputTests {
    /// Generous for a debug build on a busy 2-core machine; release builds take a tenth of it.
    /// Sanitizer runs scale it with `BANTIN_TIME_SCALE` (they are several times slower).
    static let timeLimit = 60.0 * (Double(ProcessInfo.processInfo.environment["BANTIN_TIME_SCALE"] ?? "") ?? 1)

    /// A tiny site: the fixture `site.yml`, the default theme, and `files`.
    static func site(_ files: [String: [UInt8]]) throws -> String {
        let site = NSTemporaryDirectory() + "bantin-bad-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: site + "/content", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: TestSupport.fixtures + "/golden-site/site.yml", toPath: site + "/site.yml")
        try FileManager.default.copyItem(atPath: TestSupport.repoRoot + "/theme", toPath: site + "/theme")
        for (path, bytes) in files {
            try FileManager.default.createDirectory(
                atPath: site + "/" + (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            _ = FileManager.default.createFile(atPath: site + "/" + path, contents: Data(bytes))
        }
        return site
    }

    static func report(_ site: String) -> (BuildReport, Double) {
        let start = Date()
        var options = BuildOptions(root: site)
        options.nowText = "2021-01-01T00:00"
        let report = SiteBuilder(options: options).build()
        return (report, Date().timeIntervalSince(start))
    }

    static func lines(_ report: BuildReport) -> [String] {
        report.diagnostics.map { "\($0.location) \($0.severity.rawValue): \($0.messageEN)" }
    }

    static func html(_ folder: String) -> String {
        TestSupport.tree(folder).filter { $0.key.hasSuffix(".html") }.sorted { $0.key < $1.key }
            .map { String(decoding: $0.value, as: UTF8.self) }.joined(separator: "\n")
    }

    @Test(arguments: BadInputCases.all)
    func hostileInput(_ item: BadInputCase) throws {
        let site = try Self.site(item.files)
        let (report, seconds) = Self.report(site)
        #expect(seconds < Self.timeLimit, "\(item.name) took \(seconds) s")
        #expect(Self.lines(report) == item.expected)
        let hasErrors = item.expected.contains { $0.contains(" error: ") }
        #expect(report.succeeded == !hasErrors)
        if hasErrors {
            #expect(!FileManager.default.fileExists(atPath: site + "/public"), "nothing is written on error")
        } else if let check = item.output {
            #expect(check(Self.html(site + "/public")), "\(item.name): output check failed")
        }
    }

    @Test func suiteIsLargeEnough() {
        #expect(BadInputCases.all.count + SiteLevelBadInputTests.count >= 40)
    }
}
