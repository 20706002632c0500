import Foundation

extension ResidentSite {
    /// Most edits of an article being written change its body alone.
    static let bodyEditLimit = 16

    /// The site after an edit that changed only the bodies of built articles, or nil when the
    /// edit did more (a file added, removed or renamed; a picture, template or `site.yml`
    /// changed; a front matter changed; a body whose new first paragraph changes the summary, or
    /// that uses other files, or that has errors): then the whole site is planned again.
    ///
    /// Nothing but the article's own page and the search index can differ, so the rest of the
    /// plan (index, teasers, lists, feeds) is kept, and each page still has the bytes a full
    /// build gives (the tests compare them).
    func bodyEdit(stamps: SiteFingerprint) -> ResidentSite? {
        guard var plan, report.succeeded, var memo, let resolver = plan.resolver, let old = self.stamps else { return nil }
        guard old.value.count == stamps.value.count else { return nil }
        var changed: [String] = []
        for (path, stamp) in stamps.value where old.value[path] != stamp {
            guard path.hasPrefix("content/"), path.hasSuffix(".md"), old.value[path] != nil else { return nil }
            changed.append(path)
            if changed.count > Self.bodyEditLimit { return nil }
        }
        guard !changed.isEmpty else { return nil }
        var clock = StageClock()
        var diagnostics = report.diagnostics
        let builder = ArticleBodyBuilder(config: plan.config, resolver: resolver)
        let queryAliases = plan.index.articles.flatMap { $0.aliases.map(\.value) }.filter { $0.contains("?") }
        let linkCheck = SiteLinkCheck(outputs: entries.keys, basePath: plan.config.basePath, queryAliases: queryAliases)
        for path in changed.sorted() {
            guard let position = positions[path], plan.index.articles.indices.contains(position),
                let entry = memo.entries[path], let oldBody = entry.body,
                let bytes = FileBytes.read(plan.options.root + "/" + path)
            else { return nil }
            let (parsed, problems) = ParsedSource.parse(SourceFile(path: path, bytes: bytes), config: plan.config)
            guard let item = parsed, !problems.contains(where: { $0.severity == .error }),
                entry.source?.meta.slug?.value == item.meta.slug?.value
            else { return nil }
            let before = plan.index.articles[position]
            let built = builder.build(item, slug: before.slug, recording: true)
            guard var article = built.article, !built.diagnostics.contains(where: { $0.severity == .error }) else { return nil }
            // As the assembler does after building a body.
            article.publishAt = item.meta.publishAt
            article.expires = item.meta.expires
            article.isLive = item.meta.isLive(at: plan.options.now)
            guard article.isSameOutsideBody(before), built.media == oldBody.media, linkCheck.check([article]).isEmpty else { return nil }
            plan.renderer = plan.renderer.replacingBody(at: position, with: article)
            plan.index.articles[position] = article
            var kept = item
            kept.body = ""
            memo.entries[path] = ArticleMemo.Entry(
                bytesKey: ArticleMemo.bytesKey(bytes), source: kept, sourceProblems: problems,
                body: ArticleMemo.Body(slug: before.slug, lookups: built.lookups, article: article, media: built.media, problems: built.diagnostics))
            // The file's problems from reading and building are replaced; the others (about its
            // references) stay, as its front matter did.
            var gone = entry.sourceProblems + oldBody.problems
            diagnostics = diagnostics.filter { problem in
                guard let at = gone.firstIndex(of: problem) else { return true }
                gone.remove(at: at)
                return false
            }
            diagnostics += problems + built.diagnostics
        }
        var done = report
        done.diagnostics = diagnostics.sorted()
        done.reusedSources = report.sourceFiles - changed.count
        done.bodiesBuilt = changed.count
        done.reusedBodies = report.articles - changed.count
        done.stages = [("body edit", clock.lap())]
        done.sideStages = []
        return ResidentSite(
            version: version + 1, report: done, plan: plan, memo: memo, entries: entries,
            search: plan.renderer.hasSearchPage ? LazySearchFiles(plan: plan) : nil,
            stamps: stamps, positions: positions, optionsKey: optionsKey)
    }
}
