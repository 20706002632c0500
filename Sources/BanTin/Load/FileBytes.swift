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
        var bytes: [UInt8] = []
        var info = stat()
        if fstat(descriptor, &info) == 0, info.st_size > 0 { bytes.reserveCapacity(Int(info.st_size)) }
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { return bytes }
            if count < 0 {
                if errno == EINTR { continue }
                return nil
            }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }
}
