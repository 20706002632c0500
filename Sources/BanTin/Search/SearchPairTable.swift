/// The form number of each pair of syllables, by the numbers of its two syllables, in an
/// open-addressing table of 64-bit keys.
///
/// One lookup per pair of neighbouring syllables of every article: a `Dictionary` hashes its
/// keys with SipHash, which showed up in profiles; a multiplicative hash is enough here, since
/// the keys are small counters chosen by the index, not by the text.
struct SearchPairTable: Sendable {
    /// `first + 1` in the high half (so no key is 0, which marks an empty slot), `second` below.
    private var keys: [UInt64]
    private var values: [Int32]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 1_024) {
        let size = SearchFormTable.slots(for: capacity)
        keys = [UInt64](repeating: 0, count: size)
        values = [Int32](repeating: 0, count: size)
        mask = size - 1
    }

    private static func key(_ first: Int, _ second: Int) -> UInt64 {
        UInt64(truncatingIfNeeded: first + 1) << 32 | UInt64(truncatingIfNeeded: second) & 0xFFFF_FFFF
    }

    private static func slot(of key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// The number stored for the pair `first`, `second`, or nil.
    func value(_ first: Int, _ second: Int) -> Int? {
        let key = Self.key(first, second)
        var slot = Self.slot(of: key, mask: mask)
        while true {
            let stored = keys[slot]
            if stored == key { return Int(values[slot]) }
            if stored == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    /// Stores `value` for the pair `first`, `second` (replacing an earlier one).
    mutating func set(_ first: Int, _ second: Int, to value: Int) {
        let key = Self.key(first, second)
        var slot = Self.slot(of: key, mask: mask)
        while keys[slot] != 0, keys[slot] != key { slot = (slot + 1) & mask }
        if keys[slot] == 0 { count += 1 }
        keys[slot] = key
        values[slot] = Int32(truncatingIfNeeded: value)
        if count * 2 > keys.count { grow() }
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        values = [Int32](repeating: 0, count: oldKeys.count * 2)
        mask = keys.count - 1
        for (key, value) in zip(oldKeys, oldValues) where key != 0 {
            var slot = Self.slot(of: key, mask: mask)
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = value
        }
    }
}
