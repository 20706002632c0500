import Testing

@testable import BanTin

/// The table of pairs the index keeps while counting: every pair stored is found, others are not.
@Suite("Search: pair table")
struct SearchPairTableTests {
    @Test func findsWhatItStoresThroughGrowth() {
        var table = SearchPairTable(capacity: 4)
        var expected: [Int: Int] = [:]
        var value = 0
        for first in stride(from: 0, to: 3_000, by: 7) {
            for second in [0, 1, first, 65_535, 1 << 31 - 1] {
                table.set(first, second, to: value)
                expected[first << 32 | second] = value
                value += 1
            }
        }
        #expect(table.count == expected.count)
        for (key, value) in expected { #expect(table.value(key >> 32, key & 0xFFFF_FFFF) == value) }
        #expect(table.value(1, 0) == nil)
        #expect(table.value(0, 2) == nil)
        #expect(table.value(3_001, 0) == nil)
    }

    @Test func setReplacesAnEarlierValue() {
        var table = SearchPairTable()
        table.set(5, 6, to: 1)
        table.set(5, 6, to: 2)
        table.set(6, 5, to: 3)
        #expect(table.count == 2)
        #expect(table.value(5, 6) == 2)
        #expect(table.value(6, 5) == 3)
    }
}
