import Foundation

/// The process's resident memory now, read from `/proc/self/statm` (0 where there is none).
enum ResidentMemory {
    static func megabytes() -> Int {
        guard let bytes = FileBytes.read("/proc/self/statm") else { return 0 }
        let fields = String(decoding: bytes, as: UTF8.self).split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
    }
}
