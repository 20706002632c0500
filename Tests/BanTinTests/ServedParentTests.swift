import Foundation
import Testing

@testable import BanTin

/// A web server whose root is the output's parent (sub-path hosting, several bulletins under one
/// root) never serves a page the current build no longer has: bantin keeps nothing beside the
/// output. Checked through a real nginx.
@Suite("Served parent folder", .serialized)
struct ServedParentTests {
    static let nginx = "/usr/sbin/nginx"

    /// An nginx serving `root` on a free loopback port; stopped by `stop()`.
    final class Server {
        let process = Process()
        let folder: String
        let port: UInt16

        /// `serverLines` go inside the `server { … }` block (an `include`, for example).
        init?(root: String, serverLines: String = "") throws {
            guard FileManager.default.isExecutableFile(atPath: ServedParentTests.nginx) else { return nil }
            folder = NSTemporaryDirectory() + "bantin-nginx-\(UUID().uuidString)"
            port = UInt16(20_000 + Int.random(in: 0..<20_000))
            // nginx's defaults: hidden files and folders are served like any other.
            try TestSupport.write("""
                daemon off;
                error_log \(folder)/error.log;
                pid \(folder)/nginx.pid;
                events {}
                http {
                    access_log off;
                    client_body_temp_path \(folder)/body;
                    proxy_temp_path \(folder)/proxy;
                    fastcgi_temp_path \(folder)/fastcgi;
                    uwsgi_temp_path \(folder)/uwsgi;
                    scgi_temp_path \(folder)/scgi;
                    server {
                        listen 127.0.0.1:\(port);
                        root \(root);
                        \(serverLines)
                    }
                }
                """, to: folder + "/nginx.conf")
            process.executableURL = URL(fileURLWithPath: ServedParentTests.nginx)
            process.arguments = ["-p", folder, "-c", folder + "/nginx.conf"]
            process.standardError = FileHandle.nullDevice
            try process.run()
            for _ in 0..<100 {
                if let socket = RawHTTP.connectLoopback(port: port, timeout: 1) {
                    close(socket)
                    return
                }
                usleep(50_000)
            }
            stop()
            return nil
        }

        func status(_ path: String) -> Int { RawHTTP.once(port: port, path: path, timeout: 10)?.status ?? 0 }

        func stop() {
            process.terminate()
            process.waitUntilExit()
        }
    }

    /// Every file below `folder`, hidden ones included, by path from it.
    static func files(_ folder: String) -> [String] {
        (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? []).filter { path in
            var info = stat()
            return lstat(folder + "/" + path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
        }.sorted()
    }

    static let removed = "tin-chuyen-nganh/tap-huan-can-bo-giam-ngheo/"
    static let unpublished = "kinh-te/duong-dong-khoi-duoc-nang-cap/"
    static let removedTitles = ["Tập huấn cán bộ giảm nghèo", "Đường Đồng Khởi được nâng cấp"]

    /// Builds, then takes one article down (deleted) and unpublishes another, and builds again:
    /// the site bantin keeps for the next build (if it keeps one) is the first, with both pages.
    static func takeDown(site: String, output: String) throws {
        let options = BuildOptions(root: site, output: output)
        #expect(SiteBuilder(options: options).build().succeeded)
        #expect(FileManager.default.fileExists(atPath: output + "/" + removed + "index.html"))
        try FileManager.default.removeItem(atPath: site + "/content/tin-chuyen-nganh/tap-huan-can-bo-giam-ngheo.md")
        let draft = site + "/content/kinh-te/duong-dong-khoi-duoc-nang-cap.md"
        try TestSupport.write(TestSupport.read(draft).replacingOccurrences(of: "\n---\n", with: "\nstatus: draft\n---\n"), to: draft)
        #expect(SiteBuilder(options: options).build().succeeded)
        #expect(!FileManager.default.fileExists(atPath: output + "/" + removed))
        #expect(!FileManager.default.fileExists(atPath: output + "/" + unpublished))
    }

    /// Nothing the server may serve holds the pages taken down: no file below `root`, and no
    /// address under any entry of it.
    static func nothingTakenDownIsServed(root: String, output: String, server: Server) {
        let outputName = (output as NSString).lastPathComponent
        #expect(server.status("/\(outputName)/") == 200, "nginx does not serve the site: the test proves nothing")
        for path in files(root) where path.hasSuffix(".html") || path.hasSuffix(".xml") || path.hasSuffix(".json") {
            let text = TestSupport.read(root + "/" + path)
            for title in removedTitles { #expect(!text.contains(title), "\(path) still holds \(title)") }
        }
        let entries = ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []) + [".\(outputName).bantin-back"]
        for entry in entries {
            for page in [removed, unpublished] {
                let status = server.status("/\(entry)/\(page)")
                #expect(status != 200, "/\(entry)/\(page) is served (\(status))")
            }
        }
    }

    @Test func theParentOfTheOutputServesNothingTakenDown() throws {
        let site = try TestSupport.site("golden-site")
        let www = (site as NSString).deletingLastPathComponent + "/www"
        let output = www + "/bantin"
        // A folder an earlier bantin left beside the output is removed by the next build.
        try TestSupport.write("cũ", to: www + "/.bantin.bantin-back/" + Self.removed + "index.html")
        try Self.takeDown(site: site, output: output)
        #expect(try FileManager.default.contentsOfDirectory(atPath: www) == ["bantin"], "only the site is beside the output")
        guard let server = try Server(root: www) else {
            print("note: nginx is not installed or did not start; the folder was checked on disk only")
            return
        }
        defer { server.stop() }
        Self.nothingTakenDownIsServed(root: www, output: output, server: server)
    }

    /// Output on another file system than the site (a tmpfs, a mounted share): the build is
    /// staged beside the output, unreadable until swapped in, and the replaced site deleted.
    @Test func anOutputOnAnotherFileSystemKeepsNothingBesideIt() throws {
        let site = try TestSupport.site("golden-site")
        var siteInfo = stat(), shmInfo = stat()
        guard stat(site, &siteInfo) == 0, stat("/dev/shm", &shmInfo) == 0, siteInfo.st_dev != shmInfo.st_dev,
            access("/dev/shm", W_OK) == 0
        else {
            print("note: /dev/shm is on the site's file system or missing; nothing to check")
            return
        }
        let www = "/dev/shm/bantin-www-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: www) }
        let output = www + "/bantin"
        #expect(SiteWriter(output: output, siteRoot: site).stateFolder == nil)
        try Self.takeDown(site: site, output: output)
        #expect(try FileManager.default.contentsOfDirectory(atPath: www) == ["bantin"])
        guard let server = try Server(root: www) else { return }
        defer { server.stop() }
        Self.nothingTakenDownIsServed(root: www, output: output, server: server)
    }

    /// The state bantin keeps (the site before the last build) is in `.bantin-cache/`, mode 0700.
    @Test func theKeptSiteIsInTheCacheUnreadableToOthers() throws {
        let site = try TestSupport.site("golden-site")
        let output = site + "/public"
        try Self.takeDown(site: site, output: output)
        let writer = SiteWriter(output: output, siteRoot: site)
        let state = try #require(writer.stateFolder)
        #expect(state.hasPrefix(SiteWriter.absolute(site) + "/.bantin-cache/"))
        var info = stat()
        #expect(stat(state, &info) == 0 && info.st_mode & 0o777 == 0o700)
        let back = try #require(writer.backFolder)
        #expect(FileManager.default.fileExists(atPath: back + "/" + Self.removed + "index.html"), "the kept site is the one before the last")
        #expect(stat(output, &info) == 0 && info.st_mode & 0o777 == 0o755, "the site itself is readable")
    }
}
