/// Separates the YAML front matter between `---` lines from the Markdown body.
public struct FrontMatterSplit: Sendable, Equatable {
    /// The YAML text, without the `---` lines.
    public var yaml: String
    /// The Markdown body after the closing `---`.
    public var body: String
    /// Lines of the file before the YAML text (the opening `---`): add to YAML line numbers.
    public var yamlLineOffset: Int
    /// Lines of the file before the body: add to Markdown line numbers.
    public var bodyLineOffset: Int
}

public enum FrontMatterSplitter {
    /// Splits clean text (LF line ends). A file that does not start with `---`, or whose
    /// front matter is never closed, is an error at the line that opened it.
    public static func split(_ text: String, path: String) -> Result<FrontMatterSplit, Diagnostic> {
        // Work on UTF-8 bytes: `---` lines are ASCII, and Character-wise splitting of a whole
        // article was a tenth of a build.
        let bytes = Array(text.utf8)
        var lineStarts = [0]
        for (index, byte) in bytes.enumerated() where byte == 0x0A { lineStarts.append(index + 1) }
        func line(_ number: Int) -> ArraySlice<UInt8> {
            let start = lineStarts[number]
            let end = number + 1 < lineStarts.count ? lineStarts[number + 1] - 1 : bytes.count
            return bytes[start..<max(start, end)]
        }
        guard isFence(line(0), closing: false) else {
            if text.allSatisfy({ $0.isWhitespace }) {
                return .failure(.error(
                    SourceLocation(path: path),
                    vi: "Tệp bài viết trống.", en: "The article file is empty.",
                    hintVI: "Thêm phần đầu (front matter) giữa hai dòng `---` với title, date, author, category; hoặc xóa tệp.",
                    hintEN: "Add front matter between two `---` lines with title, date, author, category; or delete the file."))
            }
            return .failure(.error(
                SourceLocation(path: path, line: 1),
                vi: "Bài viết phải bắt đầu bằng dòng `---` mở phần thông tin (front matter).",
                en: "An article must start with a `---` line opening its front matter.",
                hintVI: "Thêm dòng `---`, các dòng title/date/author/category, rồi một dòng `---` nữa ở đầu tệp.",
                hintEN: "Put a `---` line, the title/date/author/category lines, then another `---` line at the top."))
        }
        for number in 1..<max(1, lineStarts.count) where isFence(line(number), closing: true) {
            let yamlStart = lineStarts[1]
            let yamlEnd = max(yamlStart, lineStarts[number] - 1)
            let bodyStart = number + 1 < lineStarts.count ? lineStarts[number + 1] : bytes.count
            return .success(FrontMatterSplit(
                yaml: String(decoding: bytes[yamlStart..<yamlEnd], as: UTF8.self),
                body: String(decoding: bytes[bodyStart...], as: UTF8.self),
                yamlLineOffset: 1, bodyLineOffset: number + 1))
        }
        return .failure(.error(
            SourceLocation(path: path, line: 1),
            vi: "Phần thông tin mở bằng `---` ở dòng này nhưng không có dòng `---` đóng lại.",
            en: "The front matter opened by `---` on this line is never closed by another `---` line.",
            hintVI: "Thêm một dòng chỉ có `---` sau dòng thông tin cuối cùng, trước nội dung bài.",
            hintEN: "Add a line with only `---` after the last front-matter line, before the body."))
    }

    private static func isFence(_ line: ArraySlice<UInt8>, closing: Bool) -> Bool {
        var trimmed = line
        while let last = trimmed.last, last == 0x20 || last == 0x09 { trimmed = trimmed.dropLast() }
        return trimmed.elementsEqual([0x2D, 0x2D, 0x2D]) || (closing && trimmed.elementsEqual([0x2E, 0x2E, 0x2E]))
    }
}
