/// The comment an importer leaves as the last line of an article's front matter:
/// `# bantin import <hash>`, the hash of the file without that line. A file whose text still
/// hashes to its mark was not edited since it was imported and may be replaced by a newer import;
/// any other file is the editor's and is never overwritten.
public enum ImportMark {
    static let prefix = "# bantin import "

    /// What an import may do with a file that is already there.
    public enum Standing: Sendable, Equatable {
        /// Written by an import and untouched since.
        case untouched
        /// Written by an import, then edited.
        case edited
        /// Not written by an import.
        case foreign
    }

    /// `text` (an unmarked article) with its mark inserted before the closing `---`.
    static func marked(_ text: String) -> String {
        let mark = prefix + ContentHash.hex(text)
        guard let close = closingLine(text) else { return text }
        return String(text[..<close]) + mark + "\n" + String(text[close...])
    }

    /// Whether the file `text` is an untouched import, an edited one, or someone else's.
    public static func standing(of text: String) -> Standing {
        guard let start = text.range(of: "\n" + prefix) else { return .foreign }
        let markStart = text.index(after: start.lowerBound)
        guard let end = text[markStart...].firstIndex(of: "\n") else { return .edited }
        let hash = text[start.upperBound..<end]
        let unmarked = String(text[..<markStart]) + String(text[text.index(after: end)...])
        return ContentHash.hex(unmarked) == hash ? .untouched : .edited
    }

    /// The start of the front matter's closing `---` line.
    private static func closingLine(_ text: String) -> String.Index? {
        guard text.hasPrefix("---\n") else { return nil }
        var index = text.index(text.startIndex, offsetBy: 4)
        while index < text.endIndex {
            let lineEnd = text[index...].firstIndex(of: "\n") ?? text.endIndex
            if text[index..<lineEnd] == "---" { return index }
            index = lineEnd < text.endIndex ? text.index(after: lineEnd) : lineEnd
        }
        return nil
    }
}
