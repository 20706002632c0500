import Foundation

/// The `ArticleMemo` on disk, in `<site>/.bantin-cache/articles.bin`: a header line and the
/// memo's settings key, then chunks of about a megabyte (a length, then whole entries in path
/// order; the first chunk holds the resolver digest), an empty chunk, and the hash of the chunks.
///
/// Written and read a chunk at a time, so that at 100,000 articles the file (close to a gigabyte)
/// is never in memory beside the articles it describes. A missing, foreign, short or damaged file
/// (the hash does not match) gives no memo, which only means every article is parsed again. The
/// file is written beside itself and renamed over the old one, so a killed build leaves the old
/// memo or the new one, never half of one.
public enum ArticleMemoFile {
    static let header = Array("bantin-articles-4\n".utf8)
    static let chunkSize = 1 << 20

    public static func path(root: String) -> String {
        SiteWriter.absolute(root) + "/.bantin-cache/articles.bin"
    }

    /// The memo kept in `file`, when it was made with `settings` (nil, and nothing read past the
    /// header, when it was not).
    public static func load(_ file: String, settings: String) -> ArticleMemo? {
        let descriptor = open(file, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        var left = Int(info.st_size)
        return decode(settings: settings) { count in
            guard count <= left, let bytes = FileBytes.read(descriptor, exactly: count) else { return nil }
            left -= count
            return bytes
        }
    }

    public static func save(_ memo: ArticleMemo, to file: String) {
        let temporary = file + ".\(getpid()).tmp"
        try? FileManager.default.createDirectory(
            atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return }
        var failed = false
        encode(memo) { bytes in
            if !failed, (try? FileWriter.write(bytes, to: descriptor)) == nil { failed = true }
        }
        close(descriptor)
        // Losing the memo only costs a full parse next time.
        if failed || rename(temporary, file) != 0 { unlink(temporary) }
    }

    /// The file's bytes, given to `write` a piece at a time.
    static func encode(_ memo: ArticleMemo, write: (ArraySlice<UInt8>) -> Void) {
        write(ArraySlice(header + Array((memo.settings + "\n").utf8)))
        var hash = ContentHash()
        var chunk = BinaryWriter()
        func flush() {
            var length = BinaryWriter()
            length.int(chunk.bytes.count)
            write(ArraySlice(length.bytes))
            write(ArraySlice(chunk.bytes))
            hash.add(bytes: chunk.bytes)
            chunk = BinaryWriter()
        }
        chunk.string(memo.resolver)
        flush()
        for path in memo.entries.keys.sorted() {
            guard let entry = memo.entries[path] else { continue }
            chunk.string(path)
            chunk.entry(entry)
            if chunk.bytes.count >= chunkSize { flush() }
        }
        if !chunk.bytes.isEmpty { flush() }
        flush()  // the empty chunk: the end
        write(ArraySlice(hash.hex.utf8))
    }

    static func encode(_ memo: ArticleMemo) -> [UInt8] {
        var bytes: [UInt8] = []
        encode(memo) { bytes += $0 }
        return bytes
    }

    static func decode(_ bytes: [UInt8], settings wanted: String? = nil) -> ArticleMemo? {
        var offset = 0
        let memo = decode(settings: wanted) { count in
            guard count <= bytes.count - offset else { return nil }
            defer { offset += count }
            return Array(bytes[offset..<offset + count])
        }
        guard offset == bytes.count, let memo else { return nil }
        return memo
    }

    /// Reads a memo made with `wanted` settings (any, if nil) through `read`, which gives exactly
    /// the bytes asked for, or nil.
    private static func decode(settings wanted: String?, _ read: (Int) -> [UInt8]?) -> ArticleMemo? {
        guard let head = read(header.count + 33), head.starts(with: header), head.last == UInt8(ascii: "\n") else { return nil }
        let settings = String(decoding: head[header.count..<header.count + 32], as: UTF8.self)
        if let wanted, wanted != settings { return nil }
        var hash = ContentHash()
        func chunk() -> [UInt8]? {
            guard let lengthBytes = read(8) else { return nil }
            var lengthReader = BinaryReader(lengthBytes)
            guard let length = try? lengthReader.int(), length >= 0, let bytes = read(length) else { return nil }
            hash.add(bytes: bytes)
            return bytes
        }
        do {
            guard let first = chunk() else { return nil }
            var reader = BinaryReader(first)
            var memo = ArticleMemo(settings: settings, resolver: try reader.string())
            guard reader.atEnd else { return nil }
            // Chunks are read in order and decoded 32 at a time on every core.
            var ended = false
            while !ended {
                var batch: [[UInt8]] = []
                while batch.count < 32 {
                    guard let bytes = chunk() else { return nil }
                    if bytes.isEmpty {
                        ended = true
                        break
                    }
                    batch.append(bytes)
                }
                let decoded = batch.parallelMap { bytes -> [(String, ArticleMemo.Entry)]? in
                    var reader = BinaryReader(bytes)
                    var pairs: [(String, ArticleMemo.Entry)] = []
                    while !reader.atEnd {
                        guard let path = try? reader.string(), let entry = try? reader.entry() else { return nil }
                        pairs.append((path, entry))
                    }
                    return pairs
                }
                for pairs in decoded {
                    guard let pairs else { return nil }
                    for (path, entry) in pairs { memo.entries[path] = entry }
                }
            }
            guard let trailer = read(32), trailer == Array(hash.hex.utf8) else { return nil }
            return memo
        } catch {
            return nil
        }
    }
}
