/// The forms of a run of articles, counted on one thread: each form (a syllable or a pair, by its
/// exact bytes) gets a local number, and each article a list of (form, weight). The index merges
/// parts in order, so postings come out sorted by search id.
///
/// Everything works on UTF-8 bytes and 64-bit hashes: hashing `String`s normalises them first,
/// which cost most of the time of a first version.
struct SearchIndexPart: Sendable {
    private(set) var documents: [SearchIndex.Document] = []
    private var table = SearchFormTable()
    /// Form and weight of every posting, article after article.
    private var postingForms: [Int32] = []
    private var postingWeights: [UInt8] = []
    private var documentStarts: [Int] = [0]

    /// Pairs by the numbers of their two syllables (so a pair's bytes are built once, when new).
    private var pairs: [UInt64: Int32] = [:]

    // Scratch for the article being counted, indexed by local form.
    private var counts: [Int32] = []
    private var flags: [UInt8] = []  // 1: in the title
    private var touched: [Int32] = []

    /// The forms of this part, by local number.
    var forms: SearchFormTable { table }

    func postingRange(of document: Int) -> Range<Int> { documentStarts[document]..<documentStarts[document + 1] }

    func posting(_ position: Int) -> (form: Int, weight: UInt8) { (Int(postingForms[position]), postingWeights[position]) }

    /// Counts the syllables and pairs of the title (flagged), the tags and the summary (each use
    /// counted `PostingCodec.leadUses` times) and the body.
    mutating func add(_ article: Article, document: SearchIndex.Document) {
        documents.append(document)
        touched.removeAll(keepingCapacity: true)
        add(article.title, uses: 1, title: true)
        for tag in article.tags { add(tag, uses: Int32(PostingCodec.leadUses)) }
        add(article.summary, uses: Int32(PostingCodec.leadUses))
        if !article.bodyHTML.isEmpty { add(HTMLPlainText.text(of: article.bodyHTML), uses: 1) }
        for form in touched {
            let slot = Int(form)
            postingForms.append(form)
            postingWeights.append(PostingCodec.weight(title: flags[slot] != 0, uses: Int(counts[slot])))
            counts[slot] = 0
            flags[slot] = 0
        }
        documentStarts.append(postingForms.count)
    }

    private mutating func add(_ text: String, uses: Int32, title: Bool = false) {
        var previous = -1
        SearchTokenizer.scan(text) { exact, folded, follows in
            let syllable = table.id(exact: exact, folded: folded)
            count(syllable, uses: uses, title: title)
            if follows, previous >= 0 { count(pair(previous, syllable), uses: uses, title: title) }
            previous = syllable
        }
    }

    /// The local number of the pair of syllables `first` and `second`.
    private mutating func pair(_ first: Int, _ second: Int) -> Int {
        let key = UInt64(first) << 32 | UInt64(second)
        if let known = pairs[key] { return Int(known) }
        var exact: [UInt8] = []
        var folded: [UInt8] = []
        table.withForm(first) { exactBytes, foldedBytes in
            exact += exactBytes
            folded += foldedBytes
        }
        exact.append(0x20)
        folded.append(0x20)
        table.withForm(second) { exactBytes, foldedBytes in
            exact += exactBytes
            folded += foldedBytes
        }
        let id = exact.withUnsafeBufferPointer { exactBytes in
            folded.withUnsafeBufferPointer { foldedBytes in table.id(exact: exactBytes, folded: foldedBytes) }
        }
        pairs[key] = Int32(id)
        return id
    }

    private mutating func count(_ slot: Int, uses: Int32, title: Bool) {
        while slot >= counts.count {
            counts.append(0)
            flags.append(0)
        }
        if counts[slot] == 0 { touched.append(Int32(slot)) }
        counts[slot] += uses
        if title { flags[slot] = 1 }
    }
}
