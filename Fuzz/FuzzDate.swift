import Foundation

// libFuzzer target: date parsing and the Vietnamese date line.
private let zone = TimeZone(identifier: "Asia/Ho_Chi_Minh") ?? TimeZone(secondsFromGMT: 25_200) ?? .current

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDate(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    if case .success(let date) = DateParser.parse(text, timeZone: zone) {
        precondition(date.vietnameseDateLine.hasPrefix("Thứ ") || date.vietnameseDateLine.hasPrefix("Chủ nhật"))
        _ = date.iso8601
        _ = date.rfc822
    }
    if size >= 8 {
        let seconds = data.withMemoryRebound(to: Int64.self, capacity: 1) { $0.pointee } % 400_000_000_000
        _ = SiteDate(epochSeconds: seconds, timeZone: zone).vietnameseDateLine
    }
    return 0
}
