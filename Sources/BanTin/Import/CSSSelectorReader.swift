/// Reads the text of a `CSSSelector`, one character at a time, reporting the column where it
/// stops making sense.
struct CSSSelectorReader {
    typealias Complex = CSSSelector.Complex
    typealias Compound = CSSSelector.Compound
    typealias ParseError = CSSSelector.ParseError

    private let characters: [Character]
    private var position = 0

    init(_ text: String) {
        characters = Array(text)
    }

    private var current: Character? { position < characters.count ? characters[position] : nil }

    private func failure(vi: String, en: String, at place: Int? = nil) -> ParseError {
        ParseError(column: (place ?? position) + 1, vi: vi, en: en)
    }

    private func unexpected() -> ParseError {
        guard let current else {
            return failure(vi: "Bộ chọn kết thúc giữa chừng.", en: "The selector ends too early.")
        }
        return failure(vi: "Ký tự \"\(current)\" không được hiểu ở đây.", en: "Unexpected character \"\(current)\".")
    }

    private mutating func skipSpaces() -> Bool {
        let start = position
        while let current, current.isWhitespace { position += 1 }
        return position > start
    }

    private static func isNameCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "-" || character == "_" || !character.isASCII
    }

    private mutating func name(_ what: (vi: String, en: String)) throws(ParseError) -> String {
        let start = position
        while let current, Self.isNameCharacter(current) { position += 1 }
        guard position > start else {
            if current == nil {
                throw failure(vi: "Thiếu \(what.vi) ở cuối bộ chọn.", en: "Missing \(what.en) at the end of the selector.")
            }
            throw failure(vi: "Thiếu \(what.vi) trước \"\(current.map(String.init) ?? "")\".",
                          en: "Missing \(what.en) before \"\(current.map(String.init) ?? "")\".")
        }
        return String(characters[start..<position])
    }

    mutating func readList() throws(ParseError) -> [Complex] {
        var list: [Complex] = []
        _ = skipSpaces()
        guard current != nil else {
            throw failure(vi: "Bộ chọn đang trống.", en: "The selector is empty.")
        }
        while true {
            if current == "," {
                throw failure(vi: "Thiếu bộ chọn trước dấu phẩy.", en: "A selector is missing before the comma.")
            }
            list.append(try readComplex())
            guard current == "," else { break }
            position += 1
            _ = skipSpaces()
            if current == nil {
                throw failure(vi: "Thiếu bộ chọn sau dấu phẩy.", en: "A selector is missing after the comma.", at: position - 1)
            }
        }
        if current != nil { throw unexpected() }
        return list
    }

    private mutating func readComplex() throws(ParseError) -> Complex {
        var complex = Complex(compounds: [try readCompound()], combinators: [])
        while true {
            let spaced = skipSpaces()
            guard let next = current, next != "," else { return complex }
            if next == ">" {
                let at = position
                position += 1
                _ = skipSpaces()
                guard current != nil, current != ",", current != ">" else {
                    throw failure(vi: "Thiếu bộ chọn sau dấu \">\".", en: "A selector is missing after \">\".", at: at)
                }
                complex.combinators.append(.child)
            } else if spaced {
                complex.combinators.append(.descendant)
            } else {
                throw unexpected()
            }
            complex.compounds.append(try readCompound())
        }
    }

    private mutating func readCompound() throws(ParseError) -> Compound {
        var compound = Compound()
        if current == "*" {
            compound.name = "*"
            position += 1
        } else if let current, Self.isNameCharacter(current) {
            compound.name = try name(("tên thẻ", "an element name")).lowercased()
        }
        loop: while let next = current {
            switch next {
            case "#":
                position += 1
                compound.id = try name(("tên sau dấu #", "a name after #"))
            case ".":
                position += 1
                compound.classes.append(try name(("tên lớp sau dấu chấm", "a class name after the dot")))
            case "[":
                compound.attributes.append(try readAttribute())
            case ":":
                let at = position
                position += 1
                let pseudo = try name(("tên sau dấu hai chấm", "a name after the colon")).lowercased()
                switch pseudo {
                case "first-child": compound.firstChild = true
                case "last-child": compound.lastChild = true
                default:
                    throw failure(vi: "Không hỗ trợ \":\(pseudo)\" (chỉ có :first-child và :last-child).",
                                  en: "\":\(pseudo)\" is not supported (only :first-child and :last-child).", at: at)
                }
            default:
                break loop
            }
        }
        if compound.isEmpty { throw unexpected() }
        return compound
    }

    private mutating func readAttribute() throws(ParseError) -> CSSSelector.AttributeTest {
        let open = position
        position += 1
        _ = skipSpaces()
        let attribute = try name(("tên thuộc tính", "an attribute name")).lowercased()
        _ = skipSpaces()
        var test = CSSSelector.AttributeTest(name: attribute, operation: .exists, value: "")
        if current == "]" {
            position += 1
            return test
        }
        let operations: [Character: CSSSelector.AttributeTest.Operation] = [
            "~": .word, "*": .contains, "^": .prefix, "$": .suffix,
        ]
        if current == "=" {
            test.operation = .equals
            position += 1
        } else if let next = current, let operation = operations[next], position + 1 < characters.count,
                  characters[position + 1] == "=" {
            test.operation = operation
            position += 2
        } else if current == nil {
            throw failure(vi: "Thiếu dấu \"]\" đóng ngoặc mở ở cột \(open + 1).",
                          en: "Missing \"]\" for the bracket opened at column \(open + 1).")
        } else {
            throw unexpected()
        }
        _ = skipSpaces()
        if let quote = current, quote == "\"" || quote == "'" {
            let start = position
            position += 1
            let valueStart = position
            while let next = current, next != quote { position += 1 }
            guard current == quote else {
                throw failure(vi: "Dấu nháy mở ở cột \(start + 1) chưa được đóng.",
                              en: "The quote opened at column \(start + 1) is not closed.", at: start)
            }
            test.value = String(characters[valueStart..<position])
            position += 1
        } else {
            test.value = try name(("giá trị thuộc tính", "an attribute value"))
        }
        _ = skipSpaces()
        guard current == "]" else {
            if current == nil {
                throw failure(vi: "Thiếu dấu \"]\" đóng ngoặc mở ở cột \(open + 1).",
                              en: "Missing \"]\" for the bracket opened at column \(open + 1).")
            }
            throw unexpected()
        }
        position += 1
        return test
    }
}
