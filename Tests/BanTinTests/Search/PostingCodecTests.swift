import Testing

@testable import BanTin

@Suite("Search: posting lists")
struct PostingCodecTests {
    /// Gaps below 3 share one digit with the weight; longer gaps follow the digit 48 + weight.
    static let cases: [([(Int, UInt8)], String)] = [
        ([(0, 1)], "1"),
        ([(0, 14), (1, 0)], "E0"),
        ([(2, 15)], "l"),
        ([(5, 9)], "v2"),
        ([(0, 0), (40, 3)], "0pX4"),
        ([(0, 1), (1_000, 4)], "1q_4"),
    ]

    @Test(arguments: cases)
    func encodes(_ postings: [(Int, UInt8)], _ expected: String) {
        let packed = postings.map { PostingCodec.pack(document: $0.0, weight: $0.1) }
        #expect(PostingCodec.encode(packed) == expected)
        let decoded = PostingCodec.decode(expected)
        #expect(decoded?.map(\.document) == postings.map(\.0))
        #expect(decoded?.map(\.weight) == postings.map(\.1))
    }

    @Test func roundTripsLargeGaps() {
        let ids = [0, 1, 2, 40, 1_023, 1_024, 99_999, 1_000_000]
        let packed = ids.map { PostingCodec.pack(document: $0, weight: 7) }
        #expect(PostingCodec.decode(PostingCodec.encode(packed))?.map(\.document) == ids)
    }

    @Test(arguments: [(1, 0), (2, 1), (3, 2), (4, 2), (5, 3), (7, 3), (8, 4), (12, 5), (18, 6), (27, 7), (1_000, 7)])
    func weightsStepThroughUses(_ uses: Int, _ step: UInt8) {
        #expect(PostingCodec.weight(title: false, uses: uses) == step)
        #expect(PostingCodec.weight(title: true, uses: uses) == 8 + step)
    }

    @Test func refusesForeignText() {
        #expect(PostingCodec.decode("0!") == nil)
        #expect(PostingCodec.decode("v") == nil)
    }

    @Test func shardKeysAreFNV1a() {
        // Reference values of 32-bit FNV-1a.
        #expect(SearchShardKey.hash("") == 0x811C_9DC5)
        #expect(SearchShardKey.hash("a") == 0xE40C_292C)
        #expect(SearchShardKey.hash("foobar") == 0xBF9C_F968)
        #expect(SearchShardKey.shard(of: "ho ngheo", count: 1) == 0)
    }
}
