/// What the royalty statement counts in an article when the front matter does not say:
/// its A4 pages from the words of the body, and its pictures.
public enum ArticleBodyCounts {
    /// Words per A4 page (Times New Roman 13–14, single spacing).
    public static let wordsPerPage = 500

    /// Words of the body's text, as a word processor counts them: runs of characters between
    /// spaces that hold at least one letter or digit (a Vietnamese syllable is one word; a lone
    /// dash is none). Tags and attributes (alt texts, addresses) are not text.
    public static func words(ofHTML html: String) -> Int {
        var count = 0
        var inWord = false
        var wordHasLetter = false
        for scalar in HTMLPlainText.text(of: html).unicodeScalars {
            if scalar.properties.isWhitespace {
                if inWord, wordHasLetter { count += 1 }
                inWord = false
                wordHasLetter = false
            } else {
                inWord = true
                if scalar.properties.isAlphabetic || scalar.properties.numericType != nil { wordHasLetter = true }
            }
        }
        if inWord, wordHasLetter { count += 1 }
        return count
    }

    /// ceil(words / 500), at least 1, at most `ArticleRoyalty.maximumCount`.
    public static func pages(words: Int) -> Int {
        min(ArticleRoyalty.maximumCount, max(1, (words + wordsPerPage - 1) / wordsPerPage))
    }

    /// Pictures of the body: every `<img` tag (Markdown pictures, and raw HTML ones where the site allows them).
    public static func pictures(ofHTML html: String) -> Int {
        var count = 0
        var rest = Substring(html)
        while let found = rest.range(of: "<img", options: .caseInsensitive) {
            let next = rest[found.upperBound...].first
            if next == nil || next == " " || next == ">" || next == "/" || next == "\n" || next == "\t" { count += 1 }
            rest = rest[found.upperBound...]
        }
        return count
    }

    /// The pictures `photos:` stands for when absent: the lead `image:` and every picture of the body.
    public static func photos(of article: Article) -> Int {
        min(ArticleRoyalty.maximumCount, (article.image == nil ? 0 : 1) + pictures(ofHTML: article.bodyHTML))
    }
}
