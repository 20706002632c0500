import Foundation
import Testing

@testable import BanTin

/// The rules under the importers, as tables: HTML → CommonMark, WordPress's shortcodes and
/// paragraphs, the import mark, categories added to site.yml.
@Suite("Import text rules")
struct ImportTextTests {
    static func markdown(_ html: String) -> String {
        let root = MarkupParser.parseHTML(Array(html.utf8), fragment: true)
        return HTMLToMarkdown().convert(root.child("body") ?? root).markdown
    }

    @Test(arguments: [
        ("<p>Một <strong>hai</strong> <em>ba</em></p>", "Một **hai** *ba*\n"),
        ("<p>Dòng một<br>dòng hai</p>", "Dòng một\\\ndòng hai\n"),
        ("<p><b> cách </b>chữ</p>", "**cách** chữ\n"),
        ("<h3>Tiêu   đề\n nhỏ</h3><p>x</p>", "### Tiêu đề nhỏ\n\nx\n"),
        ("<p>5 * 3 = 15 và a_b [1] &lt;tag&gt; &amp;copy;</p>", "5 \\* 3 = 15 và a\\_b \\[1\\] \\<tag\\> \\&copy;\n"),
        ("<p>- không phải danh sách</p><p>1. không phải số</p><p># không</p>",
         "\\- không phải danh sách\n\n1\\. không phải số\n\n\\# không\n"),
        ("<ul><li>a</li><li>b<ul><li>c</li></ul></li></ul>", "- a\n- b\n  - c\n"),
        ("<ol start=\"3\"><li>ba</li><li>bốn</li></ol>", "3. ba\n4. bốn\n"),
        ("<blockquote><p>trích</p><p>dẫn</p></blockquote>", "> trích\n>\n> dẫn\n"),
        ("<pre><code class=\"language-swift\">let a = 1\n  b ```</code></pre>", "````swift\nlet a = 1\n  b ```\n````\n"),
        ("<p><a href=\"https://x.vn/a b\">liên kết</a></p>", "[liên kết](<https://x.vn/a b>)\n"),
        ("<p><a href=\"javascript:alert(1)\">bấm</a></p>", "bấm\n"),
        ("<p><img src=\"a.png\" alt=\"Ảnh\"></p>", "![Ảnh](a.png)\n"),
        ("<script>alert(1)</script><style>p{}</style><p>còn lại</p>", "còn lại\n"),
        ("<iframe src=\"https://www.youtube.com/embed/x\"></iframe>", "[https://www.youtube.com/embed/x](https://www.youtube.com/embed/x)\n"),
        ("<p>m<sup>2</sup></p>", "m<sup>2</sup>\n"),
        ("<table><tr><td onclick=\"x()\">ô</td></tr></table>", "<table><tr><td>ô</td></tr></table>\n"),
        ("<p>code <code>a`b</code></p>", "code ``a`b``\n"),
        ("<hr><p>sau</p>", "* * *\n\nsau\n"),
        ("<div><div><p>lồng</p></div></div>", "lồng\n"),
        ("<p>&nbsp;&nbsp;Cách&nbsp;&nbsp; nhau</p>", "Cách nhau\n"),
    ])
    func htmlBecomesCommonMark(html: String, expected: String) {
        #expect(Self.markdown(html) == expected)
    }

    /// Whatever the HTML, the Markdown renders with no script and no event attribute.
    @Test(arguments: [
        "<p onmouseover=\"alert(1)\">x</p>", "<a href=\"javascript:alert(1)\">x</a>", "<img src=x onerror=alert(1)>",
        "<scr<script>ipt>alert(1)</script>", "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>",
        "<svg><script>alert(1)</script></svg>", "<table><tr><td><script>alert(1)</script></td></tr></table>",
        // Found by the html fuzz target: a frame inside a table went out as raw HTML.
        "<table><tr><td><iframe src=\"https://x.vn\"></iframe><nobr>x</nobr><embed src=\"a.swf\"></td></tr></table>",
    ])
    func hostileHTMLNeverBecomesScript(html: String) {
        let rendered = MarkdownRenderer.render(Self.markdown(html), allowRawHTML: true).html.lowercased()
        #expect(!rendered.contains("<script"), "\(rendered)")
        #expect(!rendered.contains("onerror") && !rendered.contains("onmouseover"), "\(rendered)")
        #expect(!rendered.contains("javascript:"), "\(rendered)")
        #expect(!rendered.contains("<iframe") && !rendered.contains("<embed") && !rendered.contains("<nobr"), "\(rendered)")
    }

    @Test(arguments: [
        ("Một\n\nHai\nba", "<p>Một</p>\n\n<p>Hai<br />\nba</p>"),
        ("<h2>Tiêu đề</h2>\nchữ", "<h2>Tiêu đề</h2>\nchữ"),
        ("<pre>a\n\nb</pre>\n\nsau", "<pre>a\n\nb</pre>\n\n<p>sau</p>"),
        ("<!-- wp:paragraph -->\n<p>x</p>\n<!-- /wp:paragraph -->", "<!-- wp:paragraph -->\n<p>x</p>\n<!-- /wp:paragraph -->"),
    ])
    func paragraphsAreRestored(content: String, expected: String) {
        #expect(WordPressText.prepare(content).html == expected)
    }

    @Test(arguments: [
        ("[caption id=\"a\" width=\"300\"]<img src=\"x.jpg\" /> Chú thích[/caption]",
         "<figure><img src=\"x.jpg\" /><figcaption>Chú thích</figcaption></figure>", [String]()),
        ("Trước [gallery ids=\"1,2\"] sau", "<p>Trước  sau</p>", ["gallery"]),
        ("[[gallery]] là mã rút gọn", "<p>[gallery] là mã rút gọn</p>", []),
        ("[Xem thêm] và [1] giữ nguyên", "<p>[Xem thêm] và [1] giữ nguyên</p>", []),
        ("[toggle title=\"A\"]nội dung[/toggle]", "<p>nội dung</p>", ["toggle"]),
        ("[embed]https://youtu.be/x[/embed]", "<p><a href=\"https://youtu.be/x\">https://youtu.be/x</a></p>", []),
    ])
    func shortcodes(content: String, expected: String, removed: [String]) {
        let prepared = WordPressText.prepare(content)
        #expect(prepared.html == expected)
        #expect(prepared.removedShortcodes == removed)
    }

    @Test func theImportMarkTellsUntouchedFromEdited() {
        var article = ImportedArticle(path: "content/a/b.md", origin: "x", title: "Tiêu đề \"trích\"", date: "2020-01-01T00:00:00",
                                      author: "A", category: "Thời sự", body: "Nội dung.\n")
        article.tags = ["một", "hai"]
        let text = article.fileText
        #expect(text.contains("title: \"Tiêu đề \\\"trích\\\"\""))
        #expect(ImportMark.standing(of: text) == .untouched)
        #expect(ImportMark.standing(of: text.replacingOccurrences(of: "Nội dung.", with: "Nội dung mới.")) == .edited)
        #expect(ImportMark.standing(of: text.replacingOccurrences(of: "author: \"A\"", with: "author: \"B\"")) == .edited)
        #expect(ImportMark.standing(of: "---\ntitle: x\n---\n") == .foreign)
    }

    @Test func categoriesAreAddedToSiteYml() {
        let listed = "title: T\ncategories:\n    - name: A\n      slug: a\n    # ghi chú\n    - name: B\n\n# nhãn\nper_page: 10\n"
        #expect(SiteCategoryText.adding(["Tin tức"], to: listed)
                == "title: T\ncategories:\n    - name: A\n      slug: a\n    # ghi chú\n    - name: B\n    - name: \"Tin tức\"\n\n# nhãn\nper_page: 10\n")
        #expect(SiteCategoryText.adding(["C"], to: "title: T\n") == "title: T\n\ncategories:\n  - name: \"C\"\n")
        let (config, problems) = SiteConfigParser.parse(SiteCategoryText.adding(["Tin tức"], to: listed))
        #expect(problems.filter { $0.severity == .error }.isEmpty)
        #expect(config.categories.map(\.name).contains("Tin tức"))
    }

    /// The mapping file README shows is one the importer reads.
    @Test func theReadmeMappingExampleIsValid() throws {
        let readme = TestSupport.read(TestSupport.repoRoot + "/README.md")
        let start = try #require(readme.range(of: "A mapping file for another layout:\n\n```yaml\n"))
        let end = try #require(readme[start.upperBound...].range(of: "```"))
        let (mapping, problems) = PageMappingParser.parse(String(readme[start.upperBound..<end.lowerBound]), path: "README.md")
        #expect(problems.isEmpty, "\(problems.map(\.formatted))")
        #expect(mapping?.baseURL == "https://www.tayninh.gov.vn/")
    }
}
