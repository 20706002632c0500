/// The text of an article body rendered by cmark, for the search index: tags dropped, the few
/// entities cmark writes decoded, each block (paragraph, heading, list item, cell…) on a line of
/// its own so that two syllables in different blocks never count as side by side.
enum HTMLPlainText {
    static let blockTags: Set<String> = [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "pre", "table", "thead",
        "tbody", "tr", "td", "th", "hr", "div", "figure", "figcaption", "dl", "dt", "dd", "section",
    ]

    /// The block tags as bytes, for matching tag names without making `String`s.
    private static let blockTagBytes: [[UInt8]] = blockTags.sorted().map { Array($0.utf8) }

    static func text(of html: String) -> String {
        var out: [UInt8] = []
        withUTF8(of: html) { bytes in _ = write(bytes, to: &out, stableUntil: bytes.count) }
        return String(decoding: out, as: UTF8.self)
    }

    /// Calls `body` with the UTF-8 bytes of `text`, without copying them when the string is native.
    static func withUTF8<Result>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }

    /// Appends the text of `html` (valid UTF-8) to `out`, and returns the length `out` had after
    /// the last tag, entity, comment or byte that ends at or before `stable` (a byte offset).
    /// Each of those comes out the same when `html` is cut at `stable` (whatever is cut there
    /// only changes what follows), so that length tells how much of `out` the text of the cut
    /// HTML would share: the snippet, taken from a cut body, can come from the whole text.
    static func write(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8], stableUntil stable: Int) -> Int {
        out.reserveCapacity(out.count + bytes.count)
        var stableCount = out.count
        var index = 0
        while index < bytes.count {
            if index <= stable { stableCount = out.count }
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "<"):
                if index + 3 < bytes.count, bytes[index + 1] == UInt8(ascii: "!"), bytes[index + 2] == UInt8(ascii: "-"),
                   bytes[index + 3] == UInt8(ascii: "-") {
                    index = end(of: commentEnd, in: bytes, from: index + 4)
                    continue
                }
                let close = bytes[index...].firstIndex(of: UInt8(ascii: ">")) ?? bytes.count - 1
                var nameStart = index + 1
                if nameStart < close, bytes[nameStart] == UInt8(ascii: "/") { nameStart += 1 }
                var nameEnd = nameStart
                while nameEnd < close, isTagNameByte(bytes[nameEnd]) { nameEnd += 1 }
                let name = UnsafeBufferPointer(rebasing: bytes[nameStart..<nameEnd])
                if isBlockTag(name) {
                    out.append(UInt8(ascii: "\n"))
                } else if name.count == 2, name[0] | 0x20 == UInt8(ascii: "b"), name[1] | 0x20 == UInt8(ascii: "r") {
                    out.append(UInt8(ascii: " "))
                }
                index = close + 1
            case UInt8(ascii: "&"):
                index += entity(in: bytes, at: index, to: &out)
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                out.append(UInt8(ascii: " "))  // a soft line break inside a paragraph
                index += 1
            default:
                // A run of plain text, copied whole.
                var runEnd = index + 1
                while runEnd < bytes.count, !isSpecial(bytes[runEnd]) { runEnd += 1 }
                // A run across `stable` stops there once, so the length there is kept.
                if index < stable, runEnd > stable { runEnd = stable }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<runEnd]))
                index = runEnd
            }
        }
        if index <= stable { stableCount = out.count }
        return stableCount
    }

    private static let commentEnd = Array("-->".utf8)

    /// A byte that `write` does not copy as it is.
    @inline(__always)
    private static func isSpecial(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "<") || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }

    /// Whether `name` (letters and digits) is one of `blockTags`, in any case.
    private static func isBlockTag(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        guard (1...10).contains(name.count) else { return false }
        for tag in blockTagBytes where tag.count == name.count {
            var same = true
            for (stored, byte) in zip(tag, name) where stored != (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) {
                same = false
                break
            }
            if same { return true }
        }
        return false
    }

    private static func isTagNameByte(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    /// The index just after `marker` at or after `start`, or the end of `bytes`.
    private static func end(of marker: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        while index + marker.count <= bytes.count {
            if bytes[index..<index + marker.count].elementsEqual(marker) { return index + marker.count }
            index += 1
        }
        return bytes.count
    }

    /// Appends the bytes the entity at `start` stands for and returns its length; an unknown one
    /// stays as written.
    private static func entity(in bytes: UnsafeBufferPointer<UInt8>, at start: Int, to out: inout [UInt8]) -> Int {
        let limit = min(bytes.count, start + 12)
        guard let semicolon = bytes[start..<limit].firstIndex(of: UInt8(ascii: ";")) else {
            out.append(bytes[start])
            return 1
        }
        let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[(start + 1)..<semicolon]), as: UTF8.self)
        let length = semicolon - start + 1
        switch name {
        case "amp": out.append(UInt8(ascii: "&"))
        case "lt": out.append(UInt8(ascii: "<"))
        case "gt": out.append(UInt8(ascii: ">"))
        case "quot": out.append(UInt8(ascii: "\""))
        case "apos": out.append(UInt8(ascii: "'"))
        case "nbsp": out += "\u{A0}".utf8
        default:
            guard name.hasPrefix("#") else {
                out.append(bytes[start])
                return 1
            }
            let digits = name.dropFirst()
            let value = digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            guard let value, let scalar = Unicode.Scalar(value) else {
                out.append(bytes[start])
                return 1
            }
            out += String(scalar).utf8
        }
        return length
    }
}
