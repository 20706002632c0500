import Foundation
import Mustache

/// Renders pages through skeletons: the first page of each template and `TemplateShape` is
/// rendered by the template engine (twice, with differently numbered markers, to make sure no
/// value shows anywhere but in its holes) and remembered as a `TemplateSkeleton`; every later
/// page of that shape only fills the holes. Pages whose values have no shape, shapes the engine
/// renders in a way the markers cannot follow, and every page of a theme that uses Mustache
/// features whose output depends on the text of a value (transforms such as `uppercased(…)`,
/// dynamic partials `{{>*…}}`, changed delimiters `{{=…=}}`) go to the engine alone.
///
/// Shared by the rendering threads: the remembered skeletons are behind a lock.
final class SkeletonCache: @unchecked Sendable {
    /// Skeletons kept per template at most (a theme whose pages all differ in shape gains
    /// nothing and should not fill the memory).
    static let limitPerTemplate = 4096
    private static let secondNumbering = 1_000_000

    /// False when the theme uses a feature the skeletons cannot follow.
    let enabled: Bool
    private let lock = NSLock()
    /// nil: that shape is rendered by the engine.
    private var skeletons: [String: [ShapeKey: TemplateSkeleton?]] = [:]
    private var memos = TemplateShape.Memos()
    private var counts = Counts()

    struct Counts: Sendable, Equatable {
        var filled = 0
        var learned = 0
        var byEngine = 0
    }

    /// How many pages were filled from a skeleton, how many skeletons were made, how many pages
    /// the engine rendered alone.
    var statistics: Counts { lock.withLock { counts } }

    init(enabled: Bool) {
        self.enabled = enabled
    }

    /// Remembers the shapes of dictionaries that many pages will hold (see `TemplateShape.Memos`).
    func remember(_ dictionaries: [[String: Any]]) {
        guard enabled else { return }
        lock.withLock {
            for dictionary in dictionaries { memos.remember(dictionary) }
        }
    }

    /// Whether skeletons can render a theme with these compiled template texts.
    static func supports(_ texts: [String]) -> Bool {
        for text in texts {
            if TemplateSkeleton.clashes(with: text) { return false }
            var rest = Substring(text)
            while let open = rest.range(of: "{{") {
                let inner = rest[open.upperBound...]
                guard let close = inner.range(of: "}}") else { break }
                let tag = inner[..<close.lowerBound].drop { $0 == "{" || $0 == " " }
                if tag.contains("(") || tag.hasPrefix("=") { return false }
                if tag.hasPrefix(">") || tag.hasPrefix("<"), tag.dropFirst().drop(while: { $0 == " " }).hasPrefix("*") { return false }
                rest = inner[close.upperBound...]
            }
        }
        return true
    }

    /// The shape of `context`, finding remembered dictionaries quickly; nil when it has none.
    func shape(of context: [String: Any]) -> TemplateShape? {
        let memos = lock.withLock { self.memos }
        return TemplateShape.of(context, memos: memos)
    }

    /// The page `name` renders with `context`, or nil when the engine must render it alone.
    func render(_ name: String, _ context: [String: Any], library: MustacheLibrary) -> String? {
        guard enabled else { return nil }
        let memos = lock.withLock { self.memos }
        guard let shape = TemplateShape.of(context, memos: memos) else {
            count(\.byEngine)
            return nil
        }
        let shapeKey = ShapeKey(bytes: shape.key)
        let known: TemplateSkeleton?? = lock.withLock { skeletons[name]?[shapeKey] }
        if let known {
            guard let skeleton = known else {
                count(\.byEngine)
                return nil
            }
            count(\.filled)
            return skeleton.fill(shape.leaves)
        }
        let skeleton = learn(name, context, shape: shape, library: library)
        let stored = lock.withLock { () -> Bool in
            var forTemplate = skeletons[name] ?? [:]
            guard forTemplate.count < Self.limitPerTemplate else { return false }
            forTemplate[shapeKey] = .some(skeleton)
            skeletons[name] = forTemplate
            counts.learned += 1
            return true
        }
        _ = stored
        guard let skeleton else {
            count(\.byEngine)
            return nil
        }
        return skeleton.fill(shape.leaves)
    }

    /// The skeleton of `name` for `shape`, from two renderings with differently numbered markers.
    private func learn(_ name: String, _ context: [String: Any], shape: TemplateShape, library: MustacheLibrary) -> TemplateSkeleton? {
        func skeleton(from first: Int) -> TemplateSkeleton? {
            let marked = TemplateShape.marked(context) { TemplateSkeleton.marker(first + $0, endsWithNewline: $1) }
            guard let rendered = library.render(marked, withTemplate: name) else { return nil }
            return TemplateSkeleton(rendered: rendered, firstNumber: first, leafEndsWithNewline: shape.leafEndsWithNewline)
        }
        guard let first = skeleton(from: 0), let second = skeleton(from: Self.secondNumbering),
            first.pieces == second.pieces
        else { return nil }
        return first
    }

    private func count(_ counter: WritableKeyPath<Counts, Int>) {
        lock.withLock { counts[keyPath: counter] += 1 }
    }
}

/// A shape's bytes as a dictionary key, hashed as one block of memory.
struct ShapeKey: Hashable, Sendable {
    let bytes: [UInt8]

    func hash(into hasher: inout Hasher) {
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
    }
}
