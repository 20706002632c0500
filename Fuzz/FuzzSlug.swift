import Foundation

// libFuzzer target: slugs and Vietnamese folding of arbitrary text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSlug(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let slug = Slugger.slug(text)
    precondition(slug.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D })
    precondition(!slug.hasPrefix("-") && !slug.hasSuffix("-") && slug.count <= Slugger.maxLength)
    _ = Slugger.fold(text)
    return 0
}
