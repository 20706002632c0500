import Foundation
import Testing

@testable import BanTin

/// Feed readers decode a feed's XML, then show `<description>` (and often titles, authors and
/// categories) as HTML. Hostile text in any field must stay text through both decodings.
@Suite("Feed escaping")
struct FeedEscapingTests {
    static let payloads = [
        "</script><script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "\"><svg onload=alert(1)>",
        "&lt;b&gt;đã mã hóa&lt;/b&gt;",
        "<![CDATA[x]]> ]]> <!-- chú thích --> <?php ?>",
        "Kinh tế & Xã hội 'nháy' \"kép\"",
    ]

    /// True when HTML parsing of `text` would open a tag, a comment or a declaration: a `<`
    /// followed by a letter, `/`, `!` or `?` (the HTML tokenizer's rule).
    static func opensMarkup(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() where scalar == "<" && index + 1 < scalars.count {
            let next = scalars[index + 1]
            if next.properties.isAlphabetic || next == "/" || next == "!" || next == "?" { return true }
        }
        return false
    }

    /// One decoding as HTML of text with no markup: its character references.
    static func decodeHTML(_ text: String) -> String {
        var result = text
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&apos;", "'"), ("&amp;", "&")] {
            result = result.replacingOccurrences(of: entity, with: character)
        }
        return result
    }

    @Test(arguments: [
        ("<b>", "&amp;lt;b&amp;gt;", "&amp;lt;b&amp;gt;"),
        ("A & B", "A &amp; B", "A &amp;amp; B"),
        ("&lt;", "&amp;lt;", "&amp;amp;lt;"),
        ("'x\"", "&apos;x&quot;", "&amp;apos;x&amp;quot;"),
        ("Tây Ninh", "Tây Ninh", "Tây Ninh"),
    ])
    func escaping(_ input: String, _ text: String, _ html: String) {
        #expect(XMLText.escapeText(input) == text)
        #expect(XMLText.escapeHTML(input) == html)
    }

    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    @Test func hostileTextInEveryFieldNeverBecomesMarkupInAnyFeed() throws {
        let site = try TestSupport.site("golden-site")
        let all = Self.payloads.joined(separator: " ")
        // The site's own title and description, and a category name, hostile too.
        var config = TestSupport.read(site + "/site.yml")
        config = config.replacingOccurrences(of: "title: Bản tin Kiểm thử", with: "title: \(Self.quoted("Bản tin " + all))")
        config = config.replacingOccurrences(of: "description: Trang mẫu cho kiểm thử", with: "description: \(Self.quoted("Mô tả " + all))")
        config = config.replacingOccurrences(of: "categories:\n", with: "categories:\n  - name: \(Self.quoted("Mục " + all))\n    slug: muc-doc\n    description: \(Self.quoted("Mô tả mục " + all))\n")
        try TestSupport.write(config, to: site + "/site.yml")
        for (number, payload) in Self.payloads.enumerated() {
            try TestSupport.write("""
                ---
                title: \(Self.quoted("Tiêu đề \(payload)"))
                date: 2020-07-0\(number + 1)T08:00
                author: \(Self.quoted("Tác giả \(payload)"))
                category: muc-doc
                summary: \(Self.quoted("Tóm tắt \(payload)"))
                tags: [\(Self.quoted("Chủ đề \(payload)"))]
                ---

                Nội dung.

                """, to: site + "/content/muc-doc/bai-\(number).md")
        }
        // One more whose summary is made from its body.
        try TestSupport.write("""
            ---
            title: Bài tóm tắt từ nội dung
            date: 2020-07-09T08:00
            author: Công Phong
            category: muc-doc
            ---

            Đoạn đầu &lt;script&gt;alert(1)&lt;/script&gt; và `<img src=x onerror=alert(1)>` cùng \\<b\\>.

            """, to: site + "/content/muc-doc/tu-noi-dung.md")
        var options = BuildOptions(root: site)
        options.nowText = "2021-01-01T00:00"
        let report = SiteBuilder(options: options).build()
        #expect(report.succeeded, "\(report.diagnostics.map(\.formatted))")

        let feeds = TestSupport.tree(site + "/public").keys.filter { $0.hasSuffix("rss.xml") }.sorted()
        #expect(feeds.contains("muc-doc/rss.xml"))
        var fields = 0
        var summaries: [String] = []
        for path in feeds {
            let data = try #require(FileManager.default.contents(atPath: site + "/public/" + path))
            let rss = try #require(XMLTree.parse(data), "\(path) is not well-formed XML")
            let channel = try #require(rss.first("channel"))
            var texts = [channel.value("title"), channel.value("description")].compactMap { $0 }
            for item in channel.all("item") {
                texts += [item.value("title"), item.value("description"), item.value("dc:creator")].compactMap { $0 }
                texts += item.all("category").map(\.text)
                if path == "muc-doc/rss.xml", let description = item.value("description") { summaries.append(description) }
            }
            for text in texts {
                fields += 1
                #expect(!Self.opensMarkup(text), "\(path): \(text)")
            }
        }
        #expect(fields > 100)
        // Decoded once as HTML, each description is the summary as written.
        for payload in Self.payloads {
            #expect(summaries.map(Self.decodeHTML).contains("Tóm tắt " + payload), "\(payload)")
        }
        #expect(summaries.map(Self.decodeHTML).contains { $0.contains("<script>alert(1)</script>") && $0.contains("<img src=x") })
    }
}
