/// JSON for `<script type="application/ld+json">`: keys sorted (the same bytes on every run),
/// compact, and `<`, `>`, `&`, U+2028, U+2029 escaped so no content can close the script element
/// or break a parser. Written by hand: JSONSerialization cost a tenth of a large build.
enum JSONText {
    static func encode(_ object: [String: Any]) -> String {
        var out = ""
        write(object, to: &out)
        return out
    }

    private static func write(_ value: Any, to out: inout String) {
        switch value {
        case let text as String: string(text, to: &out)
        case let flag as Bool: out += flag ? "true" : "false"
        case let number as Int: out += String(number)
        case let list as [Any]:
            out += "["
            for (index, item) in list.enumerated() {
                if index > 0 { out += "," }
                write(item, to: &out)
            }
            out += "]"
        case let map as [String: Any]:
            out += "{"
            for (index, key) in map.keys.sorted().enumerated() {
                if index > 0 { out += "," }
                string(key, to: &out)
                out += ":"
                if let item = map[key] { write(item, to: &out) }
            }
            out += "}"
        default:
            out += "null"
        }
    }

    static func string(_ text: String, to out: inout String) {
        out += "\""
        // Most text needs no escape: append it whole (U+2028/2029 start with the byte E2).
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x3C || $0 == 0x3E || $0 == 0x26 || $0 == 0xE2 }) {
            out += text
            out += "\""
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
