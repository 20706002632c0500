/// The shape of a page's values: everything about them a Mustache template can see except the
/// text of strings and the digits of numbers. Two pages whose values have the same shape render
/// to the same HTML apart from where those texts and numbers go (`TemplateSkeleton`).
///
/// The shape records every dictionary's keys (sorted), every list's length, every `true` and
/// `false`, and for each text whether it is empty and whether it ends with a line break (the
/// template engine indents the line after such a value inside an indented partial). The texts
/// and numbers themselves, the leaves, are listed in the same order.
struct TemplateShape: Sendable {
    /// The shape, as bytes (a dictionary key for the remembered skeletons).
    let key: [UInt8]
    /// The text of every string and number, in the order the shape meets them.
    let leaves: [String]
    /// For each leaf, whether it ends with a line break.
    let leafEndsWithNewline: [Bool]

    /// The shape of `context`, or nil when it holds a value whose effect on the template depends
    /// on more than its shape (a closure, a custom value, an optional): such pages are rendered
    /// by the template engine alone.
    static func of(_ context: [String: Any], memos: Memos = Memos()) -> TemplateShape? {
        var walker = Walker(memos: memos)
        guard walker.dictionary(context) else { return nil }
        return TemplateShape(key: walker.key, leaves: walker.leaves, leafEndsWithNewline: walker.newlines)
    }

    /// `context` with each leaf replaced by `marker(leafNumber, endsWithNewline)`, walked in the
    /// same order as `of` (the two must agree, leaf for leaf).
    static func marked(_ context: [String: Any], marker: (Int, Bool) -> String) -> [String: Any] {
        var count = 0
        func mark(_ value: Any) -> Any {
            switch value {
            case let text as String:
                defer { count += 1 }
                return marker(count, text.utf8.last == 0x0A)
            case let flag as Bool:
                return flag
            case let number as Int:
                defer { count += 1 }
                return marker(count, String(describing: number).utf8.last == 0x0A)
            case let list as [Any]:
                return list.map(mark)
            case let dictionary as [String: Any]:
                var result: [String: Any] = [:]
                result.reserveCapacity(dictionary.count)
                for key in dictionary.keys.sorted() {
                    if let element = dictionary[key] { result[key] = mark(element) }
                }
                return result
            default:
                return value
            }
        }
        return mark(context) as? [String: Any] ?? [:]
    }

    /// Shapes of dictionaries many pages share (the teasers, the labels), worked out once and
    /// found again by the address of the dictionary's storage. The memo keeps each dictionary,
    /// so its storage stays alive and unchanged (a change would copy it to a new address).
    struct Memos: @unchecked Sendable {
        fileprivate var byAddress: [Int: (shape: TemplateShape, value: [String: Any])] = [:]

        /// Remembers the shape of `dictionary`; false when it has none.
        @discardableResult
        mutating func remember(_ dictionary: [String: Any]) -> Bool {
            guard MemoryLayout<[String: Any]>.size == MemoryLayout<Int>.size else { return false }
            var walker = Walker(memos: Memos())
            guard walker.dictionary(dictionary) else { return false }
            let shape = TemplateShape(key: walker.key, leaves: walker.leaves, leafEndsWithNewline: walker.newlines)
            byAddress[Self.address(of: dictionary)] = (shape, dictionary)
            return true
        }

        var count: Int { byAddress.count }

        fileprivate func shape(of dictionary: [String: Any]) -> TemplateShape? {
            guard !byAddress.isEmpty, MemoryLayout<[String: Any]>.size == MemoryLayout<Int>.size else { return nil }
            return byAddress[Self.address(of: dictionary)]?.shape
        }

        private static func address(of dictionary: [String: Any]) -> Int {
            withUnsafeBytes(of: dictionary) { $0.load(as: Int.self) }
        }
    }

    private struct Walker {
        var key: [UInt8] = []
        var leaves: [String] = []
        var newlines: [Bool] = []
        let memos: Memos

        init(memos: Memos) {
            self.memos = memos
            key.reserveCapacity(1024)
            leaves.reserveCapacity(64)
            newlines.reserveCapacity(64)
        }

        /// Appends the shape of `value`; false for a value the shape cannot describe. The common
        /// types are told apart by their exact type first: a cast between different dictionary or
        /// array types converts every element, and failed casts are not cheap either.
        mutating func value(_ value: Any) -> Bool {
            let type = ObjectIdentifier(Swift.type(of: value))
            if type == Types.string, let text = value as? String { return string(text) }
            if type == Types.bool, let flag = value as? Bool {
                key.append(flag ? 0x14 : 0x15)
                return true
            }
            if type == Types.int, let number = value as? Int { return string(String(describing: number), number: true) }
            if type == Types.dictionary, let dictionary = value as? [String: Any] { return self.dictionary(dictionary) }
            if type == Types.dictionaries, let list = value as? [[String: Any]] {
                openList(list.count)
                for element in list where !dictionary(element) { return false }
                key.append(0x17)
                return true
            }
            if type == Types.strings, let list = value as? [String] {
                openList(list.count)
                for element in list { _ = string(element) }
                key.append(0x17)
                return true
            }
            if type == Types.texts, let texts = value as? [String: String] {
                key.append(0x18)
                appendCount(texts.count)
                for name in texts.keys.sorted() {
                    appendName(name)
                    _ = string(texts[name] ?? "")
                }
                key.append(0x19)
                return true
            }
            // An optional holding a string casts to `String` too, but the template engine treats
            // it differently: optionals are left to the engine.
            if value is OptionalValue { return false }
            switch value {
            case let flag as Bool:
                key.append(flag ? 0x14 : 0x15)
                return true
            case let text as String:
                return string(text)
            case let number as Int:
                return string(String(describing: number), number: true)
            case let dictionary as [String: Any]:
                return self.dictionary(dictionary)
            case let list as [Any]:
                openList(list.count)
                for element in list where !self.value(element) { return false }
                key.append(0x17)
                return true
            default:
                return false
            }
        }

        mutating func string(_ text: String, number: Bool = false) -> Bool {
            let endsWithNewline = text.utf8.last == 0x0A
            key.append(number ? 0x13 : text.isEmpty ? 0x10 : endsWithNewline ? 0x11 : 0x12)
            leaves.append(text)
            newlines.append(endsWithNewline)
            return true
        }

        mutating func openList(_ count: Int) {
            key.append(0x16)
            appendCount(count)
        }

        mutating func appendName(_ name: String) {
            key.append(contentsOf: name.utf8)
            key.append(0)
        }

        mutating func dictionary(_ dictionary: [String: Any]) -> Bool {
            if let known = memos.shape(of: dictionary) {
                key.append(contentsOf: known.key)
                leaves.append(contentsOf: known.leaves)
                newlines.append(contentsOf: known.leafEndsWithNewline)
                return true
            }
            key.append(0x18)
            appendCount(dictionary.count)
            for name in dictionary.keys.sorted() {
                appendName(name)
                guard let element = dictionary[name], value(element) else { return false }
            }
            key.append(0x19)
            return true
        }

        mutating func appendCount(_ count: Int) {
            var rest = UInt(count)
            repeat {
                key.append(UInt8(rest & 0x7F) | (rest > 0x7F ? 0x80 : 0))
                rest >>= 7
            } while rest > 0
        }
    }
}

/// Any `Optional`, whatever it wraps.
private protocol OptionalValue {}
extension Optional: OptionalValue {}

/// The exact types page values mostly have.
private enum Types {
    static let string = ObjectIdentifier(String.self)
    static let bool = ObjectIdentifier(Bool.self)
    static let int = ObjectIdentifier(Int.self)
    static let dictionary = ObjectIdentifier([String: Any].self)
    static let dictionaries = ObjectIdentifier([[String: Any]].self)
    static let strings = ObjectIdentifier([String].self)
    static let texts = ObjectIdentifier([String: String].self)
}
