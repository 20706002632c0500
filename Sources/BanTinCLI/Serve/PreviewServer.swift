import BanTin
import FlyingFox
import Foundation

/// `bantin serve`: builds the site into a private folder, serves it on loopback, rebuilds when
/// `site.yml`, `content/` or `theme/` change, and tells open pages to reload.
final class PreviewServer: Sendable {
    let options: BuildOptions
    let host: String
    let port: UInt16
    let output: String
    let state = PreviewState()
    let log: @Sendable (String) -> Void

    init(options: BuildOptions, host: String, port: UInt16, log: @escaping @Sendable (String) -> Void) {
        self.options = options
        self.host = host
        self.port = port
        self.output = NSTemporaryDirectory() + "bantin-serve-\(ProcessInfo.processInfo.processIdentifier)-\(port)/site"
        self.log = log
    }

    /// Builds once, then serves and watches until cancelled. `ready` gets the bound port.
    func run(ready: @escaping @Sendable (UInt16) -> Void = { _ in }) async throws {
        let address = try sockaddr_in.inet(ip4: host, port: port)
        let server = HTTPServer(address: address, timeout: 60, logger: .disabled)
        let files = StaticFiles(root: output)
        await server.appendRoute(HTTPRoute("GET \(LiveReload.path)")) { _ in
            HTTPResponse(statusCode: .ok, headers: [.contentType: "text/javascript; charset=utf-8"], body: Data(LiveReload.script.utf8))
        }
        await server.appendRoute(HTTPRoute("GET \(LiveReload.waitPath)")) { [state] request in
            let known = Int(request.query["v"] ?? "") ?? -1
            let now = await state.wait(after: known, timeout: 20)
            let body = (try? JSONSerialization.data(withJSONObject: ["version": now.version, "problems": now.problems])) ?? Data()
            return HTTPResponse(statusCode: .ok, headers: [.contentType: "application/json", .init("Cache-Control"): "no-store"], body: body)
        }
        await server.appendRoute("GET *") { [state] request in
            let version = await state.version
            return Self.respond(to: request.path, files: files, version: version)
        }
        await rebuild()
        let watcher = Task { await self.watch() }
        defer { watcher.cancel() }
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await server.run() }
            group.addTask {
                try await server.waitUntilListening()
                var bound = self.port
                if case .ip4(_, let actual)? = await server.listeningAddress { bound = actual }
                ready(bound)
            }
            try await group.waitForAll()
        }
    }

    static func respond(to path: String, files: StaticFiles, version: Int) -> HTTPResponse {
        guard let file = files.file(for: path), let data = FileBytes.read(file).map({ Data($0) }) else {
            let notFound = files.file(for: "/404.html").flatMap { FileBytes.read($0) }.map { Data($0) } ?? Data("404".utf8)
            let page = LiveReload.inject(into: String(decoding: notFound, as: UTF8.self), version: version)
            return HTTPResponse(statusCode: .notFound, headers: [.contentType: "text/html; charset=utf-8"], body: Data(page.utf8))
        }
        let type = StaticFiles.contentType(of: file)
        var body = data
        if type.hasPrefix("text/html") {
            body = Data(LiveReload.inject(into: String(decoding: data, as: UTF8.self), version: version).utf8)
        }
        return HTTPResponse(statusCode: .ok, headers: [.contentType: type, .init("Cache-Control"): "no-store"], body: body)
    }

    /// Builds on a plain thread (the build uses every core) and publishes the result.
    func rebuild() async {
        var prepared = self.options
        prepared.output = output
        let options = prepared
        let report = await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: SiteBuilder(options: options).build()) }
        }
        for diagnostic in report.diagnostics { log(diagnostic.formatted) }
        if report.succeeded {
            log(report.summaryLine)
        } else if FileManager.default.fileExists(atPath: output) {
            log("Dựng trang thất bại; vẫn phục vụ bản cũ. — Build failed; still serving the last good site.")
        } else {
            log("Dựng trang thất bại; chưa có trang nào để phục vụ, hãy sửa lỗi. — Build failed; no site to serve yet, fix the errors.")
        }
        await state.finished(report)
    }

    /// Polls the sources every 300 ms and rebuilds after a change.
    func watch() async {
        var last = SiteFingerprint.read(root: options.root)
        while !Task.isCancelled {
            try? await Task.sleep(nanoseconds: 300_000_000)
            let now = SiteFingerprint.read(root: options.root)
            if now != last {
                last = now
                log("Có thay đổi, dựng lại… — Change seen, rebuilding…")
                await rebuild()
            }
        }
    }
}
