import Foundation

/// Turns parsed HTML (a post's content, an old portal's article body) into CommonMark that bantin
/// builds as it is: paragraphs, headings, lists, quotes, code, links, images, line breaks. What
/// CommonMark cannot say (tables, sub/superscript, strike-through) stays raw HTML and is listed in
/// `rawHTML`, so the import report can flag it; scripts, styles, forms and frames never pass.
public struct HTMLToMarkdown: Sendable {
    /// The converted text and what the import report should mention.
    public struct Output: Sendable, Equatable {
        public var markdown: String
        /// Element names kept as raw HTML (each once, in order of first use).
        public var rawHTML: [String]
        /// Image sources, in order (after `rewrite`).
        public var images: [String]
        /// Embedded frames, audio and video turned into plain links.
        public var embeds: [String]
    }

    /// Maps every link and image address (e.g. old site addresses to new files).
    public var rewrite: @Sendable (_ address: String, _ isImage: Bool) -> String

    public init(rewrite: @escaping @Sendable (_ address: String, _ isImage: Bool) -> String = { address, _ in address }) {
        self.rewrite = rewrite
    }

    /// Converts the children of `root` (a `<body>` or any container).
    public func convert(_ root: MarkupElement) -> Output {
        var state = State()
        let blocks = self.blocks(root.children, &state)
        let markdown = blocks.joined(separator: "\n\n")
        return Output(markdown: markdown.isEmpty ? "" : markdown + "\n", rawHTML: state.raw, images: state.images,
                      embeds: state.embeds)
    }

    struct State {
        var raw: [String] = []
        var images: [String] = []
        var embeds: [String] = []
        mutating func flag(_ name: String) { if !raw.contains(name) { raw.append(name) } }
    }

    static let dropped: Set<String> = [
        "script", "style", "noscript", "template", "head", "title", "meta", "link", "form", "input", "button",
        "select", "textarea", "option", "svg", "math", "object", "param", "canvas", "map", "area", "base",
    ]
    static let embedded: Set<String> = ["iframe", "embed", "video", "audio", "source"]
    static let blockNames: Set<String> = [
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "figure", "figcaption",
        "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "li", "pre", "hr", "table", "dl", "dt",
        "dd", "address", "center", "body", "html", "details", "summary", "fieldset", "legend", "hgroup", "caption",
        "thead", "tbody", "tfoot", "tr", "td", "th",
    ]
    static let rawInline: Set<String> = ["sub", "sup", "del", "s", "strike", "ins"]

    // MARK: Blocks

    func blocks(_ nodes: [MarkupNode], _ state: inout State) -> [String] {
        var out: [String] = []
        var pending: [MarkupNode] = []
        func flush(_ state: inout State) {
            if let paragraph = paragraph(pending, &state) { out.append(paragraph) }
            pending = []
        }
        for node in nodes {
            guard case .element(let element) = node, Self.blockNames.contains(element.name)
                    || Self.embedded.contains(element.name) || Self.dropped.contains(element.name) else {
                pending.append(node)
                continue
            }
            if Self.dropped.contains(element.name) { continue }
            flush(&state)
            out += block(element, &state)
        }
        flush(&state)
        return out
    }

    func block(_ element: MarkupElement, _ state: inout State) -> [String] {
        switch element.name {
        case "p", "dd", "address", "summary", "legend", "caption", "figcaption":
            let inner = blocks(element.children, &state)
            if element.name == "figcaption" { return inner.map { Self.emphasise($0) } }
            return inner
        case "dt":
            return blocks(element.children, &state).map { "**" + $0 + "**" }
        case "h1", "h2", "h3", "h4", "h5", "h6":
            let level = Int(String(element.name.dropFirst())) ?? 2
            let text = inlineText(element.children, &state).replacingOccurrences(of: "\\\n", with: " ")
            guard !text.isEmpty else { return [] }
            return [String(repeating: "#", count: level) + " " + text]
        case "blockquote":
            let inner = blocks(element.children, &state).joined(separator: "\n\n")
            guard !inner.isEmpty else { return [] }
            return [inner.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.isEmpty ? ">" : "> " + $0 }.joined(separator: "\n")]
        case "ul", "ol":
            return list(element, ordered: element.name == "ol", &state)
        case "li":
            return list(MarkupElement(name: "ul", children: [.element(element)]), ordered: false, &state)
        case "pre":
            return [codeBlock(element)]
        case "hr":
            return ["* * *"]
        case "table":
            state.flag("table")
            return [Self.serialize(element)]
        case "iframe", "embed", "video", "audio", "source":
            var sources = [element.attribute("src")].compactMap { $0 }
            sources += element.children("source").compactMap { $0.attribute("src") }
            guard let source = sources.first(where: { URLCheck.hasScheme($0) && !URLCheck.isDangerous($0) })
            else { return [] }
            state.embeds.append(source)
            let address = rewrite(source, false)
            return ["[" + Self.escape(address) + "](" + Self.destination(address) + ")"]
        default:
            return blocks(element.children, &state)
        }
    }

    func list(_ element: MarkupElement, ordered: Bool, _ state: inout State) -> [String] {
        var number = Int(element.attribute("start") ?? "") ?? 1
        var items: [[String]] = []
        for child in element.children {
            switch child {
            case .element(let item) where item.name == "li":
                items.append(blocks(item.children, &state))
            case .element(let other) where Self.blockNames.contains(other.name):
                items.append(block(other, &state))
            case .element, .text:
                if let text = paragraph([child], &state) { items.append([text]) }
            }
        }
        items = items.filter { !$0.isEmpty }
        guard !items.isEmpty else { return [] }
        // Loose (blank lines between items) only when an item holds several paragraphs; a nested
        // list right after an item's text keeps the list tight.
        let loose = items.contains { $0.filter { !Self.isList($0) }.count > 1 }
        var lines: [String] = []
        for item in items {
            let marker = ordered ? "\(number). " : "- "
            number += 1
            let indent = String(repeating: " ", count: marker.count)
            var joined = ""
            for (position, block) in item.enumerated() {
                if position > 0 { joined += loose || !Self.isList(block) ? "\n\n" : "\n" }
                joined += block
            }
            let body = joined.split(separator: "\n", omittingEmptySubsequences: false)
            var first = true
            var text = ""
            for line in body {
                if first { text += marker + line } else { text += "\n" + (line.isEmpty ? "" : indent + line) }
                first = false
            }
            lines.append(text)
        }
        return [lines.joined(separator: loose ? "\n\n" : "\n")]
    }

    static func isList(_ block: String) -> Bool {
        if block.hasPrefix("- ") { return true }
        let digits = block.prefix { $0.isASCII && $0.isNumber }
        return !digits.isEmpty && block.dropFirst(digits.count).hasPrefix(". ")
    }

    func codeBlock(_ element: MarkupElement) -> String {
        var text = element.text
        if text.hasPrefix("\n") { text.removeFirst() }
        while text.hasSuffix("\n") { text.removeLast() }
        var longest = 0
        var run = 0
        for character in text {
            if character == "`" { run += 1; longest = max(longest, run) } else { run = 0 }
        }
        let fence = String(repeating: "`", count: max(3, longest + 1))
        let code = element.child("code")
        let language = (code?.attribute("class") ?? element.attribute("class") ?? "")
            .split(separator: " ").first { $0.hasPrefix("language-") }.map { String($0.dropFirst(9)) } ?? ""
        return fence + language + "\n" + text + "\n" + fence
    }

    // MARK: Inline

    func paragraph(_ nodes: [MarkupNode], _ state: inout State) -> String? {
        let text = inlineText(nodes, &state)
        guard !text.isEmpty else { return nil }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { Self.escapeLineStart(String($0)) }.joined(separator: "\n")
    }

    /// The inline Markdown of `nodes`, spaces collapsed, trimmed, hard breaks as `\` + newline.
    func inlineText(_ nodes: [MarkupNode], _ state: inout State) -> String {
        var out = ""
        for node in nodes { inline(node, into: &out, &state) }
        // Trim spaces around hard breaks and at both ends.
        var lines = out.components(separatedBy: "\\\n").map { $0.trimmingSpaces }
        while lines.last?.isEmpty == true { lines.removeLast() }
        while lines.first?.isEmpty == true { lines.removeFirst() }
        return lines.joined(separator: "\\\n")
    }

    func inline(_ node: MarkupNode, into out: inout String, _ state: inout State) {
        switch node {
        case .text(let text):
            Self.appendCollapsed(Self.escape(text), to: &out)
        case .element(let element):
            switch element.name {
            case _ where Self.dropped.contains(element.name):
                return
            case "br":
                out += "\\\n"
            case "strong", "b":
                wrap(element, "**", into: &out, &state)
            case "em", "i", "cite", "dfn", "var":
                wrap(element, "*", into: &out, &state)
            case "code", "kbd", "samp", "tt":
                out += Self.codeSpan(Self.collapse(element.text))
            case "img":
                guard let source = element.attribute("src"), !source.isEmpty, !URLCheck.isDangerous(source) else { return }
                let address = rewrite(source, true)
                state.images.append(address)
                let alt = Self.escape(Self.collapse(element.attribute("alt") ?? "").trimmingSpaces)
                out += "![" + alt + "](" + Self.destination(address) + ")"
            case "a":
                var inner = ""
                for child in element.children { inline(child, into: &inner, &state) }
                let href = element.attribute("href")?.trimmingSpaces ?? ""
                if href.isEmpty || URLCheck.isDangerous(href) || inner.contains("](") && !inner.hasPrefix("![") {
                    out += inner
                    return
                }
                let (lead, core, trail) = Self.splitSpaces(inner)
                let address = rewrite(href, false)
                out += lead + "[" + (core.isEmpty ? Self.escape(address) : core) + "](" + Self.destination(address) + ")" + trail
            case "q":
                out += "“"
                for child in element.children { inline(child, into: &out, &state) }
                out += "”"
            case _ where Self.rawInline.contains(element.name):
                state.flag(element.name)
                out += "<" + element.name + ">"
                for child in element.children { inline(child, into: &out, &state) }
                out += "</" + element.name + ">"
            case "iframe", "embed", "video", "audio":
                for text in block(element, &state) { out += " " + text + " " }
            default:
                // span, font, u, small, abbr, mark, and blocks found inside inline content.
                let isBlock = Self.blockNames.contains(element.name)
                if isBlock { out += " " }
                for child in element.children { inline(child, into: &out, &state) }
                if isBlock { out += " " }
            }
        }
    }

    func wrap(_ element: MarkupElement, _ marker: String, into out: inout String, _ state: inout State) {
        var inner = ""
        for child in element.children { inline(child, into: &inner, &state) }
        let (lead, core, trail) = Self.splitSpaces(inner)
        guard !core.isEmpty else {
            out += inner
            return
        }
        if core.hasPrefix(marker) || core.hasSuffix(marker) || core.contains("\\\n") {
            out += inner  // nested emphasis of the same kind, or a break inside: keep the words
            return
        }
        out += lead + marker + core + marker + trail
    }

    // MARK: Text

    static func collapse(_ text: String) -> String {
        var out = ""
        appendCollapsed(text, to: &out)
        return out
    }

    /// Appends `text` with every run of white space (and no-break spaces) as one space, not
    /// doubling a space already at the end of `out`.
    static func appendCollapsed(_ text: String, to out: inout String) {
        var lastWasSpace = out.last == " " || out.hasSuffix("\\\n") || out.isEmpty
        for character in text {
            if let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1, isInvisible(scalar) {
                continue
            }
            if character.isWhitespace || character == "\u{00A0}" {
                if !lastWasSpace { out.append(" ") }
                lastWasSpace = true
            } else {
                out.append(character)
                lastWasSpace = false
            }
        }
    }

    /// Characters an imported text never keeps: control characters, the byte-order mark and the
    /// bidirectional overrides and isolates (they can make a title read differently from what it
    /// says, and Vietnamese never needs them).
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x08, 0x0B, 0x0C, 0x0E...0x1F, 0x7F, 0x80...0x84, 0x86...0x9F: return true
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0xFEFF, 0xFFFE, 0xFFFF: return true
        default: return false
        }
    }

    /// Backslash-escapes what Markdown would read as markup inside a line.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var iterator = text.makeIterator()
        var current = iterator.next()
        while let character = current {
            let next = iterator.next()
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<", ">":
                out.append("\\")
                out.append(character)
            case "&":
                if let next, next.isLetter || next == "#" { out += "\\&" } else { out.append("&") }
            default:
                out.append(character)
            }
            current = next
        }
        return out
    }

    /// Escapes a line that would otherwise start a heading, quote, list, rule or code fence.
    static func escapeLineStart(_ line: String) -> String {
        guard let first = line.first else { return line }
        if "#>+-=|~".contains(first) { return "\\" + line }
        if first.isASCII, first.isNumber {
            let digits = line.prefix { $0.isASCII && $0.isNumber }
            let rest = line.dropFirst(digits.count)
            if digits.count <= 9, let marker = rest.first, marker == "." || marker == ")" {
                return digits + "\\" + rest
            }
        }
        return line
    }

    static func emphasise(_ text: String) -> String {
        guard !text.contains("\n"), !text.hasPrefix("*"), !text.hasSuffix("*") else { return text }
        return "*" + text + "*"
    }

    static func splitSpaces(_ text: String) -> (String, String, String) {
        let core = text.trimmingSpaces
        let lead = text.hasPrefix(" ") ? " " : ""
        let trail = text.hasSuffix(" ") && !core.isEmpty ? " " : ""
        return (lead, core, trail)
    }

    static func codeSpan(_ text: String) -> String {
        guard !text.isEmpty else { return "" }
        var longest = 0
        var run = 0
        for character in text {
            if character == "`" { run += 1; longest = max(longest, run) } else { run = 0 }
        }
        let fence = String(repeating: "`", count: longest + 1)
        let pad = text.hasPrefix("`") || text.hasSuffix("`") || text.hasPrefix(" ") ? " " : ""
        return fence + pad + text + pad + fence
    }

    /// A link destination: `<…>` when it has spaces or brackets.
    static func destination(_ address: String) -> String {
        if address.contains(where: { $0 == " " || $0 == "(" || $0 == ")" || $0 == "<" || $0 == ">" }) {
            return "<" + address.replacingOccurrences(of: "<", with: "%3C").replacingOccurrences(of: ">", with: "%3E") + ">"
        }
        return address
    }

    /// Writes an element back as HTML (for what Markdown cannot say), attributes limited to the
    /// harmless ones.
    static func serialize(_ element: MarkupElement) -> String {
        var out = ""
        serialize(element, into: &out)
        return out
    }

    static let keptAttributes: Set<String> = ["colspan", "rowspan", "scope", "headers", "abbr"]

    /// The only elements written back as raw HTML; any other keeps its text but loses its tag.
    static let serialized: Set<String> = [
        "table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "td", "th", "p", "br", "strong", "b",
        "em", "i", "sub", "sup", "del", "s", "ins", "code", "ul", "ol", "li",
    ]

    static func serialize(_ element: MarkupElement, into out: inout String) {
        if dropped.contains(element.name) || embedded.contains(element.name) { return }
        guard serialized.contains(element.name) else {
            for child in element.children {
                switch child {
                case .text(let text): out += XMLText.escape(collapse(text))
                case .element(let inner): serialize(inner, into: &out)
                }
            }
            return
        }
        if element.name == "br" || element.name == "col" {
            out += "<" + element.name + ">"
            return
        }
        out += "<" + element.name
        for attribute in element.attributes where keptAttributes.contains(attribute.name) {
            out += " " + attribute.name + "=\"" + XMLText.escape(attribute.value) + "\""
        }
        out += ">"
        for child in element.children {
            switch child {
            case .text(let text): out += XMLText.escape(collapse(text))
            case .element(let inner): serialize(inner, into: &out)
            }
        }
        out += "</" + element.name + ">"
    }
}
