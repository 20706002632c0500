import Foundation

/// Turns the bytes of a content file into clean text: UTF-8 checked, BOM dropped, CRLF and
/// lone CR as LF, NFC-normalised. Anything else is a located error, never a crash.
public enum SourceText {
    public static func decode(_ bytes: [UInt8], path: String) -> Result<String, Diagnostic> {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return .failure(.error(
                SourceLocation(path: path),
                vi: "Tệp được lưu dạng UTF-16; bantin chỉ đọc UTF-8.",
                en: "The file is saved as UTF-16; bantin reads UTF-8 only.",
                hintVI: "Mở tệp và lưu lại với bảng mã UTF-8.", hintEN: "Open the file and save it again as UTF-8."))
        }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        // Fast path (almost every file): valid UTF-8, no NUL, no CR — validated in one pass.
        if !body.contains(0), !body.contains(0x0D),
            let text = body.withContiguousStorageIfAvailable({ String(validating: $0, as: UTF8.self) }) ?? nil {
            return .success(TextNormalizer.nfc(text))
        }

        var line = 1
        var column = 1
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(body.count)
        var iterator = body.makeIterator()
        var decoder = UTF8()
        var previousWasCR = false
        decoding: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar.value == 0 {
                    return .failure(.error(
                        SourceLocation(path: path, line: line, column: column),
                        vi: "Tệp chứa ký tự rỗng (NUL), thường do sao chép từ phần mềm khác.",
                        en: "The file contains a NUL character, usually pasted from another program.",
                        hintVI: "Xóa ký tự lạ ở vị trí này rồi lưu lại.", hintEN: "Delete the stray character here and save."))
                }
                if scalar == "\r" {
                    scalars.append("\n")
                    previousWasCR = true
                    line += 1
                    column = 1
                    continue
                }
                if scalar == "\n" {
                    if previousWasCR {
                        previousWasCR = false
                        continue
                    }
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
                previousWasCR = false
                scalars.append(scalar)
            case .emptyInput:
                break decoding
            case .error:
                return .failure(.error(
                    SourceLocation(path: path, line: line, column: column),
                    vi: "Tệp không phải văn bản UTF-8 hợp lệ (có byte lỗi ở đây).",
                    en: "The file is not valid UTF-8 (a bad byte here).",
                    hintVI: "Lưu lại tệp với bảng mã UTF-8; nếu chép từ Word, hãy dán dạng văn bản thuần.",
                    hintEN: "Save the file as UTF-8; when copying from Word, paste as plain text."))
            }
        }
        return .success(TextNormalizer.nfc(String(scalars)))
    }
}
