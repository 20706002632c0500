/// Percent-encoding for URLs, over UTF-8 bytes, without Foundation's `CharacterSet` machinery.
enum URLText {
    /// Every byte but the unreserved characters of RFC 3986 (`A–Z a–z 0–9 - . _ ~`), and `/` when
    /// `keepingSlash`, as `%XX`. Text that needs no encoding (most paths) is returned as it is.
    static func percentEncode(_ text: String, keepingSlash: Bool) -> String {
        func kept(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                return true
            case UInt8(ascii: "/"):
                return keepingSlash
            default:
                return false
            }
        }
        guard !text.utf8.allSatisfy(kept) else { return text }
        let hex = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count * 2)
        for byte in text.utf8 {
            if kept(byte) {
                bytes.append(byte)
            } else {
                bytes += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
