/// Reads what `BinaryWriter` wrote. Every read is checked against the end of the bytes: a short
/// or damaged file throws `Damaged`, never reads out of bounds.
struct BinaryReader {
    struct Damaged: Error {}

    private let bytes: [UInt8]
    private(set) var offset: Int

    init(_ bytes: [UInt8], from offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
    }

    var atEnd: Bool { offset == bytes.count }

    mutating func int() throws -> Int {
        guard offset >= 0, bytes.count - offset >= 8 else { throw Damaged() }
        let value = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: Int64.self) }
        offset += 8
        return Int(Int64(littleEndian: value))
    }

    mutating func int64() throws -> Int64 { Int64(try int()) }

    mutating func bool() throws -> Bool {
        guard offset >= 0, offset < bytes.count else { throw Damaged() }
        defer { offset += 1 }
        switch bytes[offset] {
        case 0: return false
        case 1: return true
        default: throw Damaged()
        }
    }

    mutating func string() throws -> String {
        let count = try int()
        guard count >= 0, count <= bytes.count - offset else { throw Damaged() }
        defer { offset += count }
        return String(decoding: bytes[offset..<offset + count], as: UTF8.self)
    }

    mutating func strings() throws -> [String] { try list { try $0.string() } }

    mutating func optional<Value>(_ read: (inout BinaryReader) throws -> Value) throws -> Value? {
        guard try bool() else { return nil }
        return try read(&self)
    }

    /// A list; its count is checked against the bytes left (every item takes at least one).
    mutating func list<Value>(_ read: (inout BinaryReader) throws -> Value) throws -> [Value] {
        let count = try int()
        guard count >= 0, count <= bytes.count - offset else { throw Damaged() }
        var values: [Value] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try read(&self)) }
        return values
    }
}
