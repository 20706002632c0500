import Foundation

// libFuzzer target: picture sizes read from arbitrary file headers (PNG, GIF, WebP, JPEG, SVG).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzImage(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let info = ImageHeader.info { offset, count in
        guard offset >= 0, offset < bytes.count, count >= 0 else { return [] }
        return Array(bytes[offset..<min(bytes.count, offset + count)])
    }
    if case .size(let pixels) = info { precondition(pixels.width > 0 && pixels.height > 0) }
    return 0
}
