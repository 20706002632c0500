import Foundation
import Testing

@testable import BanTin

/// End to end: the example site built, served on loopback and driven in a real headless Chromium
/// (Debian's `chromium` and `chromium-driver`). Skipped, with the reason, where they are missing.
@Suite("Browser (headless Chromium)", .serialized, .enabled(if: Browser.available, Comment(rawValue: Browser.missing)))
struct BrowserTests {
    static let seed = "/tin-chuyen-nganh/nam-2020-phan-dau-khong-con-ho-ngheo-theo-chuan-trung-uong/"
    /// One page of each kind.
    static let pages = [
        "/", "/tin-chuyen-nganh/", seed, "/van-hoa-xa-hoi/trao-nha-dai-doan-ket-cho-ho-ngheo-dong-bao-dan-toc-o-tan-chau/",
        "/chu-de/", "/chu-de/ho-ngheo/", "/tac-gia/cong-phong/", "/luu-tru/", "/luu-tru/2020/06/", "/rss/",
        "/tim-kiem/", "/tim-kiem/?q=ho+ngheo", "/404.html",
    ]

    /// The example site, built once for the suite.
    static let site: Result<String, Error> = Result { try LoopbackSite.buildExample() }

    /// Serves the example site and runs `body` with a browser session and the site's address.
    func withSite(javascript: Bool = true, _ body: (WebDriver, String) async throws -> Void) async throws {
        let server = LoopbackSite(root: try Self.site.get())
        try await server.start()
        defer { server.stop() }
        try await Browser.session(javascript: javascript) { web in try await body(web, server.base) }
    }

    /// Types `query` in the search page's box and waits for its results.
    func search(_ query: String, on web: WebDriver, base: String) async throws -> [String] {
        try await web.open(base + "/tim-kiem/")
        try await web.type(query, into: "[data-search-input]")
        try await web.wait(
            for: "var r = document.querySelector('[data-search-results]'); return r.getAttribute('data-state') === 'done' && r.getAttribute('data-query') === arguments[0];"
                .replacingOccurrences(of: "arguments[0]", with: "'\(query)'"),
            "results of \(query)")
        return try await links(on: web)
    }

    func links(on web: WebDriver) async throws -> [String] {
        let value = try await web.run(
            "return Array.from(document.querySelectorAll('.search-result-title a')).map(function (a) { return a.getAttribute('href'); });")
        return value as? [String] ?? []
    }

    @Test func searchFindsTheSeedArticleWithOrWithoutTones() async throws {
        try await withSite { web, base in
            for query in ["ho ngheo", "hộ nghèo", "HO NGHEO"] {
                let found = try await search(query, on: web, base: base)
                #expect(found.first == Self.seed, "\(query): \(found)")
                let marked = try await web.run("return document.querySelector('.search-result-title mark').textContent;") as? String
                #expect(marked?.lowercased() == "hộ nghèo", "\(query): marked \(marked ?? "nothing")")
                let status = try await web.run("return document.querySelector('[data-search-status]').textContent;") as? String
                #expect(status?.hasPrefix("Tìm thấy") == true, "\(query): \(status ?? "")")
            }
            // The address keeps the query, so a result page can be shared and reloaded.
            let address = try await web.run("return location.search;") as? String
            #expect(address == "?q=HO+NGHEO")
        }
    }

    @Test func exactTonesRankFirst() async throws {
        try await withSite { web, base in
            // "hồ" (a lake) and "hộ" (a household) fold alike; typed with tones, the right word comes first.
            let marks = "return Array.from(document.querySelectorAll('.search-result')[0].querySelectorAll('mark')).map(function (m) { return m.textContent.toLowerCase(); });"
            let lake = try await search("hồ", on: web, base: base)
            #expect((try await web.run(marks) as? [String])?.contains("hồ") == true, "\(lake)")
            let household = try await search("hộ", on: web, base: base)
            #expect((try await web.run(marks) as? [String])?.contains("hộ") == true, "\(household)")
            let count = "return document.querySelector('[data-search-results]').getAttribute('data-count');"
            _ = try await search("ho dau tieng", on: web, base: base)
            let plain = try await web.run(count) as? String
            let toned = try await search("hồ Dầu Tiếng", on: web, base: base)
            #expect(try await web.run(count) as? String == plain, "folding finds the same articles")
            #expect(toned.first?.contains("ho-dau-tieng") == true, "\(toned)")
        }
    }

    @Test func aFilterNarrowsTheResults() async throws {
        try await withSite { web, base in
            let all = try await search("ho ngheo", on: web, base: base)
            #expect(all.count > 2)
            try await web.run("""
                var select = document.querySelector('[data-search-category]');
                select.value = 'van-hoa-xa-hoi';
                select.dispatchEvent(new Event('change'));
                """)
            try await web.wait(
                for: "var r = document.querySelector('[data-search-results]'); return r.getAttribute('data-state') === 'done' && location.search.indexOf('chuyen-muc') > 0;",
                "filtered results")
            let filtered = try await links(on: web)
            #expect(!filtered.isEmpty && filtered.count < all.count, "\(filtered.count) of \(all.count)")
            #expect(filtered.allSatisfy { $0.hasPrefix("/van-hoa-xa-hoi/") }, "\(filtered)")
            try await web.run("""
                var select = document.querySelector('[data-search-year]');
                select.value = '2019';
                select.dispatchEvent(new Event('change'));
                """)
            try await web.wait(
                for: "var r = document.querySelector('[data-search-results]'); return r.getAttribute('data-state') === 'done' && location.search.indexOf('nam=2019') > 0;",
                "results of 2019")
            #expect(try await links(on: web).count < filtered.count)
        }
    }

    @Test func biggerTextIsKeptOnTheNextPage() async throws {
        try await withSite { web, base in
            let size = "return parseFloat(getComputedStyle(document.querySelector('[data-article-body] p')).fontSize);"
            try await web.open(base + Self.seed)
            let before = try #require(try await web.run(size) as? Double)
            try await web.click("[data-font-step='1']")
            let after = try #require(try await web.run(size) as? Double)
            #expect(after > before)
            try await web.open(base + Self.pages[3])
            let next = try #require(try await web.run(size) as? Double)
            #expect(next == after, "A+ is kept across pages: \(before) → \(after) → \(next)")
            let label = try await web.run("return document.querySelector(\"[data-font-step='1']\").getAttribute('aria-label');") as? String
            #expect(label?.hasPrefix("Tăng") == true)
        }
    }

    @Test func noConsoleErrorsOnAnyKindOfPage() async throws {
        try await withSite { web, base in
            for page in Self.pages {
                try await web.open(base + page)
                if page.contains("?q=") {
                    try await web.wait(
                        for: "return document.querySelector('[data-search-results]').getAttribute('data-state') === 'done';", "search")
                }
                let errors = try await web.console().filter { $0.hasPrefix("SEVERE") }
                #expect(errors.isEmpty, "\(page): \(errors)")
            }
        }
    }

    @Test func noHorizontalScrollingAt360Pixels() async throws {
        try await withSite { web, base in
            try await web.devTools(
                "Emulation.setDeviceMetricsOverride", ["width": 360, "height": 740, "deviceScaleFactor": 2, "mobile": true])
            for page in Self.pages {
                try await web.open(base + page)
                let widths = try await web.run(
                    "return [document.documentElement.scrollWidth, document.documentElement.clientWidth];") as? [Int]
                #expect(widths?.count == 2 && widths?[0] == widths?[1], "\(page): scroll width \(widths ?? []) at 360 px")
            }
        }
    }

    @Test func keyboardReachesTheSkipLinkThenTheSearchBox() async throws {
        try await withSite { web, base in
            try await web.open(base + "/")
            try await web.press(["\u{E004}"])
            let first = try await web.run("return document.activeElement.className;") as? String
            #expect(first == "skip-link")
            let shown = try await web.run("return document.activeElement.getBoundingClientRect().top >= 0;") as? Bool
            #expect(shown == true, "the skip link shows when focused")
            try await web.press(["\u{E004}", "\u{E004}"])
            let box = try await web.run("return document.activeElement.getAttribute('name');") as? String
            #expect(box == "q", "the header's search box follows the site name")
            try await web.press(Array("ho ngheo").map(String.init) + ["\u{E007}"])
            try await web.wait(
                for: "return location.pathname === '/tim-kiem/' && document.querySelector('[data-search-results]').getAttribute('data-state') === 'done';",
                "the search page from the header box")
            let found = try await links(on: web)
            let address = try await web.run("return location.search;") as? String
            #expect(found.first == Self.seed, "\(address ?? ""): \(found)")
        }
    }

    @Test func withoutJavaScriptTheSearchPageExplainsHowToBrowse() async throws {
        try await withSite(javascript: false) { web, base in
            try await web.open(base + "/tim-kiem/?q=ho+ngheo")
            let visible = try await web.run(
                "var n = document.querySelector('[data-search-nojs]'); return n.offsetParent !== null && document.querySelector('.search-browse a') !== null;")
            #expect(visible as? Bool == true)
            let results = try await web.run("return document.querySelector('[data-search-results]').offsetParent;")
            #expect(results == nil || results is NSNull, "no empty results box without JavaScript")
        }
    }

    @Test func printViewLeavesOutNavigation() async throws {
        try await withSite { web, base in
            try await web.open(base + Self.seed)
            try await web.devTools("Emulation.setEmulatedMedia", ["media": "print"])
            let shown = try await web.run("""
                return ['.site-nav', '.header-search', '.skip-link', '.font-controls', '.share', '.footer-nav']
                  .filter(function (s) { var e = document.querySelector(s); return e && getComputedStyle(e).display !== 'none'; });
                """) as? [String]
            #expect(shown == [], "shown in print: \(shown ?? [])")
            let body = try await web.run("return getComputedStyle(document.querySelector('.article-body')).display;") as? String
            #expect(body == "block")
        }
    }

    /// WCAG AA: 4.5:1 for text, 3:1 for large text, against the first opaque background behind it.
    @Test func textContrastMeetsAA() async throws {
        try await withSite { web, base in
            for page in ["/", "/tin-chuyen-nganh/", Self.seed, "/tim-kiem/?q=ho+ngheo", "/chu-de/"] {
                try await web.open(base + page)
                if page.contains("?q=") {
                    try await web.wait(
                        for: "return document.querySelector('[data-search-results]').getAttribute('data-state') === 'done';", "search")
                }
                let failures = try await web.run(Self.contrastScript) as? [String] ?? ["no answer"]
                #expect(failures.isEmpty, "\(page): \(failures.prefix(5))")
            }
            // The check itself: pale grey text on white is caught.
            try await web.run("document.querySelector('h1').style.color = '#aaaaaa';")
            let caught = try await web.run(Self.contrastScript) as? [String] ?? []
            #expect(caught.count == 1 && caught.first?.hasPrefix("H1") == true, "\(caught)")
        }
    }

    static let contrastScript = """
        function rgb(text) { var m = text.match(/[\\d.]+/g) || [0, 0, 0, 0]; return m.map(Number).concat([1]).slice(0, 4); }
        function luminance(c) {
          var v = c.slice(0, 3).map(function (x) { x /= 255; return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); });
          return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2];
        }
        function background(element) {
          for (var e = element; e; e = e.parentElement) {
            var c = rgb(getComputedStyle(e).backgroundColor);
            if (c[3] > 0.5) { return c; }
          }
          return [255, 255, 255, 1];
        }
        var failures = [];
        document.querySelectorAll('body *').forEach(function (e) {
          var own = Array.from(e.childNodes).some(function (n) { return n.nodeType === 3 && n.textContent.trim(); });
          if (!own || e.closest('[hidden]') || e.getClientRects().length === 0) { return; }
          var style = getComputedStyle(e);
          if (style.visibility === 'hidden' || e.closest('.visually-hidden, .skip-link')) { return; }
          var fore = luminance(rgb(style.color)), back = luminance(background(e));
          var ratio = (Math.max(fore, back) + 0.05) / (Math.min(fore, back) + 0.05);
          var size = parseFloat(style.fontSize), bold = parseInt(style.fontWeight, 10) >= 700;
          var needed = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
          if (ratio < needed) { failures.push(e.tagName + '.' + e.className + ' ' + ratio.toFixed(2) + ' ' + e.textContent.trim().slice(0, 30)); }
        });
        return failures;
        """
}
