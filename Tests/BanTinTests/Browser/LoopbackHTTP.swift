import Foundation

/// HTTP/1.1 requests to a server on 127.0.0.1, over a plain socket on a background thread.
///
/// URLSession on Linux (FoundationNetworking, through libcurl) fails on chromedriver's answers
/// with "Failed writing header": chromedriver writes headers without a space after the colon
/// (`Content-Length:250`). Reading the answer by hand avoids that, and keeps blocking I/O off the
/// threads that Swift concurrency (and the site's test server) run on.
enum LoopbackHTTP {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func send(_ method: String, port: UInt16, path: String, body: Data? = nil, timeout: Int = 180) async throws -> Data {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try blockingSend(method, port: port, path: path, body: body, timeout: timeout) })
            }
        }
    }

    static func blockingSend(_ method: String, port: UInt16, path: String, body: Data?, timeout: Int) throws -> Data {
        guard let socket = RawHTTP.connectLoopback(port: port, timeout: timeout) else {
            throw Failure(description: "cannot connect to port \(port)")
        }
        defer { close(socket) }
        let payload = body ?? Data()
        var request = Data("\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n".utf8)
        request += Data("Content-Type: application/json; charset=utf-8\r\nContent-Length: \(payload.count)\r\n\r\n".utf8)
        request += payload
        let sent = request.withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        guard sent == request.count else { throw Failure(description: "cannot send to port \(port)") }

        var answer = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        var expected: Int?
        var headerEnd: Int?
        while true {
            let count = recv(socket, &buffer, buffer.count, 0)
            if count <= 0 { break }
            answer.append(contentsOf: buffer[0..<count])
            if headerEnd == nil, let range = answer.range(of: Data("\r\n\r\n".utf8)) {
                headerEnd = range.upperBound
                let head = String(decoding: answer[..<range.lowerBound], as: UTF8.self).lowercased()
                for line in head.split(separator: "\r\n") where line.hasPrefix("content-length:") {
                    expected = Int(line.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces))
                }
            }
            if let headerEnd, let expected, answer.count - headerEnd >= expected { break }
        }
        guard let headerEnd else { throw Failure(description: "no answer from port \(port)") }
        return answer.subdata(in: headerEnd..<answer.count)
    }
}
