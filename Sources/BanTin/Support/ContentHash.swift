/// A stable 128-bit hash (two multiply–rotate lanes over 64-bit words), as 32 hex digits. Unlike
/// `Hasher` it is the same in every process and on every machine, so it can key a cache kept on
/// disk. Not for security: it keys the build cache, where a collision could only keep a stale page.
/// Eight bytes a step: hashing every written page is a few percent of a build, not a tenth.
public struct ContentHash: Sendable {
    private var first: UInt64 = 0xcbf2_9ce4_8422_2325
    private var second: UInt64 = 0x8422_2325_cbf2_9ce4

    public init() {}

    public static func hex(_ text: String) -> String {
        var hash = ContentHash()
        hash.add(text)
        return hash.hex
    }

    public mutating func add(_ text: String) {
        var text = text
        text.makeContiguousUTF8()
        let count = text.utf8.count
        _ = text.utf8.withContiguousStorageIfAvailable { bytes in add(bytes: UnsafeRawBufferPointer(bytes)) }
        addNumber(count)  // the length ends the string: no two sequences collide by shifting
    }

    /// Adds `bytes`, then their count.
    public mutating func add(bytes: [UInt8]) {
        bytes.withUnsafeBytes { add(bytes: $0) }
        addNumber(bytes.count)
    }

    /// Adds `bytes`, then their count: the same as adding them as an array.
    public mutating func add(bytes: ArraySlice<UInt8>) {
        bytes.withUnsafeBytes { add(bytes: $0) }
        addNumber(bytes.count)
    }

    private mutating func mix(_ word: UInt64) {
        let a = (first ^ word) &* 0x9E37_79B9_7F4A_7C15
        let b = (second ^ word) &* 0xC2B2_AE3D_27D4_EB4F
        first = (a << 29) | (a >> 35)
        second = (b << 31) | (b >> 33)
    }

    private mutating func add(bytes: UnsafeRawBufferPointer) {
        var offset = 0
        while offset + 8 <= bytes.count {
            mix(UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
            offset += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while offset < bytes.count {
            tail |= UInt64(bytes[offset]) << shift
            shift += 8
            offset += 1
        }
        if shift > 0 { mix(tail) }
    }

    public mutating func addNumber(_ value: Int) {
        mix(UInt64(bitPattern: Int64(value)) ^ 0xA5A5_A5A5_0000_0000)
    }

    /// Adds template values: strings, numbers, booleans, arrays and dictionaries (keys sorted),
    /// each tagged with its kind, straight into the hash without building any text.
    public mutating func add(value: Any) {
        switch value {
        case let text as String:
            addNumber(1)
            add(text)
        case let flag as Bool:
            addNumber(flag ? 3 : 2)
        case let number as Int:
            addNumber(4)
            addNumber(number)
        case let map as [String: Any]:
            addNumber(5)
            addNumber(map.count)
            for key in map.keys.sorted() {
                add(key)
                if let item = map[key] { add(value: item) }
            }
        case let list as [[String: Any]]:  // before [Any]: no conversion of the array
            addNumber(6)
            addNumber(list.count)
            for item in list { add(value: item) }
        case let list as [String]:
            addNumber(6)
            addNumber(list.count)
            for item in list {
                addNumber(1)
                add(item)
            }
        case let list as [Any]:
            addNumber(6)
            addNumber(list.count)
            for item in list { add(value: item) }
        default:
            addNumber(7)
            add(String(describing: value))
        }
    }

    public var hex: String {
        var a = first, b = second
        // Final avalanche, so that every input bit reaches every output digit.
        for _ in 0..<2 {
            a = (a ^ (a >> 33) ^ b) &* 0xFF51_AFD7_ED55_8CCD
            b = (b ^ (b >> 29) ^ a) &* 0xC4CE_B9FE_1A85_EC53
        }
        return Self.hex64(a ^ (a >> 32)) + Self.hex64(b ^ (b >> 32))
    }

    private static func hex64(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
