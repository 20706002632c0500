import Foundation

/// Debian's `chromium` and `chromium-driver` (installed by `scripts/requirements.sh`), started on
/// loopback for the browser tests, and stopped by their own process.
enum Browser {
    static let chromium: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }
    static let chromedriver: String? = ["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }
    static var available: Bool { chromium != nil && chromedriver != nil }
    static let missing = "chromium and chromedriver are not installed: browser tests skipped (apt-get install chromium chromium-driver)"

    /// A running chromedriver on a free loopback port.
    final class Driver: @unchecked Sendable {
        let process = Process()
        let endpoint: String

        init() throws {
            let port = try LoopbackSite.freePort()
            endpoint = "http://127.0.0.1:\(port)"
            process.executableURL = URL(fileURLWithPath: chromedriver ?? "/usr/bin/chromedriver")
            process.arguments = ["--port=\(port)"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
        }

        /// Waits until chromedriver answers.
        func ready() async throws {
            for _ in 0..<200 {
                if let answer = try? await WebDriver.request("GET", endpoint + "/status", nil),
                   (answer["value"] as? [String: Any])?["ready"] as? Bool == true {
                    return
                }
                try await Task.sleep(nanoseconds: 50_000_000)
            }
            throw WebDriver.Failure(description: "chromedriver did not start")
        }

        /// chromedriver ends on its `/shutdown` command (it outlives a plain SIGTERM while it
        /// has browsers); SIGKILL if it does not within five seconds.
        func stop() {
            guard process.isRunning else { return }
            let port = UInt16(endpoint.split(separator: ":").last ?? "") ?? 0
            _ = try? LoopbackHTTP.blockingSend("GET", port: port, path: "/shutdown", body: nil, timeout: 5)
            for _ in 0..<50 where process.isRunning { usleep(100_000) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
        }
    }

    /// Runs `body` with a headless browser session, then closes it and stops chromedriver.
    static func session(
        javascript: Bool = true, _ body: (WebDriver) async throws -> Void
    ) async throws {
        let driver = try Driver()
        defer { driver.stop() }
        try await driver.ready()
        let profile = NSTemporaryDirectory() + "bantin-chromium-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: profile) }
        let web = try await WebDriver.start(endpoint: driver.endpoint, profile: profile, javascript: javascript)
        do {
            try await body(web)
        } catch {
            await web.quit()
            throw error
        }
        await web.quit()
    }
}
