import CLibXML2
import Foundation

/// Parses HTML and XML with libxml2: the only file that talks to it. Every C pointer is freed in
/// the function that got it; what leaves is a `MarkupElement` tree of Swift values.
public enum MarkupParser {
    /// Why a document could not be read, with the place libxml2 stopped.
    public struct Failure: Error, Sendable, Equatable {
        public var line: Int
        public var column: Int
        public var message: String
    }

    /// Deeper nesting than this is flattened (hostile input; libxml2 has its own limit too).
    static let maximumDepth = 400

    /// An XML document (a WordPress export). External entities and the network are never used.
    public static func parseXML(_ bytes: [UInt8]) -> Result<MarkupElement, Failure> {
        guard let context = xmlNewParserCtxt() else {
            return .failure(Failure(line: 1, column: 1, message: "libxml2 could not start"))
        }
        defer { xmlFreeParserCtxt(context) }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_HUGE.rawValue
            | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let document: xmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    xmlCtxtReadMemory(context, $0, Int32(clamping: buffer.count), nil, nil, options)
                }
            }
        }
        guard let document, context.pointee.wellFormed != 0 else {
            if let document { xmlFreeDoc(document) }
            return .failure(lastError(context))
        }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else {
            return .failure(Failure(line: 1, column: 1, message: "the document has no root element"))
        }
        return .success(element(root, html: false, depth: 0))
    }

    /// An HTML document or fragment (a saved page, a post's content). Never fails: libxml2's
    /// HTML parser repairs what it can, like a browser. `fragment` wraps the text in a UTF-8 body.
    public static func parseHTML(_ bytes: [UInt8], fragment: Bool = false) -> MarkupElement {
        var input = bytes
        if fragment {
            input = Array("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>".utf8) + bytes
                + Array("</body></html>".utf8)
        }
        let options = Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_COMPACT.rawValue) | Int32(XML_PARSE_HUGE.rawValue)
        let document: htmlDocPtr? = input.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    htmlReadMemory($0, Int32(clamping: buffer.count), nil, fragment ? "UTF-8" : nil, options)
                }
            }
        }
        guard let document else { return MarkupElement(name: "html") }
        defer { xmlFreeDoc(document) }
        var children: [MarkupNode] = []
        var node = document.pointee.children
        while let current = node {
            if current.pointee.type == XML_ELEMENT_NODE {
                children.append(.element(element(current, html: true, depth: 0)))
            }
            node = current.pointee.next
        }
        // One <html> root, whatever the input looked like.
        if children.count == 1, case .element(let only) = children[0], only.name == "html" { return only }
        return MarkupElement(name: "html", children: children)
    }

    private static func lastError(_ context: xmlParserCtxtPtr) -> Failure {
        guard let error = xmlCtxtGetLastError(context) else {
            return Failure(line: 1, column: 1, message: "not well-formed XML")
        }
        let message = error.pointee.message.map { String(cString: $0) } ?? "not well-formed XML"
        return Failure(line: Int(error.pointee.line), column: Int(max(1, error.pointee.int2)),
                       message: message.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    private static func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }

    private static func element(_ node: xmlNodePtr, html: Bool, depth: Int) -> MarkupElement {
        var name = string(node.pointee.name)
        if html { name = name.lowercased() }
        let namespace = node.pointee.ns.flatMap { $0.pointee.href }.map { string($0) }
        var attributes: [MarkupAttribute] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            var value = ""
            if let raw = xmlNodeListGetString(node.pointee.doc, current.pointee.children, 1) {
                value = String(cString: raw)
                free(raw)  // see textContent
            }
            var attributeName = string(current.pointee.name)
            if html { attributeName = attributeName.lowercased() }
            attributes.append(MarkupAttribute(name: attributeName, value: value))
            attribute = current.pointee.next
        }
        var children: [MarkupNode] = []
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                if depth < maximumDepth {
                    children.append(.element(element(current, html: html, depth: depth + 1)))
                } else {
                    children.append(.text(textContent(current)))
                }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                let text = string(current.pointee.content)
                if case .text(let previous)? = children.last {
                    children[children.count - 1] = .text(previous + text)
                } else {
                    children.append(.text(text))
                }
            default:
                break  // comments, processing instructions, entity references left unexpanded
            }
            child = current.pointee.next
        }
        return MarkupElement(name: name, namespace: namespace, attributes: attributes, children: children,
                             line: Int(xmlGetLineNo(node)))
    }

    private static func textContent(_ node: xmlNodePtr) -> String {
        guard let raw = xmlNodeGetContent(node) else { return "" }
        defer { free(raw) }  // xmlFree is free() unless xmlMemSetup changed it (bantin never does)
        return String(cString: raw)
    }
}
