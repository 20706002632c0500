import Yams

/// Reads typed values out of a composed YAML tree, turning every mismatch into a located,
/// bilingual diagnostic instead of a thrown error, so one pass reports every problem.
///
/// Yams nodes are not `Sendable`; a `YAMLFields` lives inside one function call and only its
/// plain results leave it.
struct YAMLFields {
    let path: String
    /// Lines before the YAML text in its file (the opening `---` of front matter).
    let lineOffset: Int
    private(set) var diagnostics: [Diagnostic] = []
    /// Lines of the YAML text: a problem reported past them is located where its construct began.
    private var yamlLineCount = Int.max

    /// Only the tags the readers below look at: `null` (an empty value) and `int` (a number
    /// written without quotes). Yams tries every rule's regular expression on every plain
    /// scalar, keys included, and its default set of seven cost a fifth of parsing; booleans,
    /// dates and other values are read from their text here, not from their tag.
    static let resolver = Resolver.basic.appending(Resolver.Rule.int).appending(Resolver.Rule.null)

    init(path: String, lineOffset: Int = 0) {
        self.path = path
        self.lineOffset = lineOffset
    }

    /// Composes `text` and returns its top-level mapping as ordered key/value pairs.
    /// A syntax error, a duplicate key or a document that is not a mapping becomes a diagnostic.
    mutating func mapping(of text: String, what: String, whatEN: String) -> [(key: String, keyNode: Node, value: Node)]? {
        yamlLineCount = text.split(separator: "\n", omittingEmptySubsequences: false).count
        let node: Node?
        do {
            // The encoding given: Yams' default reads the process environment on every call.
            node = try Yams.compose(yaml: text, Self.resolver, .default, .utf8)
        } catch let error as YamlError {
            diagnostics.append(yamlDiagnostic(error, what: what, whatEN: whatEN))
            return nil
        } catch {
            diagnostics.append(.error(
                SourceLocation(path: path, line: lineOffset + 1),
                vi: "\(what) không đọc được: \(error)", en: "\(whatEN) cannot be read: \(error)"))
            return nil
        }
        guard let node else { return [] }
        return mapping(node, what: what, whatEN: whatEN)
    }

    /// The pairs of a mapping node, or a diagnostic when the node is something else.
    mutating func mapping(_ node: Node, what: String, whatEN: String) -> [(key: String, keyNode: Node, value: Node)]? {
        guard let map = node.mapping else {
            diagnostics.append(.error(
                location(of: node),
                vi: "\(what) phải là danh sách dạng \"khóa: giá trị\", nhưng ở đây là \(kindVI(node)).",
                en: "\(whatEN) must be a mapping of \"key: value\" lines, but this is \(kindEN(node)).",
                hintVI: "Mỗi dòng viết dạng `tieu_de: giá trị`, ví dụ `title: Tin mới`.",
                hintEN: "Write one `key: value` per line, for example `title: News`."))
            return nil
        }
        var pairs: [(key: String, keyNode: Node, value: Node)] = []
        for (key, value) in map {
            guard let name = key.scalar?.string else {
                diagnostics.append(.error(
                    location(of: key), vi: "Khóa phải là một chữ đơn giản.",
                    en: "A key must be a plain word."))
                continue
            }
            pairs.append((name, key, value))
        }
        return pairs
    }

    func location(of node: Node) -> SourceLocation {
        guard let mark = node.mark else { return SourceLocation(path: path, line: lineOffset + 1) }
        return SourceLocation(path: path, line: mark.line + lineOffset, column: mark.column)
    }

    mutating func error(_ node: Node, vi: String, en: String, hintVI: String = "", hintEN: String = "") {
        diagnostics.append(.error(location(of: node), vi: vi, en: en, hintVI: hintVI, hintEN: hintEN))
    }

    mutating func warning(_ node: Node, vi: String, en: String, hintVI: String = "", hintEN: String = "") {
        diagnostics.append(.warning(location(of: node), vi: vi, en: en, hintVI: hintVI, hintEN: hintEN))
    }

    mutating func append(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    // MARK: typed values

    /// A text value; numbers and dates written without quotes are taken as their text.
    mutating func string(_ node: Node, key: String, at keyNode: Node) -> String? {
        guard let scalar = node.scalar else {
            error(keyNode, vi: "`\(key)` phải là một đoạn chữ, không phải \(kindVI(node)).",
                  en: "`\(key)` must be text, not \(kindEN(node)).",
                  hintVI: "Viết trên một dòng: `\(key): nội dung`.", hintEN: "Write it on one line: `\(key): text`.")
            return nil
        }
        if scalar.tag == Tag(.null) { return nil }
        return scalar.string
    }

    /// A whole number in `range`.
    mutating func int(_ node: Node, key: String, at keyNode: Node, range: ClosedRange<Int>) -> Int? {
        guard let scalar = node.scalar, scalar.tag != Tag(.str), let value = Int(scalar.string.replacingUnderscores) else {
            error(keyNode, vi: "`\(key)` phải là một số nguyên, nhưng ở đây là \(describe(node)).",
                  en: "`\(key)` must be a whole number, but this is \(describeEN(node)).",
                  hintVI: "Ví dụ: `\(key): \(range.lowerBound + 10)`.", hintEN: "For example `\(key): \(range.lowerBound + 10)`.")
            return nil
        }
        guard range.contains(value) else {
            error(keyNode, vi: "`\(key)` phải nằm trong khoảng \(range.lowerBound)…\(range.upperBound), nhưng là \(value).",
                  en: "`\(key)` must be between \(range.lowerBound) and \(range.upperBound), but is \(value).")
            return nil
        }
        return value
    }

    /// `true` or `false` (YAML's yes/no forms are accepted too).
    mutating func bool(_ node: Node, key: String, at keyNode: Node) -> Bool? {
        let text = node.scalar.map { $0.tag == Tag(.str) && $0.style != .plain ? "" : $0.string.lowercased() } ?? ""
        switch text {
        case "true", "yes", "on", "có": return true
        case "false", "no", "off", "không": return false
        default:
            error(keyNode, vi: "`\(key)` chỉ nhận `true` (có) hoặc `false` (không), nhưng ở đây là \(describe(node)).",
                  en: "`\(key)` must be `true` or `false`, but this is \(describeEN(node)).")
            return nil
        }
    }

    /// A list of texts. A single text is accepted as a one-item list.
    mutating func stringList(_ node: Node, key: String, at keyNode: Node) -> [String]? {
        if let scalar = node.scalar {
            if scalar.tag == Tag(.null) { return [] }
            return [scalar.string]
        }
        guard let sequence = node.sequence else {
            error(keyNode, vi: "`\(key)` phải là một danh sách, ví dụ `[a, b]`.",
                  en: "`\(key)` must be a list, for example `[a, b]`.")
            return nil
        }
        var items: [String] = []
        for item in sequence {
            guard let scalar = item.scalar else {
                error(item, vi: "Mỗi mục của `\(key)` phải là một đoạn chữ.", en: "Each item of `\(key)` must be text.")
                continue
            }
            items.append(scalar.string)
        }
        return items
    }

    // MARK: descriptions

    func kindVI(_ node: Node) -> String {
        switch node {
        case .mapping: return "một nhóm khóa: giá trị"
        case .sequence: return "một danh sách"
        case .scalar: return "một giá trị đơn"
        case .alias: return "một tham chiếu"
        }
    }

    func kindEN(_ node: Node) -> String {
        switch node {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .scalar: return "a single value"
        case .alias: return "an alias"
        }
    }

    func describe(_ node: Node) -> String {
        if let scalar = node.scalar { return "\"\(scalar.string.prefix(60))\"" }
        return kindVI(node)
    }

    func describeEN(_ node: Node) -> String {
        if let scalar = node.scalar { return "\"\(scalar.string.prefix(60))\"" }
        return kindEN(node)
    }

    private func yamlDiagnostic(_ error: YamlError, what: String, whatEN: String) -> Diagnostic {
        let hintVI = "Kiểm tra dấu hai chấm sau mỗi khóa, dấu ngoặc kép đóng mở đủ, và thụt lề bằng dấu cách (không dùng tab)."
        let hintEN = "Check the colon after each key, that quotes are closed, and that indentation uses spaces, not tabs."
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            // At the end of the text (an unclosed quote) the problem's own mark says nothing;
            // the context's mark is where the broken construct began, where an editor must look.
            let pastEnd = mark.line > yamlLineCount
            let place = problem.contains("end of stream") || pastEnd ? (context?.mark ?? mark) : mark
            let detail = context.map { "\($0.text), \(problem)" } ?? problem
            return .error(
                SourceLocation(path: path, line: place.line + lineOffset, column: place.column),
                vi: "\(what) không phải YAML hợp lệ (\(detail)).", en: "\(whatEN) is not valid YAML (\(detail)).",
                hintVI: hintVI, hintEN: hintEN)
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.sorted().joined(separator: ", ")
            return .error(
                SourceLocation(path: path, line: context.mark.line + lineOffset, column: context.mark.column),
                vi: "Khóa bị lặp lại: \(keys).", en: "Duplicate key: \(keys).",
                hintVI: "Mỗi khóa chỉ được viết một lần; xóa dòng thừa.", hintEN: "Write each key once; delete the extra line.")
        default:
            return .error(
                SourceLocation(path: path, line: lineOffset + 1),
                vi: "\(what) không phải YAML hợp lệ: \(error).", en: "\(whatEN) is not valid YAML: \(error).",
                hintVI: hintVI, hintEN: hintEN)
        }
    }
}

extension String {
    fileprivate var replacingUnderscores: String { replacingOccurrences(of: "_", with: "") }
}
