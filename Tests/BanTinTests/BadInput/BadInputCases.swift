import Foundation

/// The hostile inputs, each with the exact report it must give. Decisions they pin down:
/// `tags: "a, b"` is one tag named "a, b" (a text is a one-item list; no guessing at commas);
/// a date without a time is midnight in the site's time zone; another offset is honoured;
/// `25/06/2020` is refused with the ISO form as the hint.
enum BadInputCases {
    typealias C = BadInputCase
    static let path = "content/kinh-te/bai.md"

    static let all: [BadInputCase] = structure + types + dates + encodings + sizes + paths + names

    static let structure: [BadInputCase] = [
        C("no closing ---", article: "---\ntitle: A\ndate: 2020-06-25\n\nNội dung.\n",
          ["\(path):1:1 error: The front matter opened by `---` on this line is never closed by another `---` line."]),
        C("no front matter at all", article: "Chỉ có nội dung.\n",
          ["\(path):1:1 error: An article must start with a `---` line opening its front matter."]),
        C("unclosed quote", article: C.article(title: "\"Tiêu đề chưa đóng"),
          ["\(path):2:8 error: The front matter is not valid YAML (while scanning a quoted scalar, found unexpected end of stream)."]),
        C("tab indentation", article: "---\ntitle: A\n\tdate: 2020-06-25\n---\n\nx\n",
          ["\(path):3:1 error: The front matter is not valid YAML (while scanning a plain scalar, found a tab character that violates indentation)."]),
        C("unclosed bracket", article: C.article("tags: [a, b\n"),
          ["\(path):6:7 error: The front matter is not valid YAML (while parsing a flow sequence, did not find expected ',' or ']')."]),
        C("key without value separator", article: C.article("featured true\n"),
          ["\(path):6:1 error: The front matter is not valid YAML (while scanning a simple key, could not find expected ':')."]),
        C("front matter is a list", article: "---\n- title\n- date\n---\n\nx\n",
          ["\(path):2:1 error: The front matter must be a mapping of \"key: value\" lines, but this is a list."]),
        C("front matter is a scalar", article: "---\nchỉ một dòng chữ\n---\n\nx\n",
          ["\(path):2:1 error: The front matter must be a mapping of \"key: value\" lines, but this is a single value."]),
        C("duplicate keys", article: C.article("title: Lần hai\n"), ["\(path):2:1 error: Duplicate key: title."]),
        C("empty file", article: "", ["\(path):1:1 error: The article file is empty."]),
        C("only front matter", article: C.article(body: ""), ["\(path):6:1 error: The article has no body."]),
        C("missing every required key", article: "---\nviews: 3\n---\n\nx\n", [
            "\(path):1:1 error: Missing required key `author`.", "\(path):1:1 error: Missing required key `category`.",
            "\(path):1:1 error: Missing required key `date`.", "\(path):1:1 error: Missing required key `title`.",
        ]),
    ]

    static let types: [BadInputCase] = [
        C("views as text", article: C.article("views: \"nhiều\"\n"), ["\(path):6:1 error: `views` must be a whole number, but this is \"nhiều\"."]),
        C("negative views", article: C.article("views: -5\n"), ["\(path):6:1 error: `views` must be between 0 and 2147483647, but is -5."]),
        C("views 1e99", article: C.article("views: 1e99\n"), ["\(path):6:1 error: `views` must be a whole number, but this is \"1e99\"."]),
        C("views huge integer", article: C.article("views: 99999999999999999999999\n"),
          ["\(path):6:1 error: `views` must be a whole number, but this is \"99999999999999999999999\"."]),
        C("tags as one text", article: C.article("tags: \"a, b\"\n"), [], output: { $0.contains(">a, b</a>") }),
        C("tags as a mapping", article: C.article("tags: {a: b}\n"), ["\(path):6:1 error: `tags` must be a list, for example `[a, b]`."]),
        C("featured as text", article: C.article("featured: \"yes please\"\n"),
          ["\(path):6:1 error: `featured` must be `true` or `false`, but this is \"yes please\"."]),
        C("title as a list", article: "---\ntitle: [a, b]\ndate: 2020-06-25\nauthor: A\ncategory: Kinh tế\n---\n\nx\n",
          ["\(path):2:1 error: `title` must be text, not a list."]),
        C("unknown status", article: C.article("status: xuất bản\n"), ["\(path):6:1 error: Unknown status \"xuất bản\"."]),
        C("unknown key", article: C.article("tieu_de: x\n"), ["\(path):6:1 warning: Unknown key `tieu_de` is ignored."]),
        C("unknown category", article: C.article().replacingOccurrences(of: "Kinh tế", with: "Thể thao"),
          ["\(path):5:1 error: Category \"Thể thao\" is not in site.yml."]),
    ]

    static let dates: [BadInputCase] = [
        C("30 February", article: C.article().replacingOccurrences(of: "2020-06-25T10:00", with: "2020-02-30T10:00"),
          ["\(path):3:1 error: Date \"2020-02-30T10:00\" does not exist."]),
        C("date without time", article: C.article().replacingOccurrences(of: "2020-06-25T10:00", with: "2020-06-25"), [],
          output: { $0.contains("Thứ 5, Ngày 25/06/2020, 00:00") }),
        C("other offset", article: C.article().replacingOccurrences(of: "2020-06-25T10:00", with: "2020-06-25T10:00+09:00"), [],
          output: { $0.contains("Thứ 5, Ngày 25/06/2020, 08:00") }),
        C("portal date form", article: C.article().replacingOccurrences(of: "2020-06-25T10:00", with: "25/06/2020 10:00"),
          ["\(path):3:1 error: Date \"25/06/2020 10:00\" is not in a known form."]),
        C("hour 24", article: C.article().replacingOccurrences(of: "2020-06-25T10:00", with: "2020-06-25T24:10"),
          ["\(path):3:1 error: The time in \"2020-06-25T24:10\" is not valid."]),
    ]

    static let encodings: [BadInputCase] = [
        C("invalid UTF-8", [path: Array(C.article().utf8.prefix(20)) + [0xFF, 0xFE, 0x41] + Array(C.article().utf8.dropFirst(20))],
          ["\(path):2:14 error: The file is not valid UTF-8 (a bad byte here)."]),
        C("UTF-16", [path: [0xFF, 0xFE] + C.article().utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }],
          ["\(path):1:1 error: The file is saved as UTF-16; bantin reads UTF-8 only."]),
        C("byte order mark", [path: [0xEF, 0xBB, 0xBF] + Array(C.article().utf8)], [], output: { $0.contains("Bài thử") }),
        C("CRLF line ends", article: C.article().replacingOccurrences(of: "\n", with: "\r\n"), [], output: { $0.contains("Nội dung bài.") }),
        C("lone CR line ends", article: C.article().replacingOccurrences(of: "\n", with: "\r"), [], output: { $0.contains("Nội dung bài.") }),
        C("CRLF keeps line numbers", article: C.article("views: -1\n").replacingOccurrences(of: "\n", with: "\r\n"),
          ["\(path):6:1 error: `views` must be between 0 and 2147483647, but is -1."]),
        C("NUL byte", [path: Array(C.article().utf8) + [0x00] + Array("thêm".utf8)],
          ["\(path):9:1 error: The file contains a NUL character, usually pasted from another program."]),
        C("NFD text is normalised", article: C.article(title: "Tây Ninh".decomposedStringWithCanonicalMapping), [],
          output: { html in
            // Compared as bytes: Swift compares strings by canonical equivalence.
            let nfc = Array("Tây Ninh".precomposedStringWithCanonicalMapping.utf8), nfd = Array("Tây Ninh".decomposedStringWithCanonicalMapping.utf8)
            let bytes = Array(html.utf8)
            return bytes.firstRange(of: nfc) != nil && bytes.firstRange(of: nfd) == nil
          }),
    ]

    static let sizes: [BadInputCase] = [
        C("10 MB body", article: C.article(body: "\n" + String(repeating: "Đoạn văn dài về kế hoạch giảm nghèo của tỉnh. ", count: 220_000) + "\n"), []),
        C("10,000 tags", article: C.article("tags: [" + (0..<10_000).map { "chủ đề \($0)" }.joined(separator: ", ") + "]\n"), []),
        C("100,000-character title", article: C.article(title: String(repeating: "Tiêu đề ", count: 12_500)),
          ["\(path):2:1 warning: The title is 99999 characters long (keep it under 200)."]),
        // "- - - … mục" opens a list inside a list on one line: 10,000 levels in 20 KB.
        C("lists nested 10,000 deep", article: C.article(body: "\n" + String(repeating: "- ", count: 10_000) + "mục\n"), []),
        C("quotes nested 10,000 deep", article: C.article(body: "\n" + String(repeating: ">", count: 10_000) + " trích dẫn\n"), []),
        C("emphasis nested 10,000 deep", article: C.article(body: "\n" + String(repeating: "*", count: 10_000) + "chữ" + String(repeating: "*", count: 10_000) + "\n"), []),
    ]

    static let paths: [BadInputCase] = [
        C("same slug twice", ["content/kinh-te/a.md": Array(C.article("slug: bai-thu\n").utf8),
                              "content/kinh-te/b.md": Array(C.article("slug: bai-thu\n").utf8)],
          ["content/kinh-te/b.md:6:1 error: Two articles have the same `slug: bai-thu` in one category: content/kinh-te/a.md and content/kinh-te/b.md."]),
        C("slugs differing only in tones", ["content/kinh-te/a.md": Array(C.article("slug: Hồ Dầu Tiếng\n").utf8),
                                            "content/kinh-te/b.md": Array(C.article("slug: Hổ Dầu Tiếng\n").utf8)],
          ["content/kinh-te/b.md:6:1 error: Two articles have the same `slug: ho-dau-tieng` in one category: content/kinh-te/a.md and content/kinh-te/b.md."]),
        C("same title twice", ["content/kinh-te/a.md": Array(C.article().utf8), "content/kinh-te/b.md": Array(C.article().utf8)], [],
          output: { $0.contains("/kinh-te/a/") && $0.contains("/kinh-te/b/") }),
        C("file names making one URL", ["content/kinh-te/a-b/c.md": Array(C.article().utf8), "content/kinh-te/a/b-c.md": Array(C.article().utf8)],
          ["content/kinh-te/a/b-c.md:1:1 warning: content/kinh-te/a-b/c.md already has the URL /kinh-te/a-b-c/; this article gets /kinh-te/a-b-c-2020-06-25/."],
          output: { $0.contains("/kinh-te/a-b-c/") && $0.contains("/kinh-te/a-b-c-2020-06-25/") }),
        C("file name that slugs to nothing", ["content/kinh-te/???.md": Array(C.article().utf8)],
          ["content/kinh-te/???.md:1:1 error: The file name gives an empty URL slug: it needs a letter or a digit."]),
        C("slug with ..", article: C.article("slug: ../../etc\n"), ["\(path):6:1 error: `slug` \"../../etc\" cannot be used as a URL."]),
        C("slug absolute", article: C.article("slug: /etc/passwd\n"), ["\(path):6:1 error: `slug` \"/etc/passwd\" cannot be used as a URL."]),
        C("slug URL", article: C.article("slug: https://example.com/x\n"), ["\(path):6:1 error: `slug` \"https://example.com/x\" cannot be used as a URL."]),
        C("image with ..", article: C.article("image: ../../../etc/passwd\n"), ["\(path):6:1 error: The path \"../../../etc/passwd\" leads outside content/."]),
        C("image absolute", article: C.article("image: /etc/passwd\n"), ["\(path):6:1 error: \"/etc/passwd\" must be a file inside content/, given as a relative path."]),
        C("image URL", article: C.article("image: https://example.com/a.png\n"),
          ["\(path):6:1 error: \"https://example.com/a.png\" must be a file inside content/, given as a relative path."]),
        C("attachment with ..", article: C.article("attachments:\n  - file: ../../site.yml\n"),
          ["\(path):7:5 error: The path \"../../site.yml\" leads outside content/."]),
        C("image javascript:", article: C.article("image: javascript:alert(1)\n"),
          ["\(path):6:1 error: The address \"javascript:alert(1)\" uses an unsafe scheme and is refused."]),
        C("audio data:", article: C.article("audio: data:audio/ogg;base64,AAAA\n"),
          ["\(path):6:1 error: The address \"data:audio/ogg;base64,AAAA\" uses an unsafe scheme and is refused."]),
        C("redirect javascript:", article: C.article("redirect: javascript:alert(1)\n", body: ""),
          ["\(path):6:1 error: `redirect` must be a web address starting with http:// or https://."]),
        C("link vbscript:", article: C.article(body: "\n[bấm](vbscript:msgbox)\n"),
          ["\(path):8:1 error: The address \"vbscript:msgbox\" uses an unsafe scheme and is refused."]),
        C("alias with ..", article: C.article("aliases: [/../../etc/passwd]\n"), ["\(path):6:1 error: Old address \"/../../etc/passwd\" is not valid."]),
    ]

    static let names: [BadInputCase] = [
        C("tag that slugs to nothing", article: C.article("tags: [\"???\", \"—\"]\n"), [],
          output: { $0.contains("/chu-de/khong-ten/") && $0.contains("/chu-de/khong-ten-2/") }),
        C("title that slugs to nothing", article: C.article(title: "\"???\""), [],
          output: { $0.contains("/kinh-te/bai/") && $0.contains("<title>???") }),
        C("raw HTML is dropped", article: C.article(body: "\n<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n"), [],
          output: { !$0.contains("<script>alert") && !$0.contains("onerror") && $0.contains("raw HTML omitted") }),
    ]
}
