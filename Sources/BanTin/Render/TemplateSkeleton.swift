/// A template rendered once by the template engine for one `TemplateShape`, with a marker in
/// place of every leaf: the page's HTML as literal pieces and numbered holes, each hole to be
/// filled with a leaf as it is (`{{{…}}}`) or HTML-escaped (`{{…}}`). Filling the holes gives,
/// byte for byte, what the engine would render for any values of that shape, at a fraction of
/// the cost (the engine looks every name up through several dynamic casts).
///
/// A marker is `U+E000 & number \ <U+0301 U+E001`: the engine's escaping turns `&` into `&amp;`,
/// so the marker tells whether the engine escaped that value; bantin's escaper turns `<` into
/// `&lt;` where the engine's own (which works on whole characters) leaves `<` with its
/// combining accent alone, so it tells which escaper ran; and a list or dictionary shown as text
/// writes its strings with `\` doubled, so a marker inside one is not read as a hole. A marker
/// of a leaf that ends with a line break ends with one too, so indented partials indent the
/// same lines.
struct TemplateSkeleton: Sendable {
    enum Piece: Sendable, Equatable {
        case literal(String)
        case raw(Int)
        case escaped(Int)
    }

    let pieces: [Piece]
    /// Bytes of the literal pieces, to reserve room when filling.
    let literalBytes: Int

    /// The marker of leaf `number`.
    static func marker(_ number: Int, endsWithNewline: Bool) -> String {
        "\u{E000}&\(number)\\<\u{0301}\u{E001}" + (endsWithNewline ? "\n" : "")
    }

    /// Whether a template's text could be mistaken for markers (it holds U+E000 or U+E001).
    static func clashes(with text: String) -> Bool {
        text.unicodeScalars.contains { $0 == "\u{E000}" || $0 == "\u{E001}" }
    }

    /// Reads the engine's output for marked values (leaf numbers starting at `firstNumber`); nil
    /// when a marker is not where and as expected (the engine escaped it in another way, a value
    /// showed in another form): such shapes are rendered by the engine alone.
    init?(rendered: String, firstNumber: Int, leafEndsWithNewline: [Bool]) {
        var pieces: [Piece] = []
        var literal: [UInt8] = []
        var literalBytes = 0
        var utf8 = Array(rendered.utf8)
        let count = utf8.count
        var position = 0

        func matches(_ expected: [UInt8], at index: Int) -> Bool {
            guard index + expected.count <= count else { return false }
            for offset in 0..<expected.count where utf8[index + offset] != expected[offset] { return false }
            return true
        }
        let open: [UInt8] = [0xEE, 0x80, 0x80], close: [UInt8] = [0xEE, 0x80, 0x81]
        let escapedAmpersand = Array("&amp;".utf8), ampersand: [UInt8] = [0x26]
        let escapedAccent: [UInt8] = Array("\\&lt;".utf8) + [0xCC, 0x81], rawAccent: [UInt8] = [0x5C, 0x3C, 0xCC, 0x81]

        while position < count {
            if matches(close, at: position) { return nil }
            guard matches(open, at: position) else {
                literal.append(utf8[position])
                position += 1
                continue
            }
            position += 3
            let escapedStart: Bool
            if matches(escapedAmpersand, at: position) {
                escapedStart = true
                position += escapedAmpersand.count
            } else if matches(ampersand, at: position) {
                escapedStart = false
                position += 1
            } else {
                return nil
            }
            var number = 0, digits = 0
            while position < count, utf8[position] >= 0x30, utf8[position] <= 0x39, digits < 9 {
                number = number * 10 + Int(utf8[position] - 0x30)
                position += 1
                digits += 1
            }
            guard digits > 0 else { return nil }
            let escapedEnd: Bool
            if matches(escapedAccent, at: position) {
                escapedEnd = true
                position += escapedAccent.count
            } else if matches(rawAccent, at: position) {
                escapedEnd = false
                position += rawAccent.count
            } else {
                return nil
            }
            guard matches(close, at: position) else { return nil }
            position += 3
            let leaf = number - firstNumber
            guard leaf >= 0, leaf < leafEndsWithNewline.count else { return nil }
            if leafEndsWithNewline[leaf] {
                guard position < count, utf8[position] == 0x0A else { return nil }
                position += 1
            }
            let piece: Piece
            switch (escapedStart, escapedEnd) {
            case (false, false): piece = .raw(leaf)
            case (true, true): piece = .escaped(leaf)
            default: return nil  // the engine's own escaper, or something unforeseen
            }
            if !literal.isEmpty {
                literalBytes += literal.count
                pieces.append(.literal(String(decoding: literal, as: UTF8.self)))
                literal.removeAll(keepingCapacity: true)
            }
            pieces.append(piece)
        }
        if !literal.isEmpty {
            literalBytes += literal.count
            pieces.append(.literal(String(decoding: literal, as: UTF8.self)))
        }
        utf8 = []
        self.pieces = pieces
        self.literalBytes = literalBytes
    }

    /// The page for `leaves`.
    func fill(_ leaves: [String]) -> String {
        var result = ""
        result.reserveCapacity(literalBytes + 64 * pieces.count)
        for piece in pieces {
            switch piece {
            case .literal(let text): result += text
            case .raw(let leaf): if leaf < leaves.count { result += leaves[leaf] }
            case .escaped(let leaf): if leaf < leaves.count { result += FastHTMLEscape.escape(leaves[leaf]) }
            }
        }
        return result
    }
}
