import Foundation
import Mustache

/// The theme's Mustache templates, parsed once and checked: every page template present,
/// every partial it includes present, no template including itself.
public struct ThemeTemplates: Sendable {
    /// The page templates a theme must have.
    public static let pageTemplates = ["article", "list", "home", "404", "tags", "archive", "feeds", "redirect"]

    public let library: MustacheLibrary
    /// Pages of a shape already seen are filled in instead of rendered again (`SkeletonCache`).
    let skeletons: SkeletonCache
    /// For each template, a hash of its compiled text and of every partial it includes, directly
    /// or not: part of the cache key of each page rendered with it.
    public let fingerprints: [String: String]

    /// Pages filled from a skeleton, skeletons made, pages the template engine rendered alone.
    public var skeletonStatistics: (filled: Int, learned: Int, byEngine: Int, enabled: Bool) {
        let counts = skeletons.statistics
        return (counts.filled, counts.learned, counts.byEngine, skeletons.enabled)
    }

    /// The fingerprint of the template `name` (empty for an unknown name).
    public func fingerprint(of name: String) -> String { fingerprints[name] ?? "" }

    /// Parses `sources` (template name → file); nil with located errors when the theme is broken.
    public static func compile(
        _ sources: [String: SourceFile], themeFolder: String = "theme", constants: TemplateConstants? = nil,
        skeletons: Bool = true
    ) -> (ThemeTemplates?, [Diagnostic]) {
        _ = FastHTMLEscape.registered
        var diagnostics: [Diagnostic] = []
        var templates: [String: MustacheTemplate] = [:]
        var includes: [String: [(name: String, location: SourceLocation)]] = [:]
        var compiledTexts: [String: String] = [:]
        for name in sources.keys.sorted() {
            guard let file = sources[name] else { continue }
            let text: String
            switch SourceText.decode(file.bytes, path: file.path) {
            case .success(let decoded): text = decoded
            case .failure(let diagnostic):
                diagnostics.append(diagnostic)
                continue
            }
            do {
                _ = try MustacheTemplate(string: text)  // errors located in the file as written
                let compiled = constants?.apply(to: text) ?? text
                templates[name] = try MustacheTemplate(string: compiled)
                compiledTexts[name] = compiled
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(.error(
                    SourceLocation(path: file.path, line: error.context.lineNumber, column: error.context.columnNumber),
                    vi: "Mẫu giao diện bị lỗi cú pháp Mustache (\(error.error)).",
                    en: "Template has a Mustache syntax error (\(error.error)).",
                    hintVI: "Kiểm tra các thẻ {{#…}} và {{/…}} có mở và đóng đúng cặp.",
                    hintEN: "Check that every {{#…}} section is closed by a matching {{/…}}."))
                continue
            } catch {
                diagnostics.append(.error(SourceLocation(path: file.path), vi: "Mẫu giao diện lỗi: \(error).", en: "Template error: \(error)."))
                continue
            }
            includes[name] = partialReferences(in: text, path: file.path)
        }
        for name in pageTemplates where sources[name] == nil {
            diagnostics.append(.error(
                SourceLocation(path: "\(themeFolder)/templates/\(name).mustache"),
                vi: "Thiếu mẫu giao diện \(name).mustache.", en: "The template \(name).mustache is missing.",
                hintVI: "Chép lại tệp này từ giao diện mặc định của bantin.", hintEN: "Copy it back from bantin's default theme."))
        }
        for name in includes.keys.sorted() {
            for reference in includes[name] ?? [] where sources[reference.name] == nil {
                diagnostics.append(.error(
                    reference.location,
                    vi: "Mẫu dùng phần \"\(reference.name)\" nhưng không có tệp \(themeFolder)/templates/\(reference.name).mustache.",
                    en: "The template includes \"\(reference.name)\", but \(themeFolder)/templates/\(reference.name).mustache does not exist.",
                    hintVI: "Tạo tệp đó hoặc sửa tên trong {{> …}}.", hintEN: "Create that file or fix the name in {{> …}}."))
            }
        }
        diagnostics.append(contentsOf: cycles(includes))
        guard !diagnostics.contains(where: { $0.severity == .error }) else { return (nil, diagnostics) }
        var fingerprints: [String: String] = [:]
        for name in compiledTexts.keys {
            var seen: Set<String> = [name]
            var pending = [name]
            while let next = pending.popLast() {
                for reference in includes[next] ?? [] where seen.insert(reference.name).inserted { pending.append(reference.name) }
            }
            fingerprints[name] = ContentHash.hex(seen.sorted().map { $0 + "\u{0}" + (compiledTexts[$0] ?? "") }.joined(separator: "\u{0}"))
        }
        let cache = SkeletonCache(enabled: skeletons && SkeletonCache.supports(Array(compiledTexts.values)))
        return (ThemeTemplates(library: MustacheLibrary(templates: templates), skeletons: cache, fingerprints: fingerprints), diagnostics)
    }

    /// The build cache's key of a page: a hash of `salt`, the template name and everything the
    /// template can see of the values (their `TemplateShape` and its texts and numbers), or of
    /// every value when they have no shape. Equal keys mean equal pages with the same templates.
    public func fingerprint(of plan: PagePlan, salt: String) -> String {
        guard let shape = skeletons.shape(of: plan.context) else { return plan.fingerprint(salt: salt) }
        var hash = ContentHash()
        hash.addNumber(0x5348_4150)  // "SHAP": never equal to a key of the other kind
        hash.add(salt)
        hash.add(plan.template)
        hash.add(bytes: shape.key)
        for leaf in shape.leaves { hash.add(leaf) }
        return hash.hex
    }

    /// Remembers the shapes of values that many pages share, so pages find them again quickly.
    func rememberShared(_ dictionaries: [[String: Any]]) {
        skeletons.remember(dictionaries)
    }

    /// Renders the template `name` with `context`.
    public func render(_ name: String, _ context: [String: Any]) -> String {
        skeletons.render(name, context, library: library) ?? library.render(context, withTemplate: name) ?? ""
    }

    /// `{{> name}}` references in a template's text, with their places.
    static func partialReferences(in text: String, path: String) -> [(name: String, location: SourceLocation)] {
        var found: [(String, SourceLocation)] = []
        for (lineNumber, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let open = rest.range(of: "{{") {
                var after = rest[open.upperBound...]
                guard after.first == ">" || after.first == "<" else {
                    rest = after
                    continue
                }
                after = after.dropFirst()
                guard let close = after.range(of: "}}") else { break }
                let name = String(after[..<close.lowerBound]).trimmingSpaces
                let column = line.distance(from: line.startIndex, to: open.lowerBound) + 1
                if !name.isEmpty { found.append((name, SourceLocation(path: path, line: lineNumber + 1, column: column))) }
                rest = after[close.upperBound...]
            }
        }
        return found
    }

    /// Templates that include themselves, directly or through others (rendering would never end).
    static func cycles(_ includes: [String: [(name: String, location: SourceLocation)]]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var state: [String: Int] = [:]  // 1 visiting, 2 done
        func visit(_ name: String, trail: [String]) {
            state[name] = 1
            for reference in includes[name] ?? [] {
                switch state[reference.name] {
                case 1:
                    let loop = (trail + [name, reference.name]).drop(while: { $0 != reference.name }).joined(separator: " → ")
                    diagnostics.append(.error(
                        reference.location, vi: "Mẫu giao diện tự gọi lại chính nó: \(loop).",
                        en: "Templates include each other in a loop: \(loop).",
                        hintVI: "Bỏ {{> \(reference.name)}} ở đây.", hintEN: "Remove {{> \(reference.name)}} here."))
                case nil where includes[reference.name] != nil:
                    visit(reference.name, trail: trail + [name])
                default:
                    break
                }
            }
            state[name] = 2
        }
        for name in includes.keys.sorted() where state[name] == nil { visit(name, trail: []) }
        return diagnostics
    }
}
