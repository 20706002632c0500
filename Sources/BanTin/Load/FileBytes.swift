import Foundation

/// Reads whole files with POSIX calls.
///
/// Not `FileManager.contents(atPath:)`: on Linux (Swift 6.3) it reads an empty file into a 4 KiB
/// buffer, then returns `Data()` without freeing that buffer (swift-foundation `readDataFromFile`),
/// so every empty file read leaked 4 KiB: found by LeakSanitizer on the "empty file" hostile input.
public enum FileBytes {
    /// The whole file, or nil when it cannot be opened or read (missing, a folder, no permission).
    public static func read(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        // Read straight into the result, sized from `fstat` plus one byte to see the end in one
        // pass; a file that grows meanwhile just takes more rounds.
        var capacity = fstat(descriptor, &info) == 0 && info.st_size > 0 ? Int(info.st_size) + 1 : 4_096
        var bytes: [UInt8] = []
        while true {
            let start = bytes.count
            var failed = false
            var ended = false
            bytes.append(contentsOf: repeatElement(0, count: capacity))
            var filled = start
            bytes.withUnsafeMutableBytes { buffer in
                while filled < buffer.count {
                    let count = Glibc.read(descriptor, buffer.baseAddress.map { $0 + filled }, buffer.count - filled)
                    if count == 0 {
                        ended = true
                        return
                    }
                    if count < 0 {
                        if errno == EINTR { continue }
                        failed = true
                        return
                    }
                    filled += count
                }
            }
            bytes.removeLast(bytes.count - filled)
            if failed { return nil }
            if ended { return bytes }
            capacity = Swift.max(capacity, 65_536)
        }
    }

    /// Exactly `count` bytes from `descriptor`, or nil when the file ends first or cannot be read.
    public static func read(_ descriptor: Int32, exactly count: Int) -> [UInt8]? {
        guard count >= 0 else { return nil }
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            var filled = 0
            while filled < count {
                let got = Glibc.read(descriptor, buffer.baseAddress.map { $0 + filled }, count - filled)
                if got < 0, errno == EINTR { continue }
                if got <= 0 {
                    failed = true
                    break
                }
                filled += got
            }
            initialized = filled
        }
        return failed ? nil : bytes
    }
}
