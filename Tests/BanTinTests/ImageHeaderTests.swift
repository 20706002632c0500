import Foundation
import Testing

@testable import BanTin

/// Picture sizes read from file headers: each format, then damaged and hostile bytes, which must
/// give a reason, never a crash.
@Suite("Image headers")
struct ImageHeaderTests {
    static func info(_ bytes: [UInt8]) -> ImageInfo {
        ImageHeader.info { offset, count in
            guard offset >= 0, offset < bytes.count else { return [] }
            return Array(bytes[offset..<min(bytes.count, offset + count)])
        }
    }

    static func be32(_ value: Int) -> [UInt8] { [24, 16, 8, 0].map { UInt8((value >> $0) & 0xFF) } }

    static let png: [UInt8] = {
        var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        bytes += be32(13)
        bytes += Array("IHDR".utf8)
        bytes += be32(1_280)
        bytes += be32(720)
        return bytes + [8, 6, 0, 0, 0]
    }()
    static func pngOfSize(_ width: Int, _ height: Int) -> [UInt8] {
        var bytes = Array(png.prefix(16))
        bytes += be32(width)
        return bytes + be32(height)
    }
    static let gif: [UInt8] = Array("GIF89a".utf8) + [0x40, 0x01, 0xF0, 0x00, 0, 0, 0]
    /// A JPEG with an APP1 segment of 3,000 bytes before its baseline frame header (640 × 480).
    static let jpeg: [UInt8] = {
        var bytes: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE1, 0x0B, 0xB8]
        bytes += [UInt8](repeating: 0x41, count: 2_998)
        bytes += [0xFF, 0xFF, 0xC0, 0x00, 0x11, 0x08, 0x01, 0xE0, 0x02, 0x80, 0x03]
        return bytes + [UInt8](repeating: 0, count: 9)
    }()
    static func riff(_ chunk: String, _ body: [UInt8]) -> [UInt8] {
        var bytes: [UInt8] = Array("RIFF".utf8)
        bytes += [0x40, 0, 0, 0]
        bytes += Array("WEBP".utf8)
        bytes += Array(chunk.utf8)
        bytes += [0x20, 0, 0, 0]
        return bytes + body
    }

    static let readable: [(String, [UInt8], Int, Int)] = [
        ("PNG", png, 1_280, 720),
        ("GIF", gif, 320, 240),
        ("JPEG", jpeg, 640, 480),
        ("WebP lossy", riff("VP8 ", [0, 0, 0, 0x9D, 0x01, 0x2A, 0x20, 0x03, 0x58, 0x02]), 800, 600),
        ("WebP lossless", riff("VP8L", [0x2F, 0x3F, 0xC0, 0x31, 0x00, 0, 0, 0, 0, 0]), 64, 200),
        ("WebP extended", riff("VP8X", [0x10, 0, 0, 0, 0x7F, 0x07, 0x00, 0x37, 0x04, 0x00]), 1_920, 1_080),
        ("SVG", Array("<?xml version=\"1.0\"?>\n<!-- a comment -->\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"800\" height=\"450px\"><rect/></svg>".utf8), 800, 450),
        ("SVG viewBox", Array("<svg viewBox=\"0 0 160.4 100\" xmlns=\"http://www.w3.org/2000/svg\"/>".utf8), 160, 100),
        ("SVG width and viewBox", Array("<svg width='320' viewBox='0,0,160,100'>".utf8), 320, 200),
        ("SVG percent and viewBox", Array("<svg width=\"100%\" height=\"100%\" viewBox=\"0 0 40 30\">".utf8), 40, 30),
    ]

    @Test(arguments: readable)
    func readsTheSize(_ name: String, _ bytes: [UInt8], _ width: Int, _ height: Int) {
        #expect(Self.info(bytes) == .size(PixelSize(width: width, height: height)), "\(name)")
    }

    static let unreadable: [(String, [UInt8], String)] = [
        ("empty", [], "không phải ảnh"),
        ("text", Array("hello".utf8), "không phải ảnh"),
        ("PNG cut short", Array(png.prefix(20)), "bị cắt cụt"),
        ("PNG of size 0", pngOfSize(0, 10), "không hợp lệ"),
        ("PNG huge", pngOfSize(0x7FFF_FFFF, 10), "không hợp lệ"),
        ("GIF cut short", Array(gif.prefix(8)), "bị cắt cụt"),
        ("JPEG cut short", Array(jpeg.prefix(1_000)), "bị cắt cụt"),
        ("JPEG without frame", [0xFF, 0xD8, 0xFF, 0xDA, 0x00, 0x02, 0xFF, 0xD9], "SOF"),
        ("JPEG with a zero length", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x00], "bị hỏng"),
        ("JPEG not a marker", [0xFF, 0xD8, 0x12, 0x34], "bị hỏng"),
        ("WebP unknown chunk", riff("ABCD", [UInt8](repeating: 0, count: 10)), "bị hỏng"),
        ("WebP cut short", Array(riff("VP8X", []).prefix(20)), "bị cắt cụt"),
        ("SVG without size", Array("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect/></svg>".utf8), "viewBox"),
        ("SVG in em", Array("<svg width=\"10em\" height=\"5em\">".utf8), "viewBox"),
        ("SVG unclosed", Array("<svg width=\"10\" height=\"5\"".utf8), "không phải ảnh"),
    ]

    @Test(arguments: unreadable)
    func explainsWhatItCannotRead(_ name: String, _ bytes: [UInt8], _ reason: String) {
        guard case .unreadable(let vi, let en) = Self.info(bytes) else {
            Issue.record("\(name) gave a size")
            return
        }
        #expect(vi.contains(reason), "\(name): \(vi)")
        #expect(!en.isEmpty)
    }

    @Test func randomBytesNeverCrash() {
        var generator = SystemRandomNumberGenerator()
        let starts: [[UInt8]] = [Self.png, Self.jpeg, Self.gif, Self.riff("VP8L", []), Array("<svg ".utf8)]
        for round in 0..<2_000 {
            var bytes = Array(starts[round % starts.count].prefix(Int.random(in: 0...40, using: &generator)))
            bytes += (0..<Int.random(in: 0...200, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            _ = Self.info(bytes)
        }
    }

    @Test func aBrokenPictureIsALocatedWarningAndThePageStillBuilds() throws {
        let site = try TestSupport.site("golden-site")
        try Data("not a picture".utf8).write(to: URL(fileURLWithPath: site + "/content/tin-chuyen-nganh/ra-soat.svg"))
        let report = SiteBuilder(options: BuildOptions(root: site)).build()
        #expect(report.succeeded)
        let warning = try #require(report.diagnostics.first { $0.message.contains("ra-soat.svg") })
        #expect(warning.severity == .warning)
        #expect(warning.location.path == "content/tin-chuyen-nganh/huong-dan-ra-soat-ho-ngheo.md")
        #expect(warning.location.line > 1)
    }

    @Test func pagesCarryThePictureSize() throws {
        let site = try TestSupport.site("golden-site")
        let report = SiteBuilder(options: BuildOptions(root: site)).build()
        #expect(report.succeeded)
        let page = TestSupport.read(site + "/public/tin-chuyen-nganh/huong-dan-ra-soat-ho-ngheo/index.html")
        #expect(page.contains("alt=\"Cán bộ xã rà soát hộ nghèo\" width=\"160\" height=\"100\" loading=\"lazy\">"))
        let list = TestSupport.read(site + "/public/tin-chuyen-nganh/index.html")
        #expect(list.contains("alt=\"\" loading=\"lazy\" width=\"160\" height=\"100\">"))
    }
}
