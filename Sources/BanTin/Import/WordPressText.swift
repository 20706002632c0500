import Foundation

/// What WordPress does to a post's content before showing it, done once at import: shortcodes
/// (`[caption]` becomes a figure with its caption, `[embed]` a link, the rest are removed and
/// listed) and, for the classic editor's text, paragraphs restored from blank lines (wpautop).
/// Plain text scanning over the raw content; the HTML itself is parsed by libxml2 afterwards.
public enum WordPressText {
    /// The prepared HTML and the shortcodes that were removed (names, in order of first use).
    public struct Prepared: Sendable, Equatable {
        public var html: String
        public var removedShortcodes: [String]
    }

    public static func prepare(_ content: String) -> Prepared {
        var removed: [String] = []
        var html = shortcodes(content, removed: &removed)
        // Block-editor content (<!-- wp:… -->) already has its paragraphs.
        if !content.contains("<!-- wp:") { html = autop(html) }
        return Prepared(html: html, removedShortcodes: removed)
    }

    // MARK: wpautop

    static let blockTags: Set<String> = [
        "table", "thead", "tfoot", "caption", "col", "colgroup", "tbody", "tr", "td", "th", "div", "dl", "dd", "dt",
        "ul", "ol", "li", "pre", "form", "map", "area", "blockquote", "address", "math", "style", "p", "h1", "h2",
        "h3", "h4", "h5", "h6", "hr", "fieldset", "legend", "section", "article", "aside", "hgroup", "header",
        "footer", "nav", "figure", "figcaption", "details", "menu", "summary", "script", "iframe", "object",
    ]

    /// Blank lines become paragraph breaks and single line breaks `<br>`, outside `<pre>` and
    /// around block elements, as WordPress's wpautop does for classic posts.
    static func autop(_ text: String) -> String {
        let normalized = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        var out: [String] = []
        var chunk: [Substring] = []
        var inPre = false
        func flush() {
            let joined = chunk.joined(separator: "\n").trimmingSpaces
            chunk = []
            guard !joined.isEmpty else { return }
            if startsWithBlock(joined) {
                out.append(joined)
            } else {
                out.append("<p>" + joined.replacingOccurrences(of: "\n", with: "<br />\n") + "</p>")
            }
        }
        for line in normalized.split(separator: "\n", omittingEmptySubsequences: false) {
            let lower = line.lowercased()
            if inPre {
                chunk.append(line)
                if lower.contains("</pre") { inPre = false }
                continue
            }
            if lower.contains("<pre"), !lower.contains("</pre") {
                flush()
                inPre = true
                chunk.append(line)
                continue
            }
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) {
                flush()
            } else {
                chunk.append(line)
            }
        }
        if inPre {
            out.append(chunk.joined(separator: "\n"))
        } else {
            flush()
        }
        return out.joined(separator: "\n\n")
    }

    static func startsWithBlock(_ text: String) -> Bool {
        guard text.hasPrefix("<") else { return false }
        let name = text.dropFirst().drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }.lowercased()
        return blockTags.contains(name) || text.hasPrefix("<!--")
    }

    // MARK: Shortcodes

    static let known: Set<String> = [
        "caption", "wp_caption", "gallery", "audio", "video", "playlist", "embed", "code", "sourcecode",
        "contact-form", "contact-form-7", "googlemaps", "youtube", "vimeo", "soundcloud", "slideshow", "archives",
    ]

    /// One shortcode tag found in the text.
    struct Tag {
        var name: String
        var attributes: [String: String]
        var closing: Bool
        var selfClosing: Bool
        var range: Range<String.Index>
    }

    static func shortcodes(_ text: String, removed: inout [String]) -> String {
        var out = ""
        var index = text.startIndex
        while index < text.endIndex {
            guard let open = text[index...].firstIndex(of: "[") else {
                out += text[index...]
                break
            }
            out += text[index..<open]
            // [[name]] is WordPress's escape for a literal [name].
            if text[open...].hasPrefix("[["), let end = text[open...].range(of: "]]") {
                let inner = text[text.index(after: open)..<text.index(after: end.lowerBound)]
                if tag(in: text, at: text.index(after: open)) != nil {
                    out += inner
                    index = end.upperBound
                    continue
                }
            }
            guard let found = tag(in: text, at: open), !found.closing,
                  known.contains(found.name) || !found.attributes.isEmpty || found.selfClosing
                    || text[found.range.upperBound...].contains("[/" + found.name + "]")
            else {
                out.append("[")
                index = text.index(after: open)
                continue
            }
            var inner = ""
            var next = found.range.upperBound
            if !found.selfClosing, let close = text[found.range.upperBound...].range(of: "[/" + found.name + "]") {
                inner = String(text[found.range.upperBound..<close.lowerBound])
                next = close.upperBound
            }
            out += replacement(found, inner: inner, removed: &removed)
            index = next
        }
        return out
    }

    static func replacement(_ tag: Tag, inner: String, removed: inout [String]) -> String {
        func note() { if !removed.contains(tag.name) { removed.append(tag.name) } }
        switch tag.name {
        case "caption", "wp_caption":
            var nested: [String] = []
            let body = shortcodes(inner, removed: &nested)
            removed += nested.filter { !removed.contains($0) }
            // The picture (an <img>, maybe inside <a>) comes first, the caption text after it.
            let caption = tag.attributes["caption"] ?? ""
            if let end = body.range(of: ">", options: .backwards), caption.isEmpty {
                let picture = body[..<end.upperBound]
                let text = String(body[end.upperBound...]).trimmingSpaces
                return "<figure>" + picture + "<figcaption>" + text + "</figcaption></figure>"
            }
            return "<figure>" + body + "<figcaption>" + caption + "</figcaption></figure>"
        case "embed":
            let address = inner.trimmingSpaces
            return address.isEmpty ? "" : "<p><a href=\"" + address + "\">" + address + "</a></p>"
        case "audio", "video":
            let source = ["src", "mp3", "m4a", "ogg", "wav", "mp4", "webm"].compactMap { tag.attributes[$0] }.first
            guard let source else { note(); return "" }
            return "<p><a href=\"" + source + "\">" + source + "</a></p>"
        case "code", "sourcecode":
            return "<pre><code>" + inner + "</code></pre>"
        default:
            note()
            // An enclosing shortcode keeps its text; its own markup goes.
            var nested: [String] = []
            let kept = shortcodes(inner, removed: &nested)
            removed += nested.filter { !removed.contains($0) }
            return kept
        }
    }

    /// The shortcode tag starting at `open` (a `[`), if the text there is one.
    static func tag(in text: String, at open: String.Index) -> Tag? {
        var index = text.index(after: open)
        var closing = false
        if index < text.endIndex, text[index] == "/" {
            closing = true
            index = text.index(after: index)
        }
        let nameStart = index
        while index < text.endIndex, text[index].isASCII,
              text[index].isLetter || text[index].isNumber || text[index] == "_" || text[index] == "-" {
            index = text.index(after: index)
        }
        let name = String(text[nameStart..<index])
        guard let first = name.first, first.isLowercase, name == name.lowercased() else { return nil }
        guard let end = text[index...].firstIndex(of: "]") else { return nil }
        let rest = text[index..<end]
        guard rest.isEmpty || rest.first == " " || rest == "/" || rest.hasSuffix(" /"),
              !rest.contains("["), !rest.contains("\n\n") else { return nil }
        let selfClosing = rest.hasSuffix("/")
        return Tag(name: name, attributes: attributes(String(selfClosing ? rest.dropLast() : rest)),
                   closing: closing, selfClosing: selfClosing, range: open..<text.index(after: end))
    }

    /// `a="1" b='2' c=3` → [a: 1, b: 2, c: 3].
    static func attributes(_ text: String) -> [String: String] {
        var result: [String: String] = [:]
        var index = text.startIndex
        while index < text.endIndex {
            while index < text.endIndex, text[index] == " " { index = text.index(after: index) }
            let keyStart = index
            while index < text.endIndex, text[index] != "=", text[index] != " " { index = text.index(after: index) }
            let key = String(text[keyStart..<index]).lowercased()
            guard index < text.endIndex, text[index] == "=" else { continue }
            index = text.index(after: index)
            guard index < text.endIndex else { break }
            var value = ""
            if text[index] == "\"" || text[index] == "'" {
                let quote = text[index]
                index = text.index(after: index)
                let valueStart = index
                while index < text.endIndex, text[index] != quote { index = text.index(after: index) }
                value = String(text[valueStart..<index])
                if index < text.endIndex { index = text.index(after: index) }
            } else {
                let valueStart = index
                while index < text.endIndex, text[index] != " " { index = text.index(after: index) }
                value = String(text[valueStart..<index])
            }
            if !key.isEmpty { result[key] = value }
        }
        return result
    }
}
