/// The statement as CSV for Excel: UTF-8 with a byte order mark, fields quoted as RFC 4180 says,
/// lines ended by CRLF, amounts as plain integers and coefficients with a decimal comma.
public enum RoyaltyCSV {
    public static let header = ["STT", "Tiêu đề", "Ngày", "Loại", "Tác giả", "Số trang", "Số ảnh", "Hệ số", "Số tiền"]

    /// The file's bytes (BOM first).
    public static func bytes(_ statement: RoyaltyStatement) -> [UInt8] {
        [0xEF, 0xBB, 0xBF] + Array(text(statement).utf8)
    }

    /// The file's text, without the BOM: the header, each author's articles then a line
    /// "Cộng: <author>" with their sum, and a last line "Tổng cộng" with the statement's.
    public static func text(_ statement: RoyaltyStatement) -> String {
        var rows: [[String]] = [header]
        for group in statement.groups {
            for line in group.lines {
                rows.append([
                    "\(line.number)", cell(line.title), line.date.shortDate, cell(line.typeLabel), cell(line.author),
                    "\(line.pages)", "\(line.photos)", line.coefficient?.vietnamese ?? "", "\(line.amount)",
                ])
            }
            rows.append(["", cell("Cộng: \(group.author) (\(group.lines.count) bài)"), "", "", cell(group.author), "", "", "", "\(group.total)"])
        }
        rows.append([
            "", "Tổng cộng (\(statement.articleCount) bài, \(statement.groups.count) tác giả)", "", "", "", "", "", "", "\(statement.total)",
        ])
        return rows.map { $0.map(quoted).joined(separator: ",") + "\r\n" }.joined()
    }

    /// RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled.
    static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A text from an article: one that Excel would take for a formula (`=`, `+`, `-`, `@` first)
    /// gets a `'` before it, so opening the file never runs what an editor typed.
    static func cell(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return text }
        return "'" + text
    }
}
