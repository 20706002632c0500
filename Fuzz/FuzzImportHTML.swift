import Foundation

// libFuzzer target: an old site's HTML (and a WordPress export's XML) through libxml2, the
// shortcode and paragraph pass, and HTML → CommonMark. Never a crash, a hang or a leak; the
// Markdown never carries a script, style, frame or javascript: link of the input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzImportHTML(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = MarkupParser.parseXML(bytes)
    let text = String(decoding: bytes, as: UTF8.self)
    let prepared = WordPressText.prepare(text)
    for html in [bytes, Array(prepared.html.utf8)] {
        let root = MarkupParser.parseHTML(html, fragment: true)
        let markdown = HTMLToMarkdown().convert(root.child("body") ?? root).markdown
        let unescaped = markdown.lowercased().replacingOccurrences(of: "\\<", with: "")
        for tag in ["<script", "<style", "<iframe", "<object", "<embed", "](javascript:", "](<javascript:"] {
            precondition(!unescaped.contains(tag), "\(tag) in \(markdown)")
        }
    }
    _ = MarkupParser.parseHTML(bytes)
    return 0
}
