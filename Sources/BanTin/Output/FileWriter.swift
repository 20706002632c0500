import Foundation

/// Plain POSIX file operations: no `fsync` per file (Foundation's writes pay ~0.5 ms each for it).
/// The build is made durable once, by the atomic folder swap.
enum FileWriter {
    struct Failure: Error, Sendable {
        let path: String
        let reason: String
    }

    static func write(_ bytes: some Collection<UInt8>, to path: String) throws(Failure) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure(path: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        try write(bytes, to: descriptor, path: path)
    }

    /// Writes all of `bytes` to an open file.
    static func write(_ bytes: some Collection<UInt8>, to descriptor: Int32, path: String = "") throws(Failure) {
        let array = Array(bytes)
        var offset = 0
        while offset < array.count {
            let written = array.withUnsafeBytes { buffer in
                Glibc.write(descriptor, buffer.baseAddress.map { $0 + offset }, array.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw Failure(path: path, reason: String(cString: strerror(errno)))
            }
            offset += written
        }
    }

    static func write(_ text: String, to path: String) throws(Failure) {
        try write(text.utf8, to: path)
    }

    /// Writes a new file; fails if anything is already at `path` (never overwrites).
    static func create(_ text: String, at path: String) throws(Failure) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure(path: path, reason: String(cString: strerror(errno))) }
        close(descriptor)
        try write(text, to: path)
    }

    /// Copies a file by streaming it in 256 KB blocks.
    static func copy(from source: String, to destination: String) throws(Failure) {
        let input = open(source, O_RDONLY | O_CLOEXEC)
        guard input >= 0 else { throw Failure(path: source, reason: String(cString: strerror(errno))) }
        defer { close(input) }
        let output = open(destination, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard output >= 0 else { throw Failure(path: destination, reason: String(cString: strerror(errno))) }
        defer { close(output) }
        var buffer = [UInt8](repeating: 0, count: 256 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
            if count == 0 { return }
            if count < 0 {
                if errno == EINTR { continue }
                throw Failure(path: source, reason: String(cString: strerror(errno)))
            }
            var offset = 0
            while offset < count {
                let written = buffer.withUnsafeBytes { Glibc.write(output, $0.baseAddress.map { $0 + offset }, count - offset) }
                if written < 0 {
                    if errno == EINTR { continue }
                    throw Failure(path: destination, reason: String(cString: strerror(errno)))
                }
                offset += written
            }
        }
    }

    /// Creates `path` and its parents.
    static func makeDirectory(_ path: String) throws(Failure) {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw Failure(path: path, reason: error.localizedDescription)
        }
    }
}
