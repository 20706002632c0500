import Foundation
import Testing

@testable import BanTin

/// Seeded random mutations of valid articles (bytes flipped, inserted, deleted, lines
/// duplicated): every one must give a report or a site, never a crash or a hang. Not a
/// coverage-guided fuzzer: a fixed, repeatable sample of the same kind of damage.
@Suite("Random damage")
struct MutationTests {
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(1, bound))) }
    }

    static let interesting: [[UInt8]] = ["---", "\n", "\r", "\0", ":", "\"", "'", "[", "{", "\t", "- ", "*", "`", "<", "&", "\\",
                                         "đ", "̀", "\u{FEFF}", "](", "![](", "%00", "..", "/"].map { Array($0.utf8) } + [[0xFF], [0xC3], [0xE2, 0x80]]

    @Test func damagedArticlesNeverCrash() throws {
        let seed = Array(TestSupport.read(TestSupport.fixtures + "/golden-site/content/tin-chuyen-nganh/huong-dan-ra-soat-ho-ngheo.md").utf8)
        var random = Random(state: 2020)
        let config = SiteLoader(root: TestSupport.fixtures + "/golden-site").loadConfig().0 ?? SiteConfig()
        var reports = 0
        for _ in 0..<3000 {
            var bytes = seed
            for _ in 0..<(1 + random.below(4)) {
                let at = random.below(bytes.count + 1)
                switch random.below(4) {
                case 0 where !bytes.isEmpty: bytes[min(at, bytes.count - 1)] = UInt8(random.below(256))
                case 1: bytes.insert(contentsOf: Self.interesting[random.below(Self.interesting.count)], at: at)
                case 2 where at < bytes.count: bytes.removeSubrange(at..<min(bytes.count, at + random.below(20)))
                default: bytes.insert(contentsOf: bytes[..<min(bytes.count, random.below(60))], at: at)
                }
            }
            let file = SourceFile(path: "content/tin-chuyen-nganh/bai.md", bytes: bytes)
            let (parsed, problems) = ParsedSource.parse(file, config: config)
            if let parsed {
                _ = MarkdownRenderer.render(parsed.body, allowRawHTML: false)
                _ = Slugger.slug(parsed.meta.title)
            }
            reports += problems.isEmpty ? 0 : 1
            for problem in problems {
                #expect(problem.location.line >= 1 && problem.location.column >= 1)
                #expect(!problem.message.isEmpty && !problem.messageEN.isEmpty)
            }
        }
        #expect(reports > 100, "the damage should be noticed often")
    }
}
