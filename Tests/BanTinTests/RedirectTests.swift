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
        ("/vi/news/a.aspx", "vi/news/a.aspx"), ("tin/cu/", "tin/cu/"), ("https://old.example/x/y.html?id=1", "x/y.html"),
        ("/a/%C4%91%C6%B0%E1%BB%9Dng.aspx", "a/đường.aspx"),
    ])
    func aliasPaths(_ raw: String, _ expected: String) {
        #expect(AliasPath.normalize(raw) == expected)
    }

    @Test(arguments: ["/../etc/passwd", "/a/./b", "/", "", "/a/.hidden", "/a\"b"])
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
}
