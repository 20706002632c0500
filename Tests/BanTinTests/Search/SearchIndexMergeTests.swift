import Foundation
import Testing

@testable import BanTin

/// The index is counted in parts, on several threads, and merged: its files must not depend on
/// how the articles were split, and what it keeps per term must agree with its postings.
@Suite("Search: parts and merge")
struct SearchIndexMergeTests {
    typealias F = ArticleFactory

    /// Articles whose syllables recur across parts, with summaries, tags, entities, empty bodies
    /// and bodies where the first `snippetSource × 6` scalars end inside a tag, an entity or a
    /// comment, at every offset.
    static func site() -> (SiteIndex, SiteConfig) {
        let words = ["hộ", "nghèo", "Hồ", "Dầu", "Tiếng", "hỗ", "trợ", "xã", "Tân", "Châu", "năm", "2020", "ĐẦU", "TƯ"]
        var articles: [Article] = []
        for number in 0..<60 {
            var article = F.article("bai-\(number)", day: 1 + number % 28, tags: [words[number % words.count] + " " + words[(number * 3) % words.count]])
            article.title = (0..<5).map { words[(number + $0 * 2) % words.count] }.joined(separator: " ")
            if number % 4 == 0 {
                article.summary = "Tóm tắt: " + words[number % words.count] + " – " + words[(number + 1) % words.count]
                article.summaryGiven = true
            }
            let padding = String(repeating: "x", count: number % 13)
            switch number % 5 {
            case 0:
                article.bodyHTML = ""
            case 1:
                // Mostly markup: the text of the cut body is shorter than the snippet source.
                article.bodyHTML = "<p>\(padding)" + (0..<80).map { index in
                    "<a href=\"https://example.com/\(String(repeating: "a", count: 20))\">\(words[(index + number) % words.count])&amp;x</a> "
                }.joined() + "</p>\n"
            case 2:
                // Plain text with an entity and a comment every few words.
                article.bodyHTML = "<p>\(padding)" + (0..<600).map { index in
                    words[(index * 7 + number) % words.count] + (index % 9 == 0 ? " &quot;x&quot; <!-- c -->" : " ")
                }.joined() + "</p>\n<p>kết thúc.</p>\n"
            default:
                article.bodyHTML = "<h2>\(padding) Mục \(number)</h2>\n<p>" + (0..<300).map { index in
                    words[(index + number * 5) % words.count]
                }.joined(separator: index(number)) + "</p>\n<ul>\n<li>Một</li>\n</ul>\n"
            }
            articles.append(article)
        }
        var config = SiteConfig()
        config.categories = [F.news]
        return (SiteIndex(articles: articles, config: config), config)
    }

    static func index(_ number: Int) -> String { number % 2 == 0 ? " " : ", " }

    static func files(_ search: SearchIndex, _ config: SiteConfig) -> [String: String] {
        var files: [String: String] = [:]
        for page in SearchIndexFiles(index: search, config: config).render() { files[page.path] = page.contents }
        return files
    }

    @Test func filesDoNotDependOnPartsOrBatches() {
        let (site, config) = Self.site()
        let whole = Self.files(SearchIndex(index: site, config: config), config)
        #expect(whole.count > 5)
        for (batch, part) in [(1, 1), (7, 3), (64, 5), (1_000, 1_000)] {
            let split = Self.files(SearchIndex(index: site, config: config, batchSize: batch, partSize: part), config)
            #expect(split == whole, "batches of \(batch), parts of \(part)")
        }
    }

    @Test func countsAgreeWithThePostings() throws {
        let (site, config) = Self.site()
        let search = SearchIndex(index: site, config: config, batchSize: 9, partSize: 2)
        #expect(search.terms.map(\.key) == search.terms.map(\.key).sorted())
        for term in search.terms {
            var documents = Set<Int>()
            for form in term.forms {
                let postings = try #require(PostingCodec.decode(form.postings))
                #expect(postings.count == form.postingCount)
                #expect(postings.map(\.document) == postings.map(\.document).sorted())
                #expect(Set(postings.map(\.document)).count == postings.count)
                documents.formUnion(postings.map(\.document))
            }
            #expect(term.documentCount == documents.count, "\(term.key)")
            #expect(term.forms.map(\.exact) == term.forms.map(\.exact).sorted())
        }
    }

    /// The snippet text comes from the text of the whole body when that gives what the text of
    /// its first scalars gives, and from those otherwise: both ways must agree.
    @Test func snippetsAreCutFromTheStartOfTheBody() {
        let (site, config) = Self.site()
        let search = SearchIndex(index: site, config: config, batchSize: 8, partSize: 3)
        for (id, article) in site.articles.reversed().enumerated() {
            let opening = article.bodyHTML.isEmpty ? "" : SearchIndex.opening(ofBody: article.bodyHTML)
            let source = article.summaryGiven || opening.isEmpty ? article.summary + " " + opening : opening
            #expect(search.documents[id].text == SearchIndex.cut(source, limit: SearchIndex.snippetSource), "\(article.slug)")
        }
    }

    /// `SearchIndex.cut` gathers bytes; it must cut as the scalar-by-scalar version it replaced.
    @Test(arguments: [
        "", "   ", "Hộ nghèo", "  Hộ   nghèo \n năm 2020  ", String(repeating: "hộ nghèo, ", count: 40),
        String(repeating: "Đồng Khởi – ", count: 30), String(repeating: "a-b; c: ", count: 50),
        String(repeating: "x", count: 300), "Mở đầu " + String(repeating: "ư", count: 258) + " cuối",
        String(repeating: "từ\u{00A0}", count: 140), String(repeating: "ab –", count: 70),
    ])
    func cutMatchesTheScalarVersion(_ text: String) {
        for limit in [1, 5, 20, 259, 260, 261] {
            #expect(SearchIndex.cut(text, limit: limit) == Self.referenceCut(text, limit: limit))
        }
    }

    static func referenceCut(_ text: String, limit: Int) -> String {
        var result = String.UnicodeScalarView()
        var lastSpace = 0
        var count = 0
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace {
                if count + 1 > limit { break }
                lastSpace = count
                result.append(" ")
                count += 1
                pendingSpace = false
            }
            if count + 1 > limit {
                var cut = String(String.UnicodeScalarView(result.prefix(lastSpace > 0 ? lastSpace : count)))
                while let last = cut.unicodeScalars.last, ",;:–-".unicodeScalars.contains(last) { cut.unicodeScalars.removeLast() }
                return cut + "…"
            }
            result.append(scalar)
            count += 1
        }
        return String(result)
    }

    /// A body of one long run of text (no tag, no line break) is read once, not byte by byte
    /// from where the snippet source is cut (which took minutes on a large body).
    @Test func aLongRunOfTextIsReadOnce() {
        var article = F.article("dai", day: 1)
        article.bodyHTML = "<p>" + String(repeating: "hộ nghèo ", count: 40_000) + "</p>"
        var config = SiteConfig()
        config.categories = [F.news]
        let start = ContinuousClock.now
        let search = SearchIndex(index: SiteIndex(articles: [article], config: config), config: config)
        #expect(ContinuousClock.now - start < .seconds(30))
        #expect(search.terms.first { $0.key == "ho ngheo" }?.forms.first?.postingCount == 1)
        let opening = SearchIndex.opening(ofBody: article.bodyHTML)
        #expect(search.documents.first?.text == SearchIndex.cut(opening, limit: SearchIndex.snippetSource))
    }

    @Test func whitespaceMatchesTheUnicodeProperty() {
        for value in 0..<0x3100 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(SearchIndex.isWhitespace(scalar) == scalar.properties.isWhitespace, "U+\(String(value, radix: 16))")
        }
    }
}
