import Foundation

/// Reads the pixel size of a picture from the first bytes of its file, by hand: PNG (`IHDR`),
/// GIF (logical screen), WebP (`VP8 `, `VP8L`, `VP8X`), JPEG (the first start-of-frame segment,
/// walking the segments before it) and SVG (`width`/`height` of the root element, else its
/// `viewBox`). The bytes come through `read(offset, count)`, which may return fewer bytes at the
/// end of the file; nothing here touches the disk, so damaged or hostile bytes can only give an
/// `.unreadable` answer, never a crash or a long loop.
public enum ImageHeader {
    /// File names whose pictures are read (by their extension, lower case).
    public static let extensions: Set<String> = ["png", "jpg", "jpeg", "gif", "webp", "svg"]
    /// Most of an SVG file read to find its root element.
    static let svgLimit = 65_536
    /// Most JPEG segments walked before giving up.
    static let jpegSegmentLimit = 1_000

    public static func info(read: (_ offset: Int, _ count: Int) -> [UInt8]) -> ImageInfo {
        let head = read(0, 32)
        if head.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return png(head) }
        if head.starts(with: Array("GIF87a".utf8)) || head.starts(with: Array("GIF89a".utf8)) { return gif(head) }
        if head.starts(with: Array("RIFF".utf8)), head.count >= 12, Array(head[8..<12]) == Array("WEBP".utf8) {
            return webp(head)
        }
        if head.starts(with: [0xFF, 0xD8]) { return jpeg(read) }
        return svg(read(0, svgLimit))
    }

    static func png(_ bytes: [UInt8]) -> ImageInfo {
        guard bytes.count >= 24, Array(bytes[12..<16]) == Array("IHDR".utf8) else { return truncated("PNG") }
        return checked(Int(bigEndian32(bytes, 16)), Int(bigEndian32(bytes, 20)), "PNG")
    }

    static func gif(_ bytes: [UInt8]) -> ImageInfo {
        guard bytes.count >= 10 else { return truncated("GIF") }
        return checked(Int(bytes[6]) | Int(bytes[7]) << 8, Int(bytes[8]) | Int(bytes[9]) << 8, "GIF")
    }

    static func webp(_ bytes: [UInt8]) -> ImageInfo {
        guard bytes.count >= 30 else { return truncated("WebP") }
        let chunk = String(decoding: bytes[12..<16], as: UTF8.self)
        switch chunk {
        case "VP8 ":
            guard bytes[23] == 0x9D, bytes[24] == 0x01, bytes[25] == 0x2A else { return broken("WebP") }
            return checked((Int(bytes[26]) | Int(bytes[27]) << 8) & 0x3FFF, (Int(bytes[28]) | Int(bytes[29]) << 8) & 0x3FFF, "WebP")
        case "VP8L":
            guard bytes[20] == 0x2F else { return broken("WebP") }
            let b1 = Int(bytes[22]), b2 = Int(bytes[23]), b3 = Int(bytes[24])
            return checked(1 + ((b1 & 0x3F) << 8 | Int(bytes[21])), 1 + ((b3 & 0x0F) << 10 | b2 << 2 | (b1 & 0xC0) >> 6), "WebP")
        case "VP8X":
            let width = 1 + (Int(bytes[24]) | Int(bytes[25]) << 8 | Int(bytes[26]) << 16)
            let height = 1 + (Int(bytes[27]) | Int(bytes[28]) << 8 | Int(bytes[29]) << 16)
            return checked(width, height, "WebP")
        default:
            return broken("WebP")
        }
    }

    static func jpeg(_ read: (Int, Int) -> [UInt8]) -> ImageInfo {
        var offset = 2
        for _ in 0..<jpegSegmentLimit {
            let marker = read(offset, 2)
            guard marker.count == 2 else { return truncated("JPEG") }
            guard marker[0] == 0xFF else { return broken("JPEG") }
            let code = marker[1]
            if code == 0xFF {  // fill byte before a marker
                offset += 1
                continue
            }
            if code == 0x01 || code == 0xD8 || (0xD0...0xD7).contains(code) {  // markers without a length
                offset += 2
                continue
            }
            if code == 0xD9 || code == 0xDA { break }  // end of image, or image data: no frame header came first
            let segment = read(offset + 2, 7)
            guard segment.count >= 2 else { return truncated("JPEG") }
            let length = Int(segment[0]) << 8 | Int(segment[1])
            guard length >= 2 else { return broken("JPEG") }
            if (0xC0...0xCF).contains(code), code != 0xC4, code != 0xC8, code != 0xCC {
                guard segment.count >= 7 else { return truncated("JPEG") }
                return checked(Int(segment[5]) << 8 | Int(segment[6]), Int(segment[3]) << 8 | Int(segment[4]), "JPEG")
            }
            offset += 2 + length
        }
        return .unreadable(
            vi: "tệp JPEG không có phần khai báo khung ảnh (SOF) trước dữ liệu ảnh",
            en: "the JPEG file has no frame header (SOF) before its image data")
    }

    static func svg(_ bytes: [UInt8]) -> ImageInfo {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let tag = rootTag(text) else {
            return .unreadable(
                vi: "không phải ảnh PNG, JPEG, GIF, WebP hay SVG đọc được", en: "not a readable PNG, JPEG, GIF, WebP or SVG picture")
        }
        let attributes = self.attributes(tag)
        let box = (attributes["viewbox"] ?? "").split(whereSeparator: { $0 == " " || $0 == "," || $0.isNewline || $0 == "\t" })
            .compactMap { Double($0) }
        let boxSize = box.count == 4 && box[2] > 0 && box[3] > 0 ? (box[2], box[3]) : nil
        var width = attributes["width"].flatMap(pixels)
        var height = attributes["height"].flatMap(pixels)
        if let (boxWidth, boxHeight) = boxSize {
            if width == nil, let height { width = height * boxWidth / boxHeight }
            if height == nil, let width { height = width * boxHeight / boxWidth }
            if width == nil, height == nil { (width, height) = (boxWidth, boxHeight) }
        }
        guard let width, let height else {
            return .unreadable(
                vi: "ảnh SVG không ghi width và height (bằng px) hay viewBox", en: "the SVG picture has no width and height (in px) nor viewBox")
        }
        return checked(Int(width.rounded()), Int(height.rounded()), "SVG")
    }

    /// The text of the root `<svg …>` start tag, attributes included.
    static func rootTag(_ text: String) -> Substring? {
        var rest = text[...]
        while let open = rest.range(of: "<svg") {
            let after = rest[open.upperBound...]
            if let next = after.first, next == ">" || next == "/" || next.isWhitespace {
                guard let close = after.firstIndex(of: ">") else { return nil }
                return after[..<close]
            }
            rest = after
        }
        return nil
    }

    /// Attributes of a start tag, names in lower case.
    static func attributes(_ tag: Substring) -> [String: String] {
        var result: [String: String] = [:]
        var rest = tag
        while let equals = rest.firstIndex(of: "=") {
            let name = rest[..<equals].split(whereSeparator: { $0.isWhitespace }).last.map { String($0).lowercased() } ?? ""
            var value = rest[rest.index(after: equals)...].drop(while: { $0.isWhitespace })
            guard let quote = value.first, quote == "\"" || quote == "'" else {
                rest = value
                continue
            }
            value = value.dropFirst()
            guard let end = value.firstIndex(of: quote) else { break }
            if result[name] == nil { result[name] = String(value[..<end]) }
            rest = value[value.index(after: end)...]
        }
        return result
    }

    /// A length in CSS pixels: a plain number or one in `px`; nil for other units and percentages.
    static func pixels(_ text: String) -> Double? {
        var value = text.trimmingCharacters(in: .whitespaces)
        if value.hasSuffix("px") { value.removeLast(2) }
        guard let number = Double(value), number.isFinite, number > 0 else { return nil }
        return number
    }

    static func checked(_ width: Int, _ height: Int, _ kind: String) -> ImageInfo {
        guard width > 0, height > 0, width <= 1_000_000, height <= 1_000_000 else {
            return .unreadable(vi: "ảnh \(kind) ghi kích thước \(width)×\(height) không hợp lệ", en: "the \(kind) picture declares an invalid size \(width)×\(height)")
        }
        return .size(PixelSize(width: width, height: height))
    }

    static func truncated(_ kind: String) -> ImageInfo {
        .unreadable(vi: "tệp \(kind) bị cắt cụt, thiếu phần đầu tệp", en: "the \(kind) file is cut short before the end of its header")
    }

    static func broken(_ kind: String) -> ImageInfo {
        .unreadable(vi: "phần đầu tệp \(kind) bị hỏng", en: "the \(kind) file header is damaged")
    }

    private static func bigEndian32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
        UInt32(bytes[at]) << 24 | UInt32(bytes[at + 1]) << 16 | UInt32(bytes[at + 2]) << 8 | UInt32(bytes[at + 3])
    }
}
