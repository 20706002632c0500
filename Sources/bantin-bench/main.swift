// bantin-bench: times "Tin liên quan" on N synthetic articles held in memory, or the search
// index of a real site (read and parsed first, then indexed and written to memory, no disk).
//
//   .build/release/bantin-bench related 10000 100000
//   .build/release/bantin-bench search /tmp/s10k
//
// "whole-index" is everything `SiteIndex` does (sort, tags, authors, archive and the ranking);
// "related-alone" ranks again on the built index. Articles get 2–6 tags drawn with a Zipf skew from 300, "Tây Ninh" on half of them, 12
// categories and dates over ten years, from a fixed seed. Prints, per size, the time to build the
// index (sort, tags, authors, archive) and to rank related news, and the process's peak memory.
import BanTin
import Foundation

struct SplitMix64 {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}

func synthesize(_ count: Int) -> [Article] {
    var random = SplitMix64(state: 42)
    let zone = TimeZone(identifier: "Asia/Ho_Chi_Minh") ?? TimeZone(secondsFromGMT: 25_200) ?? .current
    let categories = (0..<12).map { CategoryConfig(name: "Mục \($0)", slug: "muc-\($0)", order: $0) }
    let tags = (0..<300).map { "chủ đề \($0)" }
    // Zipf weights 1/k, as a cumulative table.
    var cumulative: [Double] = []
    var total = 0.0
    for rank in 1...tags.count {
        total += 1 / Double(rank)
        cumulative.append(total)
    }
    let start: Int64 = 1_420_070_400  // 2015-01-01
    return (0..<count).map { number in
        var chosen: [String] = number % 2 == 0 ? ["Tây Ninh"] : []
        for _ in 0..<(2 + random.below(5)) {
            let target = random.unit() * total
            var low = 0, high = cumulative.count - 1
            while low < high {
                let middle = (low + high) / 2
                if cumulative[middle] < target { low = middle + 1 } else { high = middle }
            }
            if !chosen.contains(tags[low]) { chosen.append(tags[low]) }
        }
        let date = SiteDate(epochSeconds: start + Int64(random.below(315_360_000)), timeZone: zone)
        return Article(
            sourcePath: "content/bai-\(number).md", slug: "bai-\(number)", category: categories[random.below(12)],
            title: "Bài \(number)", date: date, author: "Tác giả \(random.below(30))",
            views: Int(1000 / max(0.001, random.unit())), summary: "", summaryGiven: false, image: nil,
            imageCaption: "", tags: chosen, featured: false, related: [], status: .published, redirect: nil,
            audio: nil, attachments: [], bodyHTML: "")
    }
}

func peakMemoryMB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

func seconds(_ work: () -> Void) -> Double {
    let begin = DispatchTime.now().uptimeNanoseconds
    work()
    return Double(DispatchTime.now().uptimeNanoseconds - begin) / 1e9
}

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "pages", arguments.count == 2 {
    pagesBenchmark(root: arguments[1])
    exit(0)
}
if arguments.first == "resident", arguments.count >= 2 {
    residentBench(root: arguments[1], edits: arguments.count > 2 ? Int(arguments[2]) ?? 5 : 5, titles: arguments.count > 3 && arguments[3] == "title")
    exit(0)
}
if arguments.first == "urls", arguments.count == 2 {
    urlList(root: arguments[1])
}
if arguments.first == "search", arguments.count == 2 {
    searchBench(root: arguments[1])
    exit(0)
}
guard arguments.first == "related" else {
    FileHandle.standardError.write(Data("usage: bantin-bench related N [N …] | bantin-bench pages SITE | bantin-bench search SITE | bantin-bench resident SITE [EDITS] [title] | bantin-bench urls SITE\n".utf8))
    exit(2)
}
let sizes = arguments.dropFirst().compactMap { Int($0) }
print("articles  whole-index(s)  related-alone(s)  related/article(µs)  links  peak-memory(MB)")
for size in sizes.isEmpty ? [10_000, 100_000] : sizes {
    let articles = synthesize(size)
    var index: SiteIndex?
    let indexTime = seconds { index = SiteIndex(articles: articles) }
    guard let built = index else { continue }
    var related: [[Int]] = []
    let rankTime = seconds { related = RelatedRanker(config: RelatedConfig()).rank(articles: built.articles, tags: built.tags) }
    let links = related.reduce(0) { $0 + $1.count }
    print(String(format: "%8d  %14.2f  %16.2f  %19.1f  %6d  %15.0f",
                 size, indexTime, rankTime, rankTime / Double(size) * 1e6, links, peakMemoryMB()))
}
