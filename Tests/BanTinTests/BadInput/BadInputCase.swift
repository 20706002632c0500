import Foundation
import Testing

@testable import BanTin

/// One hostile input: the files of a tiny site (beside the fixture `site.yml` and the default
/// theme) and exactly what bantin must say about it.
struct BadInputCase: Sendable, CustomTestStringConvertible {
    let name: String
    /// Path below the site → bytes.
    let files: [String: [UInt8]]
    /// `path:line:column severity: English message`, in report order; empty when it must build.
    let expected: [String]
    /// Checks on the built output when the input is accepted.
    var output: (@Sendable (String) -> Bool)?

    var testDescription: String { name }

    init(_ name: String, _ files: [String: [UInt8]], _ expected: [String], output: (@Sendable (String) -> Bool)? = nil) {
        self.name = name
        self.files = files
        self.expected = expected
        self.output = output
    }

    init(_ name: String, article: String, _ expected: [String], output: (@Sendable (String) -> Bool)? = nil) {
        self.init(name, ["content/kinh-te/bai.md": Array(article.utf8)], expected, output: output)
    }

    /// A valid article with `extra` front-matter lines (from line 6) and `body`.
    static func article(_ extra: String = "", title: String = "Bài thử", body: String = "\nNội dung bài.\n") -> String {
        "---\ntitle: \(title)\ndate: 2020-06-25T10:00\nauthor: Công Phong\ncategory: Kinh tế\n\(extra)---\n\(body)"
    }
}
