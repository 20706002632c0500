/// Makes URL slugs from Vietnamese text: tones removed, đ→d, lower-case ASCII letters and digits,
/// every other run of characters one `-`, no `-` at either end.
///
/// "Năm 2020: Phấn đấu không còn hộ nghèo" → `nam-2020-phan-dau-khong-con-ho-ngheo`.
public enum Slugger {
    /// Longest slug (ASCII, so bytes): folder names stay below the 255-byte limit of file systems,
    /// while real headlines, long as they are, keep their whole slug.
    public static let maxLength = 200

    /// The slug of `text`, at most `maxLength` characters, cut at a word boundary.
    public static func slug(_ text: String) -> String {
        let full = fullSlug(text)
        guard full.count > maxLength else { return full }
        let head = full.prefix(maxLength)
        if let cut = head.lastIndex(of: "-"), head.distance(from: head.startIndex, to: cut) >= maxLength / 2 {
            return String(head[..<cut])
        }
        return String(head)
    }

    static func fullSlug(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingDash = false
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            let value = scalar.value
            if (0x300...0x36F).contains(value) { continue }  // combining tone and vowel marks
            var ascii: Unicode.Scalar?
            switch value {
            case 0x30...0x39, 0x61...0x7A: ascii = scalar
            case 0x41...0x5A: ascii = Unicode.Scalar(value + 0x20)
            case 0x110, 0x111: ascii = "d"  // Đ đ
            default: ascii = nil
            }
            guard let ascii else {
                pendingDash = true
                continue
            }
            if pendingDash && !result.isEmpty { result.append("-") }
            pendingDash = false
            result.append(ascii)
        }
        return String(result)
    }

    /// Folds Vietnamese text for comparison: lower case, tones and vowel marks removed, đ→d,
    /// runs of white space as one space.
    public static func fold(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.decomposedStringWithCanonicalMapping.lowercased().unicodeScalars {
            if (0x300...0x36F).contains(scalar.value) { continue }
            if scalar.properties.isWhitespace {
                pendingSpace = true
                continue
            }
            if pendingSpace && !result.isEmpty { result.append(" ") }
            pendingSpace = false
            result.append(scalar.value == 0x111 ? "d" : scalar)
        }
        return String(result)
    }
}
