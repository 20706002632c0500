import CCmark
import Foundation

/// A Markdown body rendered to HTML, with the plain text of its first paragraph.
public struct RenderedMarkdown: Sendable, Equatable {
    public var html: String
    public var firstParagraph: String
}

/// A link or image destination found in a Markdown body, with its place in the body.
public struct MarkdownLink: Sendable, Equatable {
    public var destination: String
    public var isImage: Bool
    /// 1-based line and column inside the body text.
    public var line: Int
    public var column: Int
}

/// The only code that talks to libcmark: parse, rewrite link destinations, render.
/// Every C pointer is freed before the function returns.
public enum MarkdownRenderer {
    /// Renders `markdown` with smart punctuation and UTF-8 validation. Raw HTML is replaced by
    /// a comment unless `allowRawHTML`. `rewrite` sees each link and image destination and returns
    /// the destination to use instead, or nil to keep it.
    public static func render(
        _ markdown: String, allowRawHTML: Bool,
        rewrite: (MarkdownLink) -> String? = { _ in nil }
    ) -> RenderedMarkdown {
        var options = CMARK_OPT_SMART | CMARK_OPT_VALIDATE_UTF8
        if allowRawHTML { options |= CMARK_OPT_UNSAFE }
        let utf8 = Array(markdown.utf8)
        guard let document = utf8.withUnsafeBufferPointer({ buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { cmark_parse_document($0, buffer.count, options) }
            }
        }) ?? cmark_parse_document("", 0, options) else {
            return RenderedMarkdown(html: "", firstParagraph: "")
        }
        defer { cmark_node_free(document) }

        var firstParagraph: String?
        if let iterator = cmark_iter_new(document) {
            defer { cmark_iter_free(iterator) }
            while true {
                let event = cmark_iter_next(iterator)
                if event == CMARK_EVENT_DONE { break }
                guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
                let type = cmark_node_get_type(node)
                if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE {
                    let destination = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                    let link = MarkdownLink(
                        destination: destination, isImage: type == CMARK_NODE_IMAGE,
                        line: Int(cmark_node_get_start_line(node)), column: Int(cmark_node_get_start_column(node)))
                    if let replacement = rewrite(link) { cmark_node_set_url(node, replacement) }
                } else if type == CMARK_NODE_PARAGRAPH, firstParagraph == nil,
                          let parent = cmark_node_parent(node), cmark_node_get_type(parent) == CMARK_NODE_DOCUMENT {
                    firstParagraph = plainText(of: node)
                }
            }
        }
        guard let rendered = cmark_render_html(document, options) else {
            return RenderedMarkdown(html: "", firstParagraph: firstParagraph ?? "")
        }
        defer { free(rendered) }
        return RenderedMarkdown(html: String(cString: rendered), firstParagraph: firstParagraph ?? "")
    }

    /// The text inside `node`, soft and hard breaks as spaces.
    private static func plainText(of node: OpaquePointer) -> String {
        var text = ""
        guard let iterator = cmark_iter_new(node) else { return text }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if let literal = cmark_node_get_literal(child) { text += String(cString: literal) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text += " "
            default:
                break
            }
        }
        return text
    }
}
