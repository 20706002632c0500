import Foundation
import Testing

@testable import BanTin

/// Paths and helpers shared by the tests.
enum TestSupport {
    /// The package folder (two levels above this file's folder).
    static let repoRoot: String = {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
    }()

    static let fixtures = repoRoot + "/Tests/BanTinTests/Fixtures"
    static let golden = repoRoot + "/Tests/BanTinTests/Golden"

    /// A fresh copy of a fixture site with the default theme, in its own temporary folder.
    static func site(_ fixture: String) throws -> String {
        let folder = NSTemporaryDirectory() + "bantin-test-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let site = folder + "/site"
        try FileManager.default.copyItem(atPath: fixtures + "/" + fixture, toPath: site)
        if !FileManager.default.fileExists(atPath: site + "/theme") {
            try FileManager.default.copyItem(atPath: repoRoot + "/theme", toPath: site + "/theme")
        }
        return site
    }

    static func read(_ path: String) -> String {
        (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    }

    static func write(_ text: String, to path: String) throws {
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: false, encoding: .utf8)
    }

    /// The `bantin` executable built beside the tests.
    static var executable: String? {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().path + "/bantin",
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().deletingLastPathComponent().path + "/bantin",
            repoRoot + "/.build/debug/bantin",
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    struct RunResult {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `bantin` with `arguments` and extra environment variables.
    static func run(_ arguments: [String], environment: [String: String] = [:], in directory: String? = nil) throws -> RunResult {
        let process = Process()
        guard let executable else { throw CocoaError(.fileNoSuchFile) }
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        process.environment = env
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return RunResult(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Every file below `folder` with its bytes, by relative path.
    static func tree(_ folder: String) -> [String: Data] {
        var files: [String: Data] = [:]
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return files }
        while let path = walker.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[path] = FileManager.default.contents(atPath: folder + "/" + path)
            }
        }
        return files
    }
}
