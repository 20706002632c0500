import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Tells when something under the site's `content/` or `theme/`, or `site.yml`, may have
/// changed, as soon as the system says so (Linux inotify), so a save reaches the preview in
/// milliseconds instead of at the next poll. Where inotify is missing or runs out of watches,
/// `isWatching` is false and the server polls instead.
final class ChangeWatcher: @unchecked Sendable {
    private let root: String
    private let descriptor: Int32
    /// Watch descriptors → folders relative to the root (touched by the reading thread only
    /// after `start`).
    private var folders: [Int32: String] = [:]
    private(set) var isWatching = false
    private let lock = NSLock()
    private var stopped = false

    init(root: String) {
        self.root = root
        #if os(Linux)
        descriptor = inotify_init1(Int32(IN_CLOEXEC))
        guard descriptor >= 0 else { return }
        isWatching = add(folder: "", recursive: false)
            && add(folder: "content", recursive: true) && add(folder: "theme", recursive: true)
        #else
        descriptor = -1
        #endif
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    private var isStopped: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopped
    }

    /// Ends the reading thread within half a second.
    func stop() {
        lock.lock()
        stopped = true
        lock.unlock()
    }

    #if os(Linux)
    private static let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_DELETE_SELF | IN_ATTRIB)

    /// Watches `folder` (and, when `recursive`, every folder below it but hidden ones).
    private func add(folder: String, recursive: Bool) -> Bool {
        let absolute = folder.isEmpty ? root : root + "/" + folder
        let watch = inotify_add_watch(descriptor, absolute, Self.mask)
        guard watch >= 0 else { return errno == ENOENT }  // a missing theme/ is the loader's to report
        folders[watch] = folder
        guard recursive else { return true }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: absolute)) ?? []).sorted()
        for name in names where !name.hasPrefix(".") {
            var info = stat()
            let path = folder + "/" + name
            if lstat(root + "/" + path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR, !add(folder: path, recursive: true) {
                return false
            }
        }
        return true
    }
    #endif

    /// Calls `changed` from a thread of its own after every batch of events that concern the
    /// site, until the process ends.
    func start(_ changed: @escaping @Sendable () -> Void) {
        #if os(Linux)
        guard isWatching else { return }
        let thread = Thread { [self] in
            var buffer = [UInt8](repeating: 0, count: 64 * 1024)
            while !isStopped {
                // Waits half a second at most, so `stop` ends the thread.
                var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                let waiting = poll(&ready, 1, 500)
                if waiting == 0 || (waiting < 0 && errno == EINTR) { continue }
                if waiting < 0 { return }
                let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                if count <= 0 {
                    if count < 0 && errno == EINTR { continue }
                    return
                }
                var relevant = false
                var offset = 0
                let headerSize = MemoryLayout<inotify_event>.size
                while offset + headerSize <= count {
                    let event = buffer.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: inotify_event.self) }
                    let nameLength = Int(event.len)
                    var name = ""
                    if nameLength > 0, offset + headerSize + nameLength <= count {
                        let bytes = buffer[(offset + headerSize)..<(offset + headerSize + nameLength)].prefix { $0 != 0 }
                        name = String(decoding: bytes, as: UTF8.self)
                    }
                    offset += headerSize + nameLength
                    guard let folder = folders[event.wd] else { continue }
                    if folder.isEmpty && name != "site.yml" { continue }  // the root: only site.yml
                    if name.hasPrefix(".") && !folder.isEmpty { continue }  // editors' swap files
                    relevant = true
                    let isFolder = event.mask & UInt32(IN_ISDIR) != 0
                    if isFolder, event.mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0, !name.isEmpty {
                        _ = add(folder: folder + "/" + name, recursive: true)
                    }
                }
                if relevant { changed() }
            }
        }
        thread.name = "bantin-watch"
        thread.start()
        #endif
    }
}
