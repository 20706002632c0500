import Foundation
import Testing

@testable import BanTin

/// Pages filled from a remembered skeleton must be byte for byte what the template engine
/// renders: whole sites built both ways, and the corners of Mustache one template at a time.
@Suite("Template skeletons")
struct SkeletonTests {
    // MARK: Whole sites

    @Test(arguments: ["golden-site", "example"])
    func siteIsTheSameWithAndWithoutSkeletons(_ fixture: String) throws {
        let root: String
        if fixture == "example" {
            root = TestSupport.repoRoot
        } else {
            root = try TestSupport.site(fixture)
        }
        let folder = NSTemporaryDirectory() + "bantin-skeleton-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var outputs: [String] = []
        for skeletons in [true, false] {
            var options = BuildOptions(root: root, output: folder + "/\(skeletons)", includeDrafts: true, now: 1_700_000_000)
            options.useCache = false
            options.templateSkeletons = skeletons
            let report = SiteBuilder(options: options).build()
            #expect(report.succeeded, "\(report.diagnostics.map(\.formatted))")
            outputs.append(folder + "/\(skeletons)")
        }
        let files = try Self.files(under: outputs[0])
        #expect(files.count > 20)
        #expect(files == (try Self.files(under: outputs[1])))
        var compared = 0
        for file in files where file.hasSuffix(".html") {
            let filled = FileManager.default.contents(atPath: outputs[0] + "/" + file)
            let rendered = FileManager.default.contents(atPath: outputs[1] + "/" + file)
            #expect(filled == rendered, "\(file) differs")
            compared += 1
        }
        #expect(compared > 10)
    }

    static func files(under folder: String) throws -> [String] {
        (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? [])
            .filter { !$0.hasPrefix(".") && !$0.contains("/.") }
            .filter { path in
                var isFolder: ObjCBool = false
                return FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isFolder) && !isFolder.boolValue
            }
            .sorted()
    }

    // MARK: One template at a time

    /// Each case: templates (the first is rendered), then pages of the same shape and different
    /// values, each compared with the engine's own rendering.
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let templates: [String: String]
        let pages: [[String: any Sendable]]
        /// Whether every page is expected to come from a skeleton (learned or filled); otherwise
        /// none may be filled from one.
        let filled: Bool
        var testDescription: String { name }
    }

    static let pragma = "{{% CONTENT_TYPE: BANTIN_HTML }}\n"

    static let cases: [Case] = [
        Case(
            name: "escaped and raw values, numbers, flags shown as text",
            templates: ["page": pragma + "<p title=\"{{title}}\">{{title}}</p>{{{body}}} {{views}} {{flag}}\n"],
            pages: [
                ["title": "A & B <c> \"d\" 'e'", "body": "<b>x</b>", "views": 2048, "flag": true],
                ["title": "Hộ nghèo", "body": "<i>y & z</i>\n", "views": 0, "flag": true],
                ["title": "", "body": "", "views": -5, "flag": true],
                ["title": "x' OR 1", "body": "<u>v</u>", "views": 7, "flag": true],
                ["title": "<<>>", "body": "<u>w</u>\n", "views": 1, "flag": true],
            ],
            filled: true),
        Case(
            name: "a value that looks like a marker is only a value",
            templates: ["page": pragma + "{{a}}|{{{b}}}"],
            pages: [["a": "x", "b": "y"], ["a": "\u{E000}&0<\u{0301}\u{E001}", "b": "\u{E000}&amp;1&lt;\u{0301}\u{E001}"]],
            filled: true),
        Case(
            name: "sections, inverted sections, lists and the context stack",
            templates: [
                "page": pragma
                    + "{{#article}}<h1>{{title}}</h1>{{#tags}}<a>{{name}}</a> {{site}}{{/tags}}{{^tags}}none{{/tags}}{{/article}}"
                    + "{{#lead}}<p>{{lead}}</p>{{/lead}}{{^lead}}-{{/lead}}{{#names}}[{{.}}]{{/names}}"
            ],
            pages: [
                ["site": "S0", "lead": "L0", "names": ["a0", "b0"],
                 "article": ["title": "T0", "tags": [["name": "x0"], ["name": "y0"]]] as [String: any Sendable]],
                ["site": "S1", "lead": "L", "names": ["a", "b"],
                 "article": ["title": "T1", "tags": [["name": "x"], ["name": "<y>"]]] as [String: any Sendable]],
                ["site": "S2 & co", "lead": "", "names": ["c", "d"],
                 "article": ["title": "T2", "tags": [["name": "z"], ["name": "w"]]] as [String: any Sendable]],
            ],
            filled: true),
        Case(
            name: "an indented partial after values that end with a line break",
            templates: [
                "page": pragma + "<div>\n  {{> part}}\n</div>\n",
                "part": pragma + "{{{html}}}{{title}}\nend {{title}}\n",
            ],
            pages: [["html": "<p>one</p>\n", "title": "a"], ["html": "<p>two\nlines</p>\n", "title": "b\n"], ["html": "<p>x</p>\n", "title": "c"]],
            filled: true),
        Case(
            name: "a partial without bantin's escaping is left to the engine",
            templates: ["page": pragma + "{{> plain}}", "plain": "<p>{{title}}</p>"],
            pages: [["title": "a < b"], ["title": "c & d"]],
            filled: false),
        Case(
            name: "a list shown as text is left to the engine",
            templates: ["page": pragma + "{{names}}"],
            pages: [["names": ["a", "b"]], ["names": ["c\"", "d\\"]], ["names": ["e", "f"]]],
            filled: false),
        Case(
            name: "transforms switch skeletons off for the theme",
            templates: ["page": pragma + "{{uppercased(title)}} {{title}}"],
            pages: [["title": "abc"], ["title": "đường"]],
            filled: false),
        Case(
            name: "optional values are left to the engine",
            templates: ["page": pragma + "{{#title}}<b>{{title}}</b>{{/title}}"],
            pages: [["title": Optional("a") as String?], ["title": Optional("b") as String?]],
            filled: false),
    ]

    @Test(arguments: cases)
    func pageIsWhatTheEngineRenders(_ testCase: Case) throws {
        // The page under test is "article"; the other page templates a theme must have are stubs.
        var texts = Dictionary(uniqueKeysWithValues: ThemeTemplates.pageTemplates.map { ($0, Self.pragma + "-") })
        for (name, text) in testCase.templates { texts[name == "page" ? "article" : name] = text }
        let sources = texts.mapValues { SourceFile(path: "theme/templates/x.mustache", bytes: Array($0.utf8)) }
        let (withSkeletons, problems) = ThemeTemplates.compile(sources, skeletons: true)
        let (engineOnly, _) = ThemeTemplates.compile(sources, skeletons: false)
        #expect(problems.isEmpty, "\(problems.map(\.formatted))")
        let filledTemplates = try #require(withSkeletons)
        let engine = try #require(engineOnly)
        for page in testCase.pages {
            let context = page as [String: Any]
            let expected = engine.render("article", context)
            #expect(!expected.isEmpty)
            #expect(filledTemplates.render("article", context) == expected, "\(page)")
        }
        let statistics = filledTemplates.skeletonStatistics
        if testCase.filled {
            #expect(statistics.filled > 0)
            #expect(statistics.byEngine == 0)
        } else {
            #expect(statistics.filled == 0)
        }
    }

    @Test func shapesDifferOnlyInTextsAndNumbers() {
        let first = TemplateShape.of(["a": "x", "b": 1, "c": true, "d": ["p", "q"]])
        let second = TemplateShape.of(["d": ["r", "s"], "c": true, "b": 2, "a": "y"])
        #expect(first?.key.isEmpty == false)
        #expect(first?.key == second?.key)
        #expect(first?.leaves == ["x", "1", "p", "q"])
        #expect(second?.leaves == ["y", "2", "r", "s"])
        #expect(TemplateShape.of(["c": false])?.key != TemplateShape.of(["c": true])?.key)
        #expect(TemplateShape.of(["d": ["p"]])?.key != TemplateShape.of(["d": ["p", "q"]])?.key)
        #expect(TemplateShape.of(["a": ""])?.key != TemplateShape.of(["a": "x"])?.key)
        #expect(TemplateShape.of(["a": "x\n"])?.key != TemplateShape.of(["a": "x"])?.key)
        #expect(TemplateShape.of(["a": "x"])?.key != TemplateShape.of(["b": "x"])?.key)
        #expect(TemplateShape.of(["f": { () -> String in "x" }])?.key == nil)
    }

    @Test func rememberedDictionariesGiveTheSameShape() {
        let shared: [String: Any] = ["title": "T", "url": "/a/", "image": false, "category": ["name": "N"]]
        var memos = TemplateShape.Memos()
        let remembered = memos.remember(shared)
        #expect(remembered)
        let page: [String: Any] = ["list": [shared, ["title": "U"]], "heading": "H"]
        let walked = TemplateShape.of(page)
        let found = TemplateShape.of(page, memos: memos)
        #expect(walked?.key.isEmpty == false)
        #expect(walked?.key == found?.key)
        #expect(walked?.leaves == found?.leaves)
        // A changed copy has its own storage: not taken for the remembered one.
        var changed = shared
        changed["title"] = "Other"
        let leaves = TemplateShape.of(["list": [changed]], memos: memos)?.leaves ?? []
        #expect(leaves.contains("Other") && !leaves.contains("T"))
    }
}
