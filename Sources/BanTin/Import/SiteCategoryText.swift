/// Adds categories to the text of `site.yml`, keeping everything the editor wrote (comments,
/// order, quoting): new `- name:` items go after the last item of `categories:` with the same
/// indentation, or a new `categories:` list is added at the end.
public enum SiteCategoryText {
    public static func adding(_ names: [String], to text: String) -> String {
        guard !names.isEmpty else { return text }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        guard let key = lines.firstIndex(where: { $0.hasPrefix("categories:") }),
              String(lines[key].dropFirst("categories:".count)).trimmingSpaces.isEmpty else {
            return lines.joined(separator: "\n") + "\n\ncategories:\n" + items(names, indent: "  ").joined(separator: "\n") + "\n"
        }
        // The list runs until the next line that starts at column 1 with something other than a comment.
        var end = key + 1
        var lastContent = key
        var indent = "  "
        var sawItem = false
        while end < lines.count {
            let line = lines[end]
            if let first = line.first, first != " ", first != "\t", first != "#", first != "-" { break }
            if !line.trimmingSpaces.isEmpty && !line.trimmingSpaces.hasPrefix("#") {
                lastContent = end
                if !sawItem, line.trimmingSpaces.hasPrefix("-") {
                    indent = String(line.prefix { $0 == " " })
                    sawItem = true
                }
            }
            end += 1
        }
        lines.insert(contentsOf: items(names, indent: indent), at: lastContent + 1)
        return lines.joined(separator: "\n") + "\n"
    }

    static func items(_ names: [String], indent: String) -> [String] {
        names.map { indent + "- name: " + YAMLQuoted.quote($0) }
    }
}
