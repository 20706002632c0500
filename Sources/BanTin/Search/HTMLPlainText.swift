/// The text of an article body rendered by cmark, for the search index: tags dropped, the few
/// entities cmark writes decoded, each block (paragraph, heading, list item, cell…) on a line of
/// its own so that two syllables in different blocks never count as side by side.
enum HTMLPlainText {
    static let blockTags: Set<String> = [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "pre", "table", "thead",
        "tbody", "tr", "td", "th", "hr", "div", "figure", "figcaption", "dl", "dt", "dd", "section",
    ]

    static func text(of html: String) -> String {
        let bytes = Array(html.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "<"):
                if index + 3 < bytes.count, bytes[index + 1] == UInt8(ascii: "!"), bytes[index + 2] == UInt8(ascii: "-"),
                   bytes[index + 3] == UInt8(ascii: "-") {
                    index = end(of: Array("-->".utf8), in: bytes, from: index + 4)
                    continue
                }
                let close = bytes[index...].firstIndex(of: UInt8(ascii: ">")) ?? bytes.count - 1
                var nameStart = index + 1
                if nameStart < close, bytes[nameStart] == UInt8(ascii: "/") { nameStart += 1 }
                var nameEnd = nameStart
                while nameEnd < close, isTagNameByte(bytes[nameEnd]) { nameEnd += 1 }
                let name = String(decoding: bytes[nameStart..<nameEnd], as: UTF8.self).lowercased()
                if blockTags.contains(name) {
                    out.append(UInt8(ascii: "\n"))
                } else if name == "br" {
                    out.append(UInt8(ascii: " "))
                }
                index = close + 1
            case UInt8(ascii: "&"):
                let (decoded, length) = entity(in: bytes, at: index)
                out.append(contentsOf: decoded)
                index += length
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                out.append(UInt8(ascii: " "))  // a soft line break inside a paragraph
                index += 1
            default:
                out.append(byte)
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func isTagNameByte(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    /// The index just after `marker` at or after `start`, or the end of `bytes`.
    private static func end(of marker: [UInt8], in bytes: [UInt8], from start: Int) -> Int {
        var index = start
        while index + marker.count <= bytes.count {
            if bytes[index..<index + marker.count].elementsEqual(marker) { return index + marker.count }
            index += 1
        }
        return bytes.count
    }

    /// The bytes an entity at `start` stands for, and its length; an unknown one stays as written.
    private static func entity(in bytes: [UInt8], at start: Int) -> ([UInt8], Int) {
        let limit = min(bytes.count, start + 12)
        guard let semicolon = bytes[start..<limit].firstIndex(of: UInt8(ascii: ";")) else { return ([bytes[start]], 1) }
        let name = String(decoding: bytes[(start + 1)..<semicolon], as: UTF8.self)
        let length = semicolon - start + 1
        switch name {
        case "amp": return (Array("&".utf8), length)
        case "lt": return (Array("<".utf8), length)
        case "gt": return (Array(">".utf8), length)
        case "quot": return (Array("\"".utf8), length)
        case "apos": return (Array("'".utf8), length)
        case "nbsp": return (Array("\u{A0}".utf8), length)
        default:
            guard name.hasPrefix("#") else { return ([bytes[start]], 1) }
            let digits = name.dropFirst()
            let value = digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            guard let value, let scalar = Unicode.Scalar(value) else { return ([bytes[start]], 1) }
            return (Array(String(scalar).utf8), length)
        }
    }
}
