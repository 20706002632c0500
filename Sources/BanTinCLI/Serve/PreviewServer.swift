import BanTin
import FlyingFox
import Foundation

/// `bantin serve`: keeps the site in memory (`ResidentSite`), serves it on loopback, builds it
/// again from memory when `site.yml`, `content/` or `theme/` change, and tells open pages to
/// reload. Pages are rendered when asked for; nothing is written to disk.
final class PreviewServer: Sendable {
    let options: BuildOptions
    let host: String
    let port: UInt16
    let state = PreviewState()
    let log: @Sendable (String) -> Void

    init(options: BuildOptions, host: String, port: UInt16, log: @escaping @Sendable (String) -> Void) {
        self.options = options
        self.host = host
        self.port = port
        self.log = log
    }

    /// Builds once, then serves and watches until cancelled. `ready` gets the bound port.
    func run(ready: @escaping @Sendable (UInt16) -> Void = { _ in }) async throws {
        let address = try sockaddr_in.inet(ip4: host, port: port)
        let server = HTTPServer(address: address, timeout: 60, logger: .disabled)
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
            let site = await state.site
            return Self.respond(to: request.path, site: site, version: site.version)
        }
        await rebuild()
        let watching = Task { await self.watch() }
        defer { watching.cancel() }
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

    static func respond(to path: String, site: ResidentSite, version: Int) -> HTTPResponse {
        guard let file = SitePath.outputPath(for: path, in: site), let data = site.file(at: file) else {
            let notFound = site.file(at: "404.html").map { String(decoding: $0, as: UTF8.self) } ?? "404"
            let page = LiveReload.inject(into: notFound, version: version)
            return HTTPResponse(statusCode: .notFound, headers: [.contentType: "text/html; charset=utf-8"], body: Data(page.utf8))
        }
        let type = MediaType.of(file)
        var body = Data(data)
        if type.hasPrefix("text/html") {
            body = Data(LiveReload.inject(into: String(decoding: data, as: UTF8.self), version: version).utf8)
        }
        return HTTPResponse(statusCode: .ok, headers: [.contentType: type, .init("Cache-Control"): "no-store"], body: body)
    }

    /// Builds again from memory on a plain thread (the build uses every core) and publishes the result.
    func rebuild() async {
        let options = self.options
        let current = await state.site
        let next = await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: current.updated(options: options)) }
        }
        guard next.version != current.version else { return }  // nothing changed after all
        let report = next.report
        for diagnostic in report.diagnostics { log(diagnostic.formatted) }
        if let timings = report.timings { log(timings) }
        if report.succeeded {
            log(report.summaryLine)
        } else if next.hasSite {
            log("Dựng trang thất bại; vẫn phục vụ bản cũ. — Build failed; still serving the last good site.")
        } else {
            log("Dựng trang thất bại; chưa có trang nào để phục vụ, hãy sửa lỗi. — Build failed; no site to serve yet, fix the errors.")
        }
        await state.finished(next)
    }

    /// Rebuilds after every change: told by the system at once where it can (`ChangeWatcher`),
    /// and by polling the sources every 300 ms where it cannot. A change seen during a rebuild
    /// brings another rebuild after it; a burst of events (an editor writes a temporary file,
    /// then renames it) brings one.
    func watch() async {
        let signals = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
        let watcher = ChangeWatcher(root: options.root)
        watcher.start { signals.continuation.yield(()) }
        if !watcher.isWatching {
            Task {
                var last = SiteFingerprint.read(root: options.root)
                while !Task.isCancelled {
                    try? await Task.sleep(nanoseconds: 300_000_000)
                    let now = SiteFingerprint.read(root: options.root)
                    if now != last {
                        last = now
                        signals.continuation.yield(())
                    }
                }
            }
        }
        for await _ in signals.stream {
            if Task.isCancelled { break }
            try? await Task.sleep(nanoseconds: 5_000_000)
            await rebuild()
        }
        watcher.stop()
    }
}
