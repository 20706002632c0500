/// Renders one article file: YAML front matter between `---` lines, a blank line, the body.
enum ArticleFile {
    /// Appends the whole file for `plan` to `out`; `plans` resolves link targets.
    static func append(
        _ plan: ArticlePlan, plans: [ArticlePlan], seed: UInt64, index: Int, to out: inout [UInt8]
    ) {
        let category = Vocabulary.categories[plan.category]
        var writer = BodyWriter(plan: plan, rng: SplitMix64(seed: seed, stream: index))
        out.append("---\ntitle: ")
        appendQuoted(plan.title, to: &out)
        out.append("\ndate: ")
        plan.date.appendISO(to: &out)
        out.append("\nauthor: ")
        out.append(Vocabulary.authors[plan.author])
        out.append("\ncategory: ")
        out.append(category.name)
        out.append("\nviews: ")
        out.appendDecimal(plan.views)
        out.append("\ntags: [")
        for (position, tag) in plan.tags.enumerated() {
            if position > 0 { out.append(", ") }
            out.append(tag)
        }
        out.append("]\n")
        if plan.featured { out.append("featured: true\n") }
        if plan.hasSummary {
            var summary: [UInt8] = []
            writer.appendSummary(to: &summary)
            out.append("summary: ")
            appendQuoted(String(decoding: summary, as: UTF8.self), to: &out)
            out.append(UInt8(ascii: "\n"))
        }
        out.append("---\n\n")
        let targets = plan.links.map { target in
            let linked = plans[target]
            let folder = Vocabulary.categories[linked.category].slug
            return (title: linked.title, path: "../\(folder)/\(linked.slug).md")
        }
        writer.appendBody(links: targets, to: &out)
    }

    /// Appends `text` as a YAML double-quoted scalar.
    private static func appendQuoted(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                out.append(UInt8(ascii: "\\"))
            }
            out.append(byte)
        }
        out.append(UInt8(ascii: "\""))
    }
}
