/// Writes the Markdown body of one article: a lead, paragraphs, one or two `##` headings,
/// a list, a block quote, and links to earlier articles, about 850 words in all.
struct BodyWriter {
    private var filler: SlotFiller
    private let plan: ArticlePlan
    private var order: [Int] = []
    private var next = 0
    private var words = 0

    /// A writer for `plan`, drawing from `rng`.
    init(plan: ArticlePlan, rng: SplitMix64) {
        self.plan = plan
        filler = SlotFiller(plan: plan, rng: rng)
    }

    /// Appends the optional summary text (without quotes or escaping).
    mutating func appendSummary(to out: inout [UInt8]) {
        filler.append(filler.rng.pick(Vocabulary.summaries), to: &out)
    }

    /// Appends the body; `targets` are the link targets as `(title, relative path)`.
    mutating func appendBody(links targets: [(title: String, path: String)], to out: inout [UInt8]) {
        let target = filler.rng.between(730...830)
        order = filler.rng.permutation(Vocabulary.sentences.count)
        next = 0

        paragraph(lead: true, sentences: filler.rng.between(1...2), to: &out)
        paragraph(sentences: filler.rng.between(2...4), to: &out)
        heading(to: &out)
        paragraph(sentences: filler.rng.between(2...3), to: &out)
        list(to: &out)
        paragraph(sentences: filler.rng.between(2...3), to: &out)
        if let first = targets.first {
            paragraph(sentences: filler.rng.between(1...2), link: first, to: &out)
        }
        quote(to: &out)
        let secondHeading = filler.rng.chance(0.6)
        var headed = false
        while words < target {
            if secondHeading && !headed && words > target / 2 {
                heading(to: &out)
                headed = true
            }
            paragraph(sentences: filler.rng.between(2...4), to: &out)
        }
        if targets.count > 1 {
            out.append("Bạn đọc có thể [xem thêm](")
            out.append(targets[1].path)
            out.append(") các thông tin liên quan.\n")
        }
    }

    private mutating func paragraph(
        lead: Bool = false, sentences: Int, link: (title: String, path: String)? = nil,
        to out: inout [UInt8]
    ) {
        let start = out.count
        if lead {
            filler.append(filler.rng.pick(Vocabulary.leads), to: &out)
        }
        for index in 0..<sentences {
            if lead || index > 0 { out.append(UInt8(ascii: " ")) }
            filler.append(nextSentence(), to: &out)
        }
        if let link {
            out.append(" Trước đó, bản tin đã có bài [")
            out.append(link.title)
            out.append("](")
            out.append(link.path)
            out.append(") về nội dung này.")
        }
        out.append("\n\n")
        count(from: start, in: out)
    }

    private mutating func heading(to out: inout [UInt8]) {
        let start = out.count
        out.append("## ")
        filler.append(filler.rng.pick(Vocabulary.headings), to: &out)
        out.append("\n\n")
        count(from: start, in: out)
    }

    private mutating func list(to out: inout [UInt8]) {
        let start = out.count
        filler.append(filler.rng.pick(Vocabulary.listIntros), to: &out)
        out.append("\n\n")
        let numbered = filler.rng.chance(0.4)
        let items = filler.rng.permutation(Vocabulary.listItems.count)
        for (position, item) in items.prefix(filler.rng.between(3...5)).enumerated() {
            if numbered {
                out.appendDecimal(position + 1)
                out.append(". ")
            } else {
                out.append("- ")
            }
            filler.append(Vocabulary.listItems[item], to: &out)
            out.append(UInt8(ascii: "\n"))
        }
        out.append(UInt8(ascii: "\n"))
        count(from: start, in: out)
    }

    private mutating func quote(to out: inout [UInt8]) {
        let start = out.count
        out.append("> ")
        filler.append(filler.rng.pick(Vocabulary.quotes), to: &out)
        out.append("\n\n")
        count(from: start, in: out)
    }

    private mutating func nextSentence() -> TextTemplate {
        if next == order.count {
            order = filler.rng.permutation(Vocabulary.sentences.count)
            next = 0
        }
        defer { next += 1 }
        return Vocabulary.sentences[order[next]]
    }

    /// Adds the words (runs separated by spaces or new lines) appended since `start`.
    private mutating func count(from start: Int, in out: [UInt8]) {
        var inWord = false
        for byte in out[start...] {
            let isSpace = byte == 0x20 || byte == 0x0A
            if !isSpace && !inWord { words += 1 }
            inWord = !isSpace
        }
    }
}
