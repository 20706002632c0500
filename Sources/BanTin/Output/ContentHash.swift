/// A stable 128-bit hash (two FNV-1a 64 lanes), as 32 hex digits. Unlike `Hasher` it is the same
/// in every process and on every machine, so it can key a cache kept on disk.
public struct ContentHash {
    private var first: UInt64 = 0xcbf2_9ce4_8422_2325
    private var second: UInt64 = 0x8422_2325_cbf2_9ce4

    public init() {}

    public static func hex(_ text: String) -> String {
        var hash = ContentHash()
        hash.add(text)
        return hash.hex
    }

    public mutating func add(_ text: String) {
        var first = self.first, second = self.second
        for byte in text.utf8 {
            first = (first ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            second = (second ^ UInt64(byte ^ 0x5A)) &* 0x0000_0100_0000_0193
        }
        self.first = first
        self.second = second
        addNumber(text.utf8.count)  // the length ends the string: no two sequences collide by shifting
    }

    public mutating func addNumber(_ value: Int) {
        var rest = UInt64(bitPattern: Int64(value))
        for _ in 0..<8 {
            let byte = UInt8(rest & 0xFF)
            first = (first ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            second = (second ^ UInt64(byte ^ 0x5A)) &* 0x0000_0100_0000_0193
            rest >>= 8
        }
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

    public var hex: String { Self.hex64(first) + Self.hex64(second) }

    private static func hex64(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
