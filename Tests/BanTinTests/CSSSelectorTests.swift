import Testing

@testable import BanTin

/// The selector engine that picks the fields of saved portal pages.
@Suite("CSS selectors")
struct CSSSelectorTests {
    static let page = MarkupParser.parseHTML(Array("""
        <!DOCTYPE html><html><head><meta charset="utf-8">
        <link rel="canonical" href="https://old.example/a.aspx?ItemID=1"></head><body>
        <div id="main" class="tin-tuc-mo-rong ms-rtestate-field">
          <span class="news-category">Tin Chuyên Ngành</span>
          <h1 class="news-title ms-rteElement-H1">Tiêu đề</h1>
          <div class="news-content"><p id="p1">Một</p><p>Hai <a href="/x" data-kind="share-fb">f</a></p><p lang="vi-VN">Ba</p></div>
          <ul class="tin-khac"><li><a href="/b">B</a></li><li><a href="/c">C</a></li></ul>
        </div>
        <div class="news-content other"><p>Bốn</p></div>
        </body></html>
        """.utf8))

    /// What each selector picks: the text of the matches, in document order.
    @Test(arguments: [
        ("h1", ["Tiêu đề"]),
        ("H1", ["Tiêu đề"]),
        ("#p1", ["Một"]),
        (".news-title", ["Tiêu đề"]),
        ("h1.news-title.ms-rteElement-H1", ["Tiêu đề"]),
        ("h1.news-title.missing", []),
        ("div#main.tin-tuc-mo-rong > h1", ["Tiêu đề"]),
        ("#main p", ["Một", "Hai f", "Ba", ]),
        ("body > p", []),
        ("body p", ["Một", "Hai f", "Ba", "Bốn"]),
        (".news-content > p:first-child", ["Một", "Bốn"]),
        (".news-content > p:last-child", ["Ba", "Bốn"]),
        ("[lang]", ["Ba"]),
        ("p[lang=vi-VN]", ["Ba"]),
        ("p[lang='vi-VN']", ["Ba"]),
        ("[data-kind^=share]", ["f"]),
        ("[data-kind*=\"fb\"]", ["f"]),
        ("[data-kind$=fb]", ["f"]),
        ("[class~=other]", ["Bốn"]),
        ("[class=other]", []),
        ("ul.tin-khac li a", ["B", "C"]),
        ("ul > a", []),
        ("h1, .news-category", ["Tin Chuyên Ngành", "Tiêu đề"]),
        ("  span.news-category ,h1  ", ["Tin Chuyên Ngành", "Tiêu đề"]),
        ("* > .news-title", ["Tiêu đề"]),
        ("div div p", ["Một", "Hai f", "Ba"]),
    ])
    func picks(_ selector: String, _ expected: [String]) throws {
        let parsed = try CSSSelector(selector)
        #expect(parsed.select(in: Self.page).map(\.text) == expected)
    }

    @Test func attributesOfTheHead() throws {
        let link = try #require(try CSSSelector("link[rel=canonical]").first(in: Self.page))
        #expect(link.attribute("href") == "https://old.example/a.aspx?ItemID=1")
    }

    @Test func removingDropsEveryMatchWithItsContents() throws {
        let pruned = try CSSSelector(".tin-khac, a[data-kind]").removing(from: Self.page)
        #expect(try CSSSelector("a, li, ul").select(in: pruned).isEmpty)
        #expect(try CSSSelector("p").select(in: pruned).map(\.text) == ["Một", "Hai ", "Ba", "Bốn"])
        // Positions are the original ones: removing the first <p> does not make the second first.
        let firsts = try CSSSelector("#p1, .news-content > p:first-child").removing(from: Self.page)
        #expect(try CSSSelector(".news-content > p").select(in: firsts).map(\.text) == ["Hai f", "Ba"])
    }

    /// Bad selectors: the column where reading stopped, and the English message.
    @Test(arguments: [
        ("", 1, "The selector is empty."),
        ("   ", 4, "The selector is empty."),
        ("div,", 4, "A selector is missing after the comma."),
        (", div", 1, "A selector is missing before the comma."),
        ("div >", 5, "A selector is missing after \">\"."),
        ("div > > p", 5, "A selector is missing after \">\"."),
        ("div..a", 5, "Missing a class name after the dot before \".\"."),
        ("#", 2, "Missing a name after # at the end of the selector."),
        ("a[href", 7, "Missing \"]\" for the bracket opened at column 2."),
        ("a[href=\"x]", 8, "The quote opened at column 8 is not closed."),
        ("a[href!=x]", 7, "Unexpected character \"!\"."),
        ("p:hover", 2, "\":hover\" is not supported (only :first-child and :last-child)."),
        ("div + p", 5, "Unexpected character \"+\"."),
        ("div{", 4, "Unexpected character \"{\"."),
    ])
    func badSelectors(_ selector: String, _ column: Int, _ message: String) {
        #expect(throws: CSSSelector.ParseError.self) { try CSSSelector(selector) }
        do {
            _ = try CSSSelector(selector)
        } catch {
            #expect(error.column == column, "\(selector)")
            #expect(error.en == message, "\(selector)")
            #expect(!error.vi.isEmpty)
        }
    }
}
