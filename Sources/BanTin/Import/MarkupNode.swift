/// One node of a parsed HTML or XML document, copied out of libxml2 into plain Swift values.
public enum MarkupNode: Sendable, Equatable {
    case element(MarkupElement)
    /// Character data (entities decoded, CDATA sections included).
    case text(String)
}

/// An element: its local name (lower case for HTML), namespace, attributes in document order,
/// children, and the line it starts on.
public struct MarkupElement: Sendable, Equatable {
    public var name: String
    /// The namespace URI (XML only), e.g. `http://wordpress.org/export/1.2/`.
    public var namespace: String?
    public var attributes: [MarkupAttribute]
    public var children: [MarkupNode]
    public var line: Int

    public init(name: String, namespace: String? = nil, attributes: [MarkupAttribute] = [],
                children: [MarkupNode] = [], line: Int = 1) {
        self.name = name
        self.namespace = namespace
        self.attributes = attributes
        self.children = children
        self.line = line
    }

    /// The value of the attribute `name` (case-insensitive), if present.
    public func attribute(_ name: String) -> String? {
        attributes.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    /// The child elements, in order.
    public var elements: [MarkupElement] {
        children.compactMap { if case .element(let element) = $0 { return element } else { return nil } }
    }

    /// The first child element called `name` whose namespace contains `namespacePart` (any
    /// namespace when nil).
    public func child(_ name: String, namespace namespacePart: String? = nil) -> MarkupElement? {
        elements.first { $0.name == name && Self.matches($0.namespace, namespacePart) }
    }

    /// Every child element called `name` (see `child`).
    public func children(_ name: String, namespace namespacePart: String? = nil) -> [MarkupElement] {
        elements.filter { $0.name == name && Self.matches($0.namespace, namespacePart) }
    }

    /// All the text inside, in document order.
    public var text: String {
        var out = ""
        appendText(to: &out)
        return out
    }

    private func appendText(to out: inout String) {
        for child in children {
            switch child {
            case .text(let text): out += text
            case .element(let element): element.appendText(to: &out)
            }
        }
    }

    private static func matches(_ namespace: String?, _ part: String?) -> Bool {
        guard let part else { return true }
        return namespace?.contains(part) ?? false
    }
}

/// One attribute of an element.
public struct MarkupAttribute: Sendable, Equatable {
    public var name: String
    public var value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}
