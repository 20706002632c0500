import Foundation
import Testing

@testable import BanTin

/// Old portal addresses keep working: a redirect page at each, an nginx include and `_redirects`.
@Suite("Old links and sub-path hosting")
struct RedirectTests {
    static let seedFile = "/content/tin-chuyen-nganh/nam-2020-phan-dau-khong-con-ho-ngheo-theo-chuan-trung-uong.md"
    static let seedPath = "/tin-chuyen-nganh/nam-2020-phan-dau-khong-con-ho-ngheo-theo-chuan-trung-uong/"

    /// The fixture site with aliases added to the seed article's front matter.
    static func siteWithAliases(_ aliases: [String]) throws -> String {
        let site = try TestSupport.site("golden-site")
        let path = site + seedFile
        let text = TestSupport.read(path)
        let list = aliases.map { "  - \"\($0)\"" }.joined(separator: "\n")
        try TestSupport.write(text.replacingOccurrences(of: "featured: true\n", with: "featured: true\naliases:\n\(list)\n"), to: path)
        return site
    }

    @Test func redirectPagesAndServerMaps() throws {
        let site = try Self.siteWithAliases([
            "/vi/news/tin-chuyen-nganh/Pages/nam-2020-phan-dau.aspx", "/tin-cu/ho-ngheo/", "/Lists/bai-490.html",
        ])
        let report = SiteBuilder(options: BuildOptions(root: site)).build()
        #expect(report.succeeded, "\(report.diagnostics.map(\.formatted))")
        let output = site + "/public"
        for file in ["vi/news/tin-chuyen-nganh/Pages/nam-2020-phan-dau.aspx/index.html", "tin-cu/ho-ngheo/index.html", "Lists/bai-490.html"] {
            let page = TestSupport.read(output + "/" + file)
            #expect(page.contains("<meta http-equiv=\"refresh\" content=\"0; url=\(Self.seedPath)\">"), "\(file)")
            #expect(page.contains("<link rel=\"canonical\" href=\"https://bantin.example.gov.vn\(Self.seedPath)\">"))
            #expect(page.contains("<a href=\"\(Self.seedPath)\">"))
            #expect(page.contains("<meta name=\"robots\" content=\"noindex\">"))
        }
        let netlify = TestSupport.read(output + "/_redirects")
        #expect(netlify.contains("/vi/news/tin-chuyen-nganh/Pages/nam-2020-phan-dau.aspx \(Self.seedPath) 301\n"))
        #expect(netlify.contains("/tin-cu/ho-ngheo/ \(Self.seedPath) 301\n"))
        let nginx = TestSupport.read(output + "/_redirects.nginx.conf")
        #expect(nginx.contains("location = \"/Lists/bai-490.html\" { return 301 \(Self.seedPath); }"))
        try checkWithNginx(nginx)
    }

    /// `nginx -t` on a minimal configuration that includes the generated file.
    func checkWithNginx(_ include: String) throws {
        let nginx = "/usr/sbin/nginx"
        guard FileManager.default.isExecutableFile(atPath: nginx) else {
            print("note: nginx is not installed; the include was checked as text only")
            return
        }
        let folder = NSTemporaryDirectory() + "bantin-nginx-\(UUID().uuidString)"
        try TestSupport.write(include, to: folder + "/redirects.conf")
        try TestSupport.write("""
            error_log \(folder)/error.log;
            pid \(folder)/nginx.pid;
            events {}
            http {
                access_log off;
                server {
                    listen 127.0.0.1:18080;
                    root \(folder);
                    include \(folder)/redirects.conf;
                }
            }
            """, to: folder + "/nginx.conf")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: nginx)
        process.arguments = ["-t", "-q", "-p", folder, "-c", folder + "/nginx.conf"]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "nginx -t: \(message)")
    }

    @Test func anAliasOnAnExistingPageIsAnErrorNamingBoth() throws {
        let site = try Self.siteWithAliases(["/kinh-te/", "/tin-cu/a/", "/tin-cu/a/"])
        let report = SiteBuilder(options: BuildOptions(root: site)).build()
        #expect(!report.succeeded)
        let messages = report.diagnostics.map(\.messageEN)
        #expect(messages.contains("Old address /kinh-te/ clashes with the page /kinh-te/index.html."))
        #expect(messages.contains {
            $0.hasPrefix("Old address /tin-cu/a/ clashes with the old address declared at content/tin-chuyen-nganh/nam-2020")
        })
        #expect(report.diagnostics.allSatisfy { $0.location.path.hasSuffix("nam-2020-phan-dau-khong-con-ho-ngheo-theo-chuan-trung-uong.md") })
        #expect(!FileManager.default.fileExists(atPath: site + "/public"), "nothing written")
    }

    @Test(arguments: [
        ("/vi/news/a.aspx", "vi/news/a.aspx"), ("tin/cu/", "tin/cu/"), ("https://old.example/x/y.html?id=1", "x/y.html?id=1"),
        ("/a/%C4%91%C6%B0%E1%BB%9Dng.aspx", "a/đường.aspx"), ("/Pages/chi-tiet-tin.aspx?ItemID=123", "Pages/chi-tiet-tin.aspx?ItemID=123"),
        ("/?p=12", "?p=12"), ("https://old.example?p=12#top", "?p=12"), ("/a.aspx?", "a.aspx"), ("/a.aspx?x=1#b", "a.aspx?x=1"),
        ("/tim?q=đường", "tim?q=%C4%91%C6%B0%E1%BB%9Dng"),
    ])
    func aliasPaths(_ raw: String, _ expected: String) {
        #expect(AliasPath.normalize(raw) == expected)
    }

    @Test(arguments: ["/../etc/passwd", "/a/./b", "/", "", "/a/.hidden", "/a\"b", "/a?x=$host", "/a?x=\"", "/a?x=1 2", "/a?{x}", "/?"])
    func badAliasPaths(_ raw: String) {
        #expect(AliasPath.normalize(raw) == nil)
    }

    @Test func subPathBaseURLReachesEveryLink() throws {
        let site = try Self.siteWithAliases(["/cu/bai.aspx"])
        let base = "https://tayninh.example.gov.vn/bantin/"
        let report = SiteBuilder(options: BuildOptions(root: site, baseURL: base)).build()
        #expect(report.succeeded)
        let files = TestSupport.tree(site + "/public")
        var checked = 0
        for (path, data) in files where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            for attribute in ["href=\"", "src=\"", "content=\"0; url="] {
                var rest = html[...]
                while let found = rest.range(of: attribute) {
                    let value = rest[found.upperBound...].prefix { $0 != "\"" }
                    rest = rest[found.upperBound...]
                    checked += 1
                    let ok = value.hasPrefix("/bantin/") || value.hasPrefix("https://") || value.hasPrefix("mailto:")
                        || value.hasPrefix("#")
                    #expect(ok, "\(path): \(attribute)\(value)")
                    if value.hasPrefix("https://bantin.example.gov.vn") { Issue.record("\(path) uses the old base URL") }
                }
            }
        }
        #expect(checked > 100)
        for (path, data) in files where path.hasSuffix(".xml") || path == "robots.txt" || path == "_redirects" {
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.contains("https://bantin.example.gov.vn"), "\(path)")
            if path.hasSuffix(".xml") { #expect(text.contains(base), "\(path)") }
        }
        #expect(TestSupport.read(site + "/public/_redirects").contains("/bantin/cu/bai.aspx /bantin/tin-chuyen-nganh/"))
    }

    static let otherFile = "/content/kinh-te/duong-dong-khoi-duoc-nang-cap.md"
    static let otherPath = "/kinh-te/duong-dong-khoi-duoc-nang-cap/"

    /// Old addresses with a query: no page (a file server cannot answer by query), entries in the
    /// server maps, and through a real nginx a 301 for the query, the plain alias of the same path
    /// still answered, and the home page untouched by the old home page's `/?p=12`.
    @Test func queryAliasesAreAnsweredByTheServerMaps() throws {
        let site = try Self.siteWithAliases(["/Pages/chi-tiet-tin.aspx?ItemID=123", "/?p=12", "/tin-cu/?id=7"])
        let other = site + Self.otherFile
        try TestSupport.write(TestSupport.read(other).replacingOccurrences(
            of: "\n---\n", with: "\naliases: [\"/Pages/chi-tiet-tin.aspx\", \"/Pages/chi-tiet-tin.aspx?ItemID=124\"]\n---\n"), to: other)
        // A body may link the old query address: the link check knows the server answers it.
        let seed = site + Self.seedFile
        try TestSupport.write(TestSupport.read(seed) + "\n[Bài cũ](/tin-cu/?id=7)\n", to: seed)
        let report = SiteBuilder(options: BuildOptions(root: site)).build()
        #expect(report.succeeded, "\(report.diagnostics.map(\.formatted))")
        let output = site + "/public"
        let files = TestSupport.tree(output).keys
        #expect(files.contains("Pages/chi-tiet-tin.aspx/index.html"), "the plain alias keeps its page")
        #expect(!files.contains { $0.contains("?") || $0.contains("ItemID") }, "\(files.filter { $0.contains("Pages") })")
        let nginx = TestSupport.read(output + "/_redirects.nginx.conf")
        #expect(nginx.contains("""
            location = "/Pages/chi-tiet-tin.aspx" {
                if ($args = "ItemID=124") { return 301 \(Self.otherPath); }
                if ($args = "ItemID=123") { return 301 \(Self.seedPath); }
                return 301 \(Self.otherPath);
            }
            """), "\(nginx)")
        #expect(nginx.contains("if ($request_uri = \"/?p=12\") { return 301 \(Self.seedPath); }\n"))
        #expect(nginx.contains("if ($request_uri = \"/tin-cu/?id=7\") { return 301 \(Self.seedPath); }\n"))
        #expect(!nginx.contains("location = \"/\""), "the home page keeps the server's own handling")
        let netlify = TestSupport.read(output + "/_redirects")
        #expect(netlify.contains("/Pages/chi-tiet-tin.aspx ItemID=123 \(Self.seedPath) 301\n"))
        #expect(netlify.contains("/ p=12 \(Self.seedPath) 301\n"))
        let queryRule = try #require(netlify.range(of: "/Pages/chi-tiet-tin.aspx ItemID=124 "))
        let plainRule = try #require(netlify.range(of: "/Pages/chi-tiet-tin.aspx \(Self.otherPath) 301"))
        #expect(queryRule.lowerBound < plainRule.lowerBound, "query rules come first: the first match wins")

        guard let server = try ServedParentTests.Server(root: output, serverLines: "include \(output)/_redirects.nginx.conf;") else {
            print("note: nginx is not installed or did not start; the maps were checked as text only")
            return
        }
        defer { server.stop() }
        func get(_ path: String) -> RawHTTP.Response? { RawHTTP.once(port: server.port, path: path, timeout: 10) }
        func redirect(_ path: String) -> String? {
            guard let response = get(path), response.status == 301 else { return nil }
            let line = response.headers.split(separator: "\r\n").first { $0.lowercased().hasPrefix("location:") }
            return line.map { String($0.dropFirst("location:".count)).trimmingSpaces }
        }
        let base = "http://127.0.0.1:\(server.port)"
        #expect(redirect("/Pages/chi-tiet-tin.aspx?ItemID=123") == base + Self.seedPath)
        #expect(redirect("/Pages/chi-tiet-tin.aspx?ItemID=124") == base + Self.otherPath)
        #expect(redirect("/Pages/chi-tiet-tin.aspx?ItemID=999") == base + Self.otherPath, "the plain alias answers other queries")
        #expect(redirect("/Pages/chi-tiet-tin.aspx") == base + Self.otherPath)
        #expect(redirect("/?p=12") == base + Self.seedPath)
        #expect(redirect("/tin-cu/?id=7") == base + Self.seedPath)
        #expect(get("/")?.status == 200, "the home page")
        #expect(get("/?p=13")?.status == 200, "the home page with another query")
        #expect(get(Self.seedPath)?.status == 200)
    }

    @Test func aQueryAliasDeclaredTwiceIsAnError() throws {
        let site = try Self.siteWithAliases(["/Pages/x.aspx?ItemID=1", "/Pages/x.aspx?ItemID=1", "/Pages/x.aspx?ItemID=2"])
        let report = SiteBuilder(options: BuildOptions(root: site)).build()
        #expect(!report.succeeded)
        let messages = report.diagnostics.map(\.messageEN)
        #expect(messages.count == 1, "\(messages)")
        #expect(messages.first?.hasPrefix("Old address /Pages/x.aspx?ItemID=1 clashes with the old address declared at content/") == true)
    }
}
