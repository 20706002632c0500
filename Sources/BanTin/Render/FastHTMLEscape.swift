import Mustache

/// HTML escaping for templates, over UTF-8 bytes: text without `<>&"'` is returned as it is
/// (most text), the rest is copied once. swift-mustache's own escaper walks `Character`s through a
/// dictionary, which cost a fifth of a large build. Themes opt in with the first line
/// `{{% CONTENT_TYPE: BANTIN_HTML }}`; the output is the same as the default escaper's.
struct FastHTMLEscape: MustacheContentType {
    static let name = "BANTIN_HTML"

    /// Registers the content type once, before any template is parsed.
    static let registered: Bool = {
        MustacheContentTypes.register(FastHTMLEscape(), named: name)
        return true
    }()

    func escapeText(_ text: String) -> String { Self.escape(text) }

    static func escape(_ text: String) -> String {
        var utf8 = text.utf8
        guard utf8.contains(where: { $0 == 0x3C || $0 == 0x3E || $0 == 0x26 || $0 == 0x22 || $0 == 0x27 }) else {
            return text
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count + 32)
        for byte in utf8 {
            switch byte {
            case 0x3C: bytes += [0x26, 0x6C, 0x74, 0x3B]  // &lt;
            case 0x3E: bytes += [0x26, 0x67, 0x74, 0x3B]  // &gt;
            case 0x26: bytes += [0x26, 0x61, 0x6D, 0x70, 0x3B]  // &amp;
            case 0x22: bytes += [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B]  // &quot;
            case 0x27: bytes += [0x26, 0x23, 0x33, 0x39, 0x3B]  // &#39;
            default: bytes.append(byte)
            }
        }
        utf8 = "".utf8
        return String(decoding: bytes, as: UTF8.self)
    }
}
