import Foundation
import Testing

@testable import BanTin

/// `FileBytes.read`, which replaced `FileManager.contents(atPath:)` (that one leaks 4 KiB for each
/// empty file on Linux; the AddressSanitizer stage of `scripts/test` checks for leaks).
@Suite("Reading files")
struct FileBytesTests {
    @Test func readsWholeFilesEmptyOnesAndRefusesTheRest() throws {
        let folder = NSTemporaryDirectory() + "bantin-filebytes-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let big = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        try Data(big).write(to: URL(fileURLWithPath: folder + "/big"))
        try Data().write(to: URL(fileURLWithPath: folder + "/empty"))
        #expect(FileBytes.read(folder + "/big") == big)
        #expect(FileBytes.read(folder + "/empty") == [])
        #expect(FileBytes.read(folder + "/missing") == nil)
        #expect(FileBytes.read(folder) == nil, "a folder is not a file")
    }
}
