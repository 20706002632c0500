/// A sentence pattern such as "Tại {place}, … {n} buổi …", parsed once into UTF-8 pieces.
struct TextTemplate: Sendable {
    /// Literal UTF-8 text or a slot.
    enum Piece: Sendable {
        case text([UInt8])
        case slot(Slot)
    }

    /// The pieces in order.
    let pieces: [Piece]

    /// Parses `source`; `{name}` must name a `Slot` (the templates are fixed program text).
    init(_ source: String) {
        var pieces: [Piece] = []
        var literal: [UInt8] = []
        var rest = Substring(source)
        while let open = rest.firstIndex(of: "{") {
            literal.append(contentsOf: rest[..<open].utf8)
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(of: "}") else {
                preconditionFailure("unclosed slot in template: \(source)")
            }
            guard let slot = Slot(rawValue: String(rest[afterOpen..<close])) else {
                preconditionFailure("unknown slot in template: \(source)")
            }
            if !literal.isEmpty { pieces.append(.text(literal)) }
            literal = []
            pieces.append(.slot(slot))
            rest = rest[rest.index(after: close)...]
        }
        literal.append(contentsOf: rest.utf8)
        if !literal.isEmpty { pieces.append(.text(literal)) }
        self.pieces = pieces
    }

    /// Parses a list of sources.
    static func list(_ sources: [String]) -> [TextTemplate] {
        sources.map(TextTemplate.init)
    }
}
