/// A hash of everything the search index files are made from: for each article, in the index's
/// order, what `SearchIndex` reads (address, title, tags, summary, body, date, category), and the
/// site's categories and base path. Equal keys mean equal files, so a cached build keeps the
/// previous files without building the index again (a template or setting changed, not an
/// article's text).
enum SearchInputKey {
    static func of(index: SiteIndex, config: SiteConfig, salt: String) -> String {
        var hash = ContentHash()
        hash.add(salt)
        hash.addNumber(SearchIndexFiles.formatVersion)
        hash.addNumber(SearchIndexFiles.documentsPerChunk)
        hash.addNumber(SearchIndexFiles.targetShardBytes)
        hash.addNumber(SearchIndexFiles.maxShards)
        hash.addNumber(SearchIndex.snippetSource)
        hash.add(config.basePath)
        hash.addNumber(config.categories.count)
        for category in config.categories {
            hash.add(category.slug)
            hash.add(category.name)
        }
        hash.addNumber(index.articles.count)
        for article in index.articles {
            hash.add(article.redirect ?? "\u{0}")
            hash.add(article.path)
            hash.add(article.title)
            hash.addNumber(article.tags.count)
            for tag in article.tags { hash.add(tag) }
            hash.add(article.summary)
            hash.addNumber(article.summaryGiven ? 1 : 0)
            hash.add(article.bodyHTML)
            hash.add(article.date.vietnameseDateLine)
            hash.addNumber(article.date.year)
            hash.add(article.category.slug)
        }
        return hash.hex
    }
}
