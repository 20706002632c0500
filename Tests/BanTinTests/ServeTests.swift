import Foundation
import Testing

@testable import BanTin
@testable import BanTinCLI

/// `bantin serve` on a free loopback port: an edit reaches the open page as a reload event and
/// then as new content; nothing outside the built site is ever served.
@Suite("Preview server", .serialized)
struct ServeTests {
    /// Starts a server on the fixture site and returns it with its port.
    func start(_ site: String) async throws -> (Task<Void, Error>, UInt16) {
        var options = BuildOptions(root: site, includeDrafts: true, baseURL: "http://127.0.0.1:1313/")
        options.nowText = "2021-01-01T00:00"
        let server = PreviewServer(options: options, host: "127.0.0.1", port: 0) { _ in }
        let bound = AsyncStream<UInt16>.makeStream()
        let task = Task { try await server.run { bound.continuation.yield($0) } }
        var port: UInt16 = 0
        for await value in bound.stream {
            port = value
            break
        }
        return (task, port)
    }

    @Test func editReloadsAndServesTheNewContent() async throws {
        let site = try TestSupport.site("golden-site")
        let (task, port) = try await start(site)
        defer { task.cancel() }
        let page = try #require(await RawHTTP.get(port: port, path: "/tin-chuyen-nganh/tap-huan-can-bo-giam-ngheo/"))
        #expect(page.status == 200)
        #expect(page.headers.lowercased().contains("content-type: text/html; charset=utf-8"))
        #expect(page.body.contains("<script src=\"/__bantin/live.js\" data-version=\"1\"></script></body>"))
        #expect(!FileManager.default.fileExists(atPath: site + "/public"), "serve never writes public/")

        // An open page waits; the edit wakes it with a new version and no problems.
        let waiting = Task { await RawHTTP.get(port: port, path: "/__bantin/wait?v=1") }
        try await Task.sleep(nanoseconds: 300_000_000)
        let file = site + "/content/tin-chuyen-nganh/tap-huan-can-bo-giam-ngheo.md"
        try TestSupport.write(TestSupport.read(file).replacingOccurrences(of: "dành cho cán bộ cấp xã", with: "dành cho cán bộ 95 xã"), to: file)
        let event = try #require(await waiting.value)
        #expect(event.body.contains("\"version\":2"))
        #expect(event.body.contains("\"problems\":[]"))
        let updated = try #require(await RawHTTP.get(port: port, path: "/tin-chuyen-nganh/tap-huan-can-bo-giam-ngheo/"))
        #expect(updated.body.contains("dành cho cán bộ 95 xã"))

        // A broken edit: the event carries the located error; the last good page stays served.
        let broken = Task { await RawHTTP.get(port: port, path: "/__bantin/wait?v=2") }
        try await Task.sleep(nanoseconds: 300_000_000)
        try TestSupport.write("---\ntitle: hỏng\n", to: site + "/content/tin-chuyen-nganh/hong.md")
        let failure = try #require(await broken.value)
        #expect(failure.body.contains("content\\/tin-chuyen-nganh\\/hong.md:1:1: error:"))
        let stillThere = try #require(await RawHTTP.get(port: port, path: "/tin-chuyen-nganh/tap-huan-can-bo-giam-ngheo/"))
        #expect(stillThere.status == 200 && stillThere.body.contains("dành cho cán bộ 95 xã"))
    }

    @Test(arguments: [
        "/../site.yml", "/%2e%2e/site.yml", "/%2E%2E/%2E%2E/etc/passwd", "/assets/..%2f..%2fsite.yml",
        "/assets/%252e%252e/site.yml", "/.bantin-output", "/content/kinh-te/duong-dong-khoi-duoc-nang-cap.md", "/site.yml",
        "/assets/..\\..\\site.yml", "/khong-co-trang-nay/",
    ])
    func nothingOutsideTheSiteIsServed(_ path: String) async throws {
        let site = try TestSupport.site("golden-site")
        let (task, port) = try await start(site)
        defer { task.cancel() }
        // A closed connection without an answer also serves nothing.
        guard let response = await RawHTTP.get(port: port, path: path, timeout: 10) else { return }
        #expect(response.status == 404 || response.status == 400, "\(path) → \(response.status)")
        #expect(!response.body.contains("base_url"), "\(path) leaked site.yml")
        #expect(!response.body.contains("root:"), "\(path) leaked a system file")
    }

    @Test func typesAndFolders() async throws {
        let site = try TestSupport.site("golden-site")
        let (task, port) = try await start(site)
        defer { task.cancel() }
        let css = try #require(await RawHTTP.get(port: port, path: "/assets/style.css"))
        #expect(css.headers.lowercased().contains("content-type: text/css"))
        let feed = try #require(await RawHTTP.get(port: port, path: "/rss.xml"))
        #expect(feed.headers.lowercased().contains("content-type: application/xml"))
        let missing = try #require(await RawHTTP.get(port: port, path: "/khong-co/"))
        #expect(missing.status == 404)
        #expect(missing.body.contains("Không tìm thấy trang"))
    }
}
