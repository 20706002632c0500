/// Appends numbers and texts to a byte buffer in a fixed layout (little-endian 64-bit numbers,
/// texts as a length and their UTF-8 bytes), for files only bantin reads back (`BinaryReader`).
struct BinaryWriter {
    private(set) var bytes: [UInt8] = []

    mutating func int(_ value: Int) {
        withUnsafeBytes(of: Int64(value).littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func int64(_ value: Int64) { int(Int(value)) }

    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func string(_ value: String) {
        int(value.utf8.count)
        bytes.append(contentsOf: value.utf8)
    }

    mutating func strings(_ values: [String]) { list(values) { $0.string($1) } }

    mutating func optional<Value>(_ value: Value?, _ write: (inout BinaryWriter, Value) -> Void) {
        bool(value != nil)
        if let value { write(&self, value) }
    }

    mutating func list<Value>(_ values: [Value], _ write: (inout BinaryWriter, Value) -> Void) {
        int(values.count)
        for value in values { write(&self, value) }
    }
}
