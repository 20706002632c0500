/// Which shard holds a folded syllable or pair: FNV-1a (32 bits) of its UTF-8 bytes, modulo the
/// number of shards (a power of two). `search.js` computes the same with `Math.imul`.
public enum SearchShardKey {
    public static func hash(_ key: String) -> UInt32 {
        var hash: UInt32 = 0x811C_9DC5
        for byte in key.utf8 {
            hash ^= UInt32(byte)
            hash = hash &* 0x0100_0193
        }
        return hash
    }

    public static func shard(of key: String, count: Int) -> Int { Int(hash(key) % UInt32(max(1, count))) }
}
