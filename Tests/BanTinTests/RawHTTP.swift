import Foundation

/// A minimal HTTP/1.1 GET over a loopback socket that sends the path exactly as given
/// (no client-side normalisation of `..` or percent escapes).
enum RawHTTP {
    struct Response {
        var status: Int
        var headers: String
        var body: String
    }

    /// Tries up to three times: a busy machine may refuse or drop the first connection.
    /// The blocking socket calls run on a Dispatch thread, never on the cooperative pool: the
    /// server under test runs on that pool (two threads on two cores), and a thread blocked here
    /// while other suites' builds held the other one starved it (seen under ThreadSanitizer).
    /// `timeout` (seconds) is stretched by `BANTIN_TIME_SCALE` for sanitizer runs.
    static func get(port: UInt16, path: String, timeout: Int = 30) async -> Response? {
        let scaled = Int(Double(timeout) * timeScale)
        return await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                for _ in 0..<3 {
                    if let response = once(port: port, path: path, timeout: scaled) {
                        continuation.resume(returning: response)
                        return
                    }
                    usleep(200_000)
                }
                continuation.resume(returning: nil)
            }
        }
    }

    static let timeScale = max(1, Double(ProcessInfo.processInfo.environment["BANTIN_TIME_SCALE"] ?? "") ?? 1)

    static func once(port: UInt16, path: String, timeout: Int) -> Response? {
        guard let socket = connectLoopback(port: port, timeout: timeout) else { return nil }
        defer { close(socket) }
        let request = "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
        _ = request.withCString { send(socket, $0, strlen($0), 0) }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = recv(socket, &buffer, buffer.count, 0)
            if count <= 0 { break }
            data.append(contentsOf: buffer[0..<count])
        }
        let text = String(decoding: data, as: UTF8.self)
        guard let split = text.range(of: "\r\n\r\n") else { return nil }
        let head = String(text[..<split.lowerBound])
        let status = Int(head.split(separator: " ").dropFirst().first ?? "") ?? 0
        return Response(status: status, headers: head, body: String(text[split.upperBound...]))
    }

    /// A TCP socket connected to 127.0.0.1:`port` with a receive timeout, or nil; the caller closes it.
    static func connectLoopback(port: UInt16, timeout: Int) -> Int32? {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { return nil }
        var time = timeval(tv_sec: timeout, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            close(socket)
            return nil
        }
        return socket
    }
}
