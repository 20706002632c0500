/// A small CSS selector engine over `MarkupElement` trees, for picking the fields of saved pages.
///
/// Understood: type (`div`, `*`), `#id`, `.class` (several), `[attr]`, `[attr=value]`,
/// `[attr~=value]`, `[attr*=value]`, `[attr^=value]`, `[attr$=value]` (values bare or quoted),
/// `:first-child`, `:last-child`, compounds (`div.a#b`), the descendant (space) and child (`>`)
/// combinators, and lists (`a, b`). Names and attribute names compare without regard to case
/// (HTML's are lower case once parsed), values exactly.
public struct CSSSelector: Sendable, Equatable, CustomStringConvertible {
    /// A selector that could not be read: where (1-based column in the text) and why.
    public struct ParseError: Error, Sendable, Equatable {
        public var column: Int
        public var vi: String
        public var en: String
    }

    /// One `[name op value]` test.
    struct AttributeTest: Sendable, Equatable {
        enum Operation: Sendable, Equatable { case exists, equals, word, contains, prefix, suffix }
        var name: String
        var operation: Operation
        var value: String

        func matches(_ element: MarkupElement) -> Bool {
            guard let actual = element.attribute(name) else { return false }
            switch operation {
            case .exists: return true
            case .equals: return actual == value
            case .word: return actual.split(whereSeparator: \.isWhitespace).contains { $0 == value }
            case .contains: return !value.isEmpty && actual.contains(value)
            case .prefix: return !value.isEmpty && actual.hasPrefix(value)
            case .suffix: return !value.isEmpty && actual.hasSuffix(value)
            }
        }
    }

    /// `div.a#b[x]:first-child`: every test must hold for one element.
    struct Compound: Sendable, Equatable {
        var name: String?
        var id: String?
        var classes: [String] = []
        var attributes: [AttributeTest] = []
        var firstChild = false
        var lastChild = false

        var isEmpty: Bool {
            name == nil && id == nil && classes.isEmpty && attributes.isEmpty && !firstChild && !lastChild
        }

        func matches(_ frame: Frame) -> Bool {
            let element = frame.element
            if let name, name != "*", element.name.lowercased() != name { return false }
            if let id, element.attribute("id") != id { return false }
            if !classes.isEmpty {
                let own = (element.attribute("class") ?? "").split(whereSeparator: \.isWhitespace)
                for wanted in classes where !own.contains(where: { $0 == wanted }) { return false }
            }
            if firstChild && frame.position != 0 { return false }
            if lastChild && frame.position != frame.siblings - 1 { return false }
            return attributes.allSatisfy { $0.matches(element) }
        }
    }

    enum Combinator: Sendable, Equatable { case descendant, child }

    /// Compounds from left to right; `combinators[i]` joins `compounds[i]` and `compounds[i + 1]`.
    struct Complex: Sendable, Equatable {
        var compounds: [Compound]
        var combinators: [Combinator]
    }

    /// An element with its place among its parent's child elements.
    struct Frame {
        var element: MarkupElement
        var position: Int
        var siblings: Int
    }

    let alternatives: [Complex]
    /// The text the selector was read from.
    public let text: String

    public var description: String { text }

    /// Reads `text`; throws where it stops making sense.
    public init(_ text: String) throws(ParseError) {
        var reader = CSSSelectorReader(text)
        alternatives = try reader.readList()
        self.text = text.trimmingSpaces
    }

    /// One selector matching what any of `selectors` matches (nil for none).
    init?(combining selectors: [CSSSelector]) {
        guard !selectors.isEmpty else { return nil }
        alternatives = selectors.flatMap(\.alternatives)
        text = selectors.map(\.text).joined(separator: ", ")
    }

    /// Every element below `root` (itself included) that matches, in document order.
    public func select(in root: MarkupElement) -> [MarkupElement] {
        var found: [MarkupElement] = []
        var path: [Frame] = []
        visit(Frame(element: root, position: 0, siblings: 1), path: &path) { element, _ in found.append(element) }
        return found
    }

    /// The first element that matches, in document order.
    public func first(in root: MarkupElement) -> MarkupElement? {
        select(in: root).first
    }

    /// Whether the last frame of `path` (the element, then its ancestors before it) matches.
    func matches(_ path: [Frame]) -> Bool {
        alternatives.contains { Self.matches($0, compoundIndex: $0.compounds.count - 1, path: path[...]) }
    }

    /// `root` without the elements that match (each one with everything inside it).
    public func removing(from root: MarkupElement) -> MarkupElement {
        var path: [Frame] = [Frame(element: root, position: 0, siblings: 1)]
        if matches(path) { return MarkupElement(name: root.name, line: root.line) }
        return prune(root, path: &path)
    }

    /// The first match of the first selector of the list that matches anything: `a, b` read as
    /// "a, or else b" (how a page mapping lists the places a field may be).
    public func preferred(in root: MarkupElement) -> MarkupElement? {
        preferredPath(in: root)?.last?.element
    }

    /// `preferred(in:)` with the match's ancestors (root first, the match last), for
    /// `removing(below:)`.
    func preferredPath(in root: MarkupElement) -> [Frame]? {
        var best: (alternative: Int, path: [Frame])?
        var path: [Frame] = []
        visit(Frame(element: root, position: 0, siblings: 1), path: &path) { _, found in
            guard let index = alternatives.firstIndex(where: {
                Self.matches($0, compoundIndex: $0.compounds.count - 1, path: found[...])
            }) else { return }
            if best.map({ index < $0.alternative }) ?? true { best = (index, found) }
        }
        return best?.path
    }

    /// The element at the end of `path` without the elements inside it that match, matched
    /// with its ancestors in view (`.page .share` removes inside `.content` when `.page` is
    /// above it). The element itself is kept.
    func removing(below path: [Frame]) -> MarkupElement? {
        guard let element = path.last?.element else { return nil }
        var frames = path
        return prune(element, path: &frames)
    }

    private func prune(_ element: MarkupElement, path: inout [Frame]) -> MarkupElement {
        var copy = element
        let siblings = element.elements.count
        var position = 0
        copy.children = []
        for child in element.children {
            guard case .element(let inner) = child else {
                copy.children.append(child)
                continue
            }
            path.append(Frame(element: inner, position: position, siblings: siblings))
            position += 1
            defer { path.removeLast() }
            if matches(path) { continue }
            copy.children.append(.element(prune(inner, path: &path)))
        }
        return copy
    }

    private func visit(_ frame: Frame, path: inout [Frame], _ found: (MarkupElement, [Frame]) -> Void) {
        path.append(frame)
        defer { path.removeLast() }
        if matches(path) { found(frame.element, path) }
        let children = frame.element.elements
        for (position, child) in children.enumerated() {
            visit(Frame(element: child, position: position, siblings: children.count), path: &path, found)
        }
    }

    /// Right to left: the compound at `compoundIndex` must match the last frame of `path`, and
    /// what is left of the selector some ancestor (descendant) or the parent (child).
    private static func matches(_ complex: Complex, compoundIndex: Int, path: ArraySlice<Frame>) -> Bool {
        guard let last = path.last, complex.compounds[compoundIndex].matches(last) else { return false }
        if compoundIndex == 0 { return true }
        var ancestors = path.dropLast()
        switch complex.combinators[compoundIndex - 1] {
        case .child:
            return matches(complex, compoundIndex: compoundIndex - 1, path: ancestors)
        case .descendant:
            while !ancestors.isEmpty {
                if matches(complex, compoundIndex: compoundIndex - 1, path: ancestors) { return true }
                ancestors = ancestors.dropLast()
            }
            return false
        }
    }
}
