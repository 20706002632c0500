import Foundation
import Testing

@testable import BanTin

/// `bantin check` on a fixture with 18 different kinds of problem: every one at its line and
/// column, in all three formats, with the right exit status.
@Suite("bantin check")
struct CheckTests {
    static let now = "2021-01-01T00:00"

    /// path:line:column, severity, English message; sorted as the report is.
    static let expected: [(String, String, String)] = [
        ("content/kinh-te/khoa-la.md:6:1", "warning", "Unknown key `tac_gia` is ignored."),
        ("content/kinh-te/lien-ket.md:8:5", "error", "The link goes to content/thoi-su/khong-co.md, which does not exist."),
        ("content/kinh-te/lien-ket.md:10:1", "error", "File content/kinh-te/anh-khong-co.png not found."),
        ("content/kinh-te/lien-ket.md:10:32", "error", "File content/kinh-te/van-ban-khong-co.pdf not found."),
        ("content/kinh-te/lien-quan.md:6:1", "error", "Related article \"khong-co-bai-nay\" matches no article slug."),
        ("content/kinh-te/lien-quan.md:7:1", "error", "Old address /kinh-te/ clashes with the page /kinh-te/index.html."),
        // A draft is checked too, though it is not built.
        ("content/kinh-te/nhap.md:9:5", "error", "File content/kinh-te/khong-co-anh.png not found."),
        ("content/kinh-te/rong.md:6:1", "error", "The article has no body."),
        ("content/kinh-te/tep-thieu.md:6:1", "error", "File content/kinh-te/anh.jpg not found."),
        ("content/kinh-te/tep-thieu.md:7:1", "error", "File content/kinh-te/ban-tin.mp3 not found."),
        ("content/kinh-te/tep-thieu.md:9:5", "error", "File content/kinh-te/van-ban.pdf not found."),
        ("content/kinh-te/tieu-de-dai.md:2:1", "warning", "The title is 223 characters long (keep it under 200)."),
        ("content/kinh-te/tuong-lai.md:3:1", "warning",
         "The date is in the future but there is no `status`: the article shows now, dated in the future."),
        ("content/thoi-su/danh-sach.md:2:1", "error",
         "The front matter must be a mapping of \"key: value\" lines, but this is a list."),
        ("content/thoi-su/muc-la.md:5:1", "error", "Category \"Thể thao\" is not in site.yml."),
        ("content/thoi-su/ngay-sai.md:3:1", "error", "Date \"2021-02-29T08:00\" does not exist."),
        ("content/thoi-su/sai-kieu.md:6:1", "error", "`views` must be between 0 and 2147483647, but is -5."),
        ("content/thoi-su/sai-kieu.md:7:1", "error", "`featured` must be `true` or `false`, but this is \"maybe\"."),
        ("content/thoi-su/thieu-tieu-de.md:1:1", "error", "Missing required key `title`."),
        ("content/thoi-su/trung-b.md:6:1", "error",
         "Two articles have the same `slug: hai-bai-cung-dia-chi` in one category: content/thoi-su/trung-a.md and content/thoi-su/trung-b.md."),
        ("content/thoi-su/yaml-hong.md:3:1", "error",
         "The front matter is not valid YAML (while scanning a plain scalar, found a tab character that violates indentation)."),
    ]

    func run(_ extra: [String]) throws -> TestSupport.RunResult? {
        guard TestSupport.executable != nil else {
            Issue.record("the bantin executable was not built beside the tests")
            return nil
        }
        let site = try TestSupport.site("check-site")
        return try TestSupport.run(["check", "--root", site, "--now", Self.now] + extra)
    }

    @Test func textReportsEveryProblemInVietnameseThenEnglish() throws {
        guard let result = try run([]) else { return }
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n").filter { !$0.hasPrefix("    ") }
        #expect(lines.count == Self.expected.count)
        for ((location, severity, english), line) in zip(Self.expected, lines) {
            #expect(line.hasPrefix("\(location): \(severity): "), "\(line)")
            #expect(line.hasSuffix(" — \(english)"), "\(line)")
        }
        #expect(result.stdout.contains("    gợi ý: "))
        #expect(result.stderr.contains("Kiểm tra 16 bài viết: 18 lỗi, 3 cảnh báo."))
        #expect(!FileManager.default.fileExists(atPath: (try TestSupport.site("check-site")) + "/public"))
    }

    @Test func englishOnly() throws {
        guard let result = try run(["--lang", "en"]) else { return }
        let lines = result.stdout.split(separator: "\n").filter { !$0.hasPrefix("    ") }
        #expect(lines.map(String.init) == Self.expected.map { "\($0.0): \($0.1): \($0.2)" })
        #expect(!result.stdout.contains("gợi ý"))
    }

    @Test func json() throws {
        guard let result = try run(["--format", "json"]) else { return }
        #expect(result.status == 1)
        let items = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(items.count == Self.expected.count)
        for (item, (location, severity, english)) in zip(items, Self.expected) {
            let place = "\(item["path"] as? String ?? ""):\(item["line"] as? Int ?? 0):\(item["column"] as? Int ?? 0)"
            #expect(place == location)
            #expect(item["severity"] as? String == severity)
            #expect(item["message_en"] as? String == english)
            #expect(!(item["message"] as? String ?? "").isEmpty)
        }
    }

    @Test func githubAnnotations() throws {
        guard let result = try run(["--format", "github", "--lang", "en"]) else { return }
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == Self.expected.count)
        for (line, (location, severity, english)) in zip(lines, Self.expected) {
            let parts = location.split(separator: ":")
            #expect(line.hasPrefix("::\(severity) file=\(parts[0]),line=\(parts[1]),col=\(parts[2]),title=bantin::\(english)"), "\(line)")
        }
    }

    @Test func warningsAloneFailOnlyWithStrict() throws {
        guard TestSupport.executable != nil else { return }
        let site = try TestSupport.site("golden-site")
        // A future date without status: one warning, no error.
        try TestSupport.write("""
            ---
            title: Bài hẹn ngày
            date: 2030-01-01T08:00
            author: Công Phong
            category: Kinh tế
            ---

            Nội dung.
            """, to: site + "/content/kinh-te/hen-ngay.md")
        let relaxed = try TestSupport.run(["check", "--root", site, "--now", Self.now])
        #expect(relaxed.status == 0, "\(relaxed.stdout)")
        #expect(relaxed.stdout.contains("content/kinh-te/hen-ngay.md:3:1: warning:"))
        let strict = try TestSupport.run(["check", "--root", site, "--now", Self.now, "--strict"])
        #expect(strict.status == 1)
    }
}
