import Foundation

/// Makes bantin's URL slugs: NFD, combining marks U+0300–U+036F dropped, đ/Đ → d,
/// ASCII letters lower-cased and digits kept, every other run of characters one `-`.
///
/// This is the same rule as bantin's `Slugger`, repeated here so that the generator has no
/// dependency on the library it benchmarks.
enum Slug {
    /// The slug of `text`; "Đường Đồng Khởi" → `duong-dong-khoi`.
    static func make(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingDash = false
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            let value = scalar.value
            if (0x300...0x36F).contains(value) { continue }
            let ascii: Unicode.Scalar?
            switch value {
            case 0x30...0x39, 0x61...0x7A: ascii = scalar
            case 0x41...0x5A: ascii = Unicode.Scalar(value + 0x20)
            case 0x110, 0x111: ascii = "d"
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
}
