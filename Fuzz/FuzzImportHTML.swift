import CCmark
import Foundation

// libFuzzer target: an old site's HTML (and a WordPress export's XML) through libxml2, the
// shortcode and paragraph pass, and HTML → CommonMark. Never a crash, a hang or a leak; and the
// Markdown, rendered by libcmark even with raw HTML allowed (the riskiest setting), never has a
// script, style, frame, object, event attribute or javascript: address.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzImportHTML(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = MarkupParser.parseXML(bytes)
    let text = String(decoding: bytes, as: UTF8.self)
    let prepared = WordPressText.prepare(text)
    for html in [bytes, Array(prepared.html.utf8)] {
        let root = MarkupParser.parseHTML(html, fragment: true)
        let markdown = HTMLToMarkdown().convert(root.child("body") ?? root).markdown
        let rendered = render(markdown).lowercased()
        for bad in ["<script", "<style", "<iframe", "<object", "<embed", "href=\"javascript:", "src=\"javascript:"] {
            precondition(!rendered.contains(bad), "\(bad) in \(rendered)")
        }
        // Raw HTML comes only from the serializer, which writes a few harmless attributes.
        precondition(!rendered.contains(" on") || !hasEventAttribute(rendered), "event attribute in \(rendered)")
    }
    _ = MarkupParser.parseHTML(bytes)
    return 0
}

func render(_ markdown: String) -> String {
    let utf8 = Array(markdown.utf8)
    let html = utf8.withUnsafeBufferPointer { buffer -> String in
        guard let base = buffer.baseAddress else { return "" }
        let result = base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
            cmark_markdown_to_html($0, buffer.count, CMARK_OPT_UNSAFE)
        }
        guard let result else { return "" }
        defer { free(result) }
        return String(cString: result)
    }
    return html
}

/// ` onclick=` and the like inside a tag.
func hasEventAttribute(_ html: String) -> Bool {
    var inTag = false
    var previous: Character = " "
    var index = html.startIndex
    while index < html.endIndex {
        let character = html[index]
        if character == "<" { inTag = true } else if character == ">" { inTag = false }
        if inTag, previous == " ", character == "o", html[index...].hasPrefix("on") {
            let name = html[html.index(index, offsetBy: 2)...].prefix { $0.isLetter }
            if !name.isEmpty, html[html.index(index, offsetBy: 2 + name.count)...].hasPrefix("=") { return true }
        }
        previous = character
        index = html.index(after: index)
    }
    return false
}
