import Testing

@testable import BanTin

/// Percent-encoding of paths (media files, links) and of share-link query values.
@Suite("URL text")
struct URLTextTests {
    static let cases: [(text: String, keepingSlash: Bool, expected: String)] = [
        ("media/tin/anh-1.png", true, "media/tin/anh-1.png"),
        ("media/tin/ảnh đẹp.png", true, "media/tin/%E1%BA%A3nh%20%C4%91%E1%BA%B9p.png"),
        ("a b/c?d=e&f#g", false, "a%20b%2Fc%3Fd%3De%26f%23g"),
        ("~user_1.x-y", false, "~user_1.x-y"),
        ("", false, ""),
        ("100%", true, "100%25"),
    ]

    @Test(arguments: cases)
    func encode(_ example: (text: String, keepingSlash: Bool, expected: String)) {
        #expect(URLText.percentEncode(example.text, keepingSlash: example.keepingSlash) == example.expected)
    }
}
