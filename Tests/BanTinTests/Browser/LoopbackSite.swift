import FlyingFox
import Foundation

@testable import BanTin
@testable import BanTinCLI

/// A built site served as it is (no reload script) on a free port of 127.0.0.1, with the same
/// rules as `bantin serve`: folders answer with `index.html`, unknown paths with `404.html`.
final class LoopbackSite: @unchecked Sendable {
    let root: String
    private var task: Task<Void, Error>?
    private(set) var port: UInt16 = 0

    init(root: String) { self.root = root }

    var base: String { "http://127.0.0.1:\(port)" }

    func start() async throws {
        let server = HTTPServer(address: try .inet(ip4: "127.0.0.1", port: 0), timeout: 60, logger: .disabled)
        let files = StaticFiles(root: root)
        await server.appendRoute("GET *") { request in
            guard let file = files.file(for: request.path), let data = FileManager.default.contents(atPath: file) else {
                let page = files.file(for: "/404.html").flatMap { FileManager.default.contents(atPath: $0) } ?? Data()
                return HTTPResponse(statusCode: .notFound, headers: [.contentType: "text/html; charset=utf-8"], body: page)
            }
            return HTTPResponse(statusCode: .ok, headers: [.contentType: StaticFiles.contentType(of: file)], body: data)
        }
        task = Task { try await server.run() }
        try await server.waitUntilListening()
        if case .ip4(_, let bound)? = await server.listeningAddress { port = bound }
    }

    func stop() { task?.cancel() }

    /// A port that was free a moment ago.
    static func freePort() throws -> UInt16 {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer -> Int32 in
                guard bind(socket, pointer, length) == 0 else { return -1 }
                return getsockname(socket, pointer, &length)
            }
        }
        guard bound == 0 else { throw WebDriver.Failure(description: "no free port") }
        return UInt16(bigEndian: address.sin_port)
    }

    /// The example site of the repository (`content/`, `site.yml`, `theme/`) built into a fresh
    /// temporary folder (so the repository's own `public/` and cache are left alone).
    static func buildExample() throws -> String {
        let folder = NSTemporaryDirectory() + "bantin-e2e-\(UUID().uuidString)"
        let site = folder + "/site"
        try FileManager.default.createDirectory(atPath: site, withIntermediateDirectories: true)
        for item in ["content", "theme", "site.yml"] {
            try FileManager.default.copyItem(atPath: TestSupport.repoRoot + "/" + item, toPath: site + "/" + item)
        }
        let report = SiteBuilder(options: BuildOptions(root: site, output: folder + "/public")).build()
        guard report.succeeded else {
            throw WebDriver.Failure(description: report.diagnostics.map(\.formatted).joined(separator: "\n"))
        }
        return folder + "/public"
    }
}
