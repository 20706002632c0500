import Foundation

/// Forms (the exact bytes of a syllable or a pair, with their folded bytes) by number, in an
/// open-addressing table keyed by the FNV-1a hash of the exact bytes; equal hashes are told apart
/// by comparing the bytes, so equal bytes always get one number. Bytes live in two flat arrays.
///
/// This is the index's hottest code (two lookups per syllable of every article): hashing
/// `String`s in a `Dictionary` normalises them first, which cost most of the time of a first version.
struct SearchFormTable: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private var mask: Int
    private var exactBytes: [UInt8] = []
    private var exactStarts: [Int] = [0]
    private var foldedBytes: [UInt8] = []
    private var foldedStarts: [Int] = [0]

    init(capacity: Int = 1_024) {
        let size = Self.slots(for: capacity)
        keys = [UInt64](repeating: 0, count: size)
        values = [Int32](repeating: 0, count: size)
        mask = size - 1
    }

    var count: Int { exactStarts.count - 1 }

    /// Slots of an open-addressing table for `capacity` entries: a power of two, at most half full.
    static func slots(for capacity: Int) -> Int {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        return size
    }

    func exact(_ id: Int) -> String { String(decoding: exactBytes[exactStarts[id]..<exactStarts[id + 1]], as: UTF8.self) }
    func folded(_ id: Int) -> String { String(decoding: foldedBytes[foldedStarts[id]..<foldedStarts[id + 1]], as: UTF8.self) }

    /// Calls `body` with the exact and folded bytes of form `id`.
    func withForm<Result>(_ id: Int, _ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        exactBytes.withUnsafeBufferPointer { exact in
            foldedBytes.withUnsafeBufferPointer { folded in
                body(
                    UnsafeBufferPointer(rebasing: exact[exactStarts[id]..<exactStarts[id + 1]]),
                    UnsafeBufferPointer(rebasing: folded[foldedStarts[id]..<foldedStarts[id + 1]]))
            }
        }
    }

    /// The number of a form, given the next one if it is new.
    mutating func id(exact: UnsafeBufferPointer<UInt8>, folded: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in exact { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        if hash == 0 { hash = 1 }  // 0 marks an empty slot
        var slot = Int(truncatingIfNeeded: hash ^ (hash >> 32)) & mask
        while true {
            let key = keys[slot]
            if key == 0 { break }
            if key == hash, equal(Int(values[slot]), exact) { return Int(values[slot]) }
            slot = (slot + 1) & mask
        }
        let id = count
        keys[slot] = hash
        values[slot] = Int32(id)
        exactBytes.append(contentsOf: exact)
        exactStarts.append(exactBytes.count)
        foldedBytes.append(contentsOf: folded)
        foldedStarts.append(foldedBytes.count)
        if count * 2 > keys.count { grow() }
        return id
    }

    private func equal(_ id: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = exactStarts[id], length = exactStarts[id + 1] - start
        guard length == bytes.count else { return false }
        guard length > 0, let other = bytes.baseAddress else { return true }
        return exactBytes.withUnsafeBufferPointer { stored in
            guard let base = stored.baseAddress else { return false }
            return memcmp(base + start, other, length) == 0
        }
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        values = [Int32](repeating: 0, count: oldKeys.count * 2)
        mask = keys.count - 1
        for (key, value) in zip(oldKeys, oldValues) where key != 0 {
            var slot = Int(truncatingIfNeeded: key ^ (key >> 32)) & mask
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = value
        }
    }
}
