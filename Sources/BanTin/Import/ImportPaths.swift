/// Makes the paths of one import's articles distinct: the first (in the given order) keeps its
/// path, a later one with the same path, or a path taken by a file not from an import, gets the
/// article's date (`-2020-06-25`), then a number. The same input always gives the same paths.
public enum ImportPaths {
    public static func deduplicate(_ articles: [ImportedArticle], taken: (String) -> Bool) -> [ImportedArticle] {
        var used: Set<String> = []
        return articles.map { article in
            var article = article
            let stem = String(article.path.dropLast(3))
            let day = String(article.date.prefix(10))
            var candidates = [article.path, "\(stem)-\(day).md"]
            candidates += (2...1000).map { "\(stem)-\(day)-\($0).md" }
            let chosen = candidates.first { !used.contains($0) && !taken($0) } ?? "\(stem)-\(used.count).md"
            used.insert(chosen)
            article.path = chosen
            return article
        }
    }
}
