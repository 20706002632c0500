/// The forms of a run of articles, counted on one thread: each form (a syllable or a pair, by its
/// exact bytes) gets a local number, each folded key too, and each article a list of (form,
/// weight). `finish()` then writes each form's postings in the text of `PostingCodec`, so the
/// index merges parts by copying bytes, form by form, instead of handling every posting again
/// on one thread. Parts are merged in order, so postings come out sorted by search id.
///
/// Everything works on UTF-8 bytes and 64-bit hashes: hashing `String`s normalises them first,
/// which cost most of the time of a first version.
struct SearchIndexPart: Sendable {
    private(set) var documents: [SearchIndex.Document] = []
    private var table = SearchFormTable()
    /// Folded keys, by their bytes (stored as the "exact" bytes of this table).
    private var keyTable = SearchFormTable()
    /// The local key of each local form.
    private(set) var keyOfForm: [Int32] = []
    /// Form and weight of every posting, article after article (until `finish()`).
    private var postingForms: [Int32] = []
    private var postingWeights: [UInt8] = []
    private var documentStarts: [Int] = [0]

    /// Pairs by the numbers of their two syllables (so a pair's bytes are built once, when new).
    private var pairs = SearchPairTable()

    // Scratch for the article being counted, indexed by local form.
    private var counts: [Int32] = []
    private var flags: [UInt8] = []  // 1: in the title
    private var touched: [Int32] = []
    /// The plain text of the body being counted.
    private var plainText: [UInt8] = []
    /// By local key: the last article that had one of its forms, and how many articles did.
    private var keyLastDocument: [Int32] = []
    private(set) var keyDocumentCounts: [Int32] = []

    // Written by `finish()`, by local form: the first posting (local article and weight), the
    // last article, the number of postings, and the others written by `PostingCodec`.
    private(set) var firstDocuments: [Int32] = []
    private(set) var firstWeights: [UInt8] = []
    private(set) var lastDocuments: [Int32] = []
    private(set) var postingCounts: [Int32] = []
    private var encoded: [UInt8] = []
    private var encodedStarts: [Int] = []

    /// The forms of this part, by local number.
    var forms: SearchFormTable { table }
    /// The folded keys of this part, by local number (their bytes are the "exact" ones).
    var keys: SearchFormTable { keyTable }

    /// Calls `body` with the postings of local form `form` after its first, as `PostingCodec` writes them.
    func withPostingsAfterFirst<Result>(of form: Int, _ body: (ArraySlice<UInt8>) -> Result) -> Result {
        body(encoded[encodedStarts[form]..<encodedStarts[form + 1]])
    }

    /// Counts the syllables and pairs of the title (flagged), the tags and the summary (each use
    /// counted `PostingCodec.leadUses` times) and the body, whose plain text is made once, here,
    /// for the index and the snippet.
    mutating func add(_ article: Article, basePath: String, category: [String: Int]) {
        let document = Int32(documents.count)
        touched.removeAll(keepingCapacity: true)
        add(article.title, uses: 1, title: true)
        for tag in article.tags { add(tag, uses: Int32(PostingCodec.leadUses)) }
        add(article.summary, uses: Int32(PostingCodec.leadUses))
        plainText.removeAll(keepingCapacity: true)
        var opening = ""
        if !article.bodyHTML.isEmpty {
            opening = HTMLPlainText.withUTF8(of: article.bodyHTML) { html in
                let cut = SearchIndex.byteOffset(ofScalar: SearchIndex.snippetSource * 6, in: html)
                let stable = HTMLPlainText.write(html, to: &plainText, stableUntil: cut)
                return plainText.withUnsafeBufferPointer { text in
                    let shown = SearchIndex.byteOffset(ofScalar: SearchIndex.snippetSource * 2, in: text)
                    // The text of the cut body: the start of the whole text when the body is not
                    // cut, or when the part the two share holds all the scalars kept (nearly always).
                    let shared = cut == html.count || (shown <= stable && shown < text.count)
                    guard shared else { return SearchIndex.opening(ofBody: article.bodyHTML) }
                    return String(decoding: UnsafeBufferPointer(rebasing: text[0..<shown]), as: UTF8.self)
                }
            }
            var previous = -1
            plainText.withUnsafeBufferPointer { text in
                SearchTokenizer.scan(utf8: text) { exact, folded, follows in
                    previous = count(exact, folded, follows: follows, after: previous, uses: 1, title: false)
                }
            }
        }
        documents.append(SearchIndex.document(article, opening: opening, basePath: basePath, category: category))
        for form in touched {
            let slot = Int(form)
            postingForms.append(form)
            postingWeights.append(PostingCodec.weight(title: flags[slot] != 0, uses: Int(counts[slot])))
            counts[slot] = 0
            flags[slot] = 0
            let key = Int(keyOfForm[slot])
            if keyLastDocument[key] != document {
                keyLastDocument[key] = document
                keyDocumentCounts[key] += 1
            }
        }
        documentStarts.append(postingForms.count)
    }

    private mutating func add(_ text: String, uses: Int32, title: Bool = false) {
        var previous = -1
        SearchTokenizer.scan(text) { exact, folded, follows in
            previous = count(exact, folded, follows: follows, after: previous, uses: uses, title: title)
        }
    }

    /// Counts a syllable, and the pair it makes with the syllable `previous` when it follows it;
    /// returns the syllable's number.
    private mutating func count(
        _ exact: UnsafeBufferPointer<UInt8>, _ folded: UnsafeBufferPointer<UInt8>, follows: Bool, after previous: Int,
        uses: Int32, title: Bool
    ) -> Int {
        let syllable = form(exact: exact, folded: folded)
        count(syllable, uses: uses, title: title)
        if follows, previous >= 0 { count(pair(previous, syllable), uses: uses, title: title) }
        return syllable
    }

    /// The local number of a form, giving a new one its key.
    private mutating func form(exact: UnsafeBufferPointer<UInt8>, folded: UnsafeBufferPointer<UInt8>) -> Int {
        let id = table.id(exact: exact, folded: folded)
        if id == keyOfForm.count {
            let key = keyTable.id(exact: folded, folded: UnsafeBufferPointer(start: nil, count: 0))
            if key == keyDocumentCounts.count {
                keyDocumentCounts.append(0)
                keyLastDocument.append(-1)
            }
            keyOfForm.append(Int32(key))
            counts.append(0)
            flags.append(0)
        }
        return id
    }

    /// The local number of the pair of syllables `first` and `second`.
    private mutating func pair(_ first: Int, _ second: Int) -> Int {
        if let known = pairs.value(first, second) { return known }
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
            folded.withUnsafeBufferPointer { foldedBytes in form(exact: exactBytes, folded: foldedBytes) }
        }
        pairs.set(first, second, to: id)
        return id
    }

    private mutating func count(_ slot: Int, uses: Int32, title: Bool) {
        if counts[slot] == 0 { touched.append(Int32(slot)) }
        counts[slot] += uses
        if title { flags[slot] = 1 }
    }

    /// Writes the postings of each form (see the stored properties it fills) and drops the
    /// lists of the articles: a first pass measures each form's bytes, a second writes them in
    /// one flat array.
    mutating func finish() {
        let formCount = table.count
        firstDocuments = [Int32](repeating: -1, count: formCount)
        firstWeights = [UInt8](repeating: 0, count: formCount)
        lastDocuments = [Int32](repeating: -1, count: formCount)
        postingCounts = [Int32](repeating: 0, count: formCount)
        var sizes = [Int](repeating: 0, count: formCount)
        for document in 0..<documents.count {
            for position in documentStarts[document]..<documentStarts[document + 1] {
                let form = Int(postingForms[position])
                let last = Int(lastDocuments[form])
                if last < 0 {
                    firstDocuments[form] = Int32(document)
                    firstWeights[form] = postingWeights[position]
                } else {
                    sizes[form] += PostingCodec.byteCount(gap: document - last - 1)
                }
                lastDocuments[form] = Int32(document)
                postingCounts[form] += 1
            }
        }
        encodedStarts = [Int](repeating: 0, count: formCount + 1)
        for form in 0..<formCount { encodedStarts[form + 1] = encodedStarts[form] + sizes[form] }
        encoded = [UInt8](repeating: 0, count: encodedStarts[formCount])
        var written = Array(encodedStarts.dropLast())  // where each form's next posting goes
        var previous = firstDocuments
        for document in 0..<documents.count {
            for position in documentStarts[document]..<documentStarts[document + 1] {
                let form = Int(postingForms[position])
                let last = Int(previous[form])
                guard last < document else { continue }  // the first posting, kept apart
                var at = written[form]
                PostingCodec.write(gap: document - last - 1, weight: postingWeights[position]) { digit in
                    encoded[at] = digit
                    at += 1
                }
                written[form] = at
                previous[form] = Int32(document)
            }
        }
        postingForms = []
        postingWeights = []
        documentStarts = []
        counts = []
        flags = []
        touched = []
        plainText = []
        keyLastDocument = []
        pairs = SearchPairTable(capacity: 0)
    }
}
