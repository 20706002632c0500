/// A YAML double-quoted scalar for any text: quotes and backslashes escaped, line breaks folded to
/// spaces, other control characters written as `\xNN`, everything else (Vietnamese) as it is.
public enum YAMLQuoted {
    public static func quote(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n", "\r": result += " "
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                result += "\\x" + (hex.count < 2 ? "0" + hex : hex)
            case _ where scalar.value == 0xFEFF || (0xFFFE...0xFFFF).contains(scalar.value):
                continue
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
