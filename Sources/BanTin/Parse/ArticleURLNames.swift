/// Gives every article the name its URL ends with: `/<category>/<name>/`.
///
/// The name is the article's `slug:` when it has one, else made from its file's path below
/// `content/`: the file name without `.md`, after the folders it sits in, the category's own
/// folder left out (`content/thoi-su/bau-cu.md` → `bau-cu`, `content/thong-bao/2019/tuan-12.md`
/// → `2019-tuan-12`). A name so made depends on nothing but the article's own file, so adding,
/// importing or back-dating other articles never changes it: titles repeated every week
/// ("Thông báo", "Lịch công tác tuần") are no problem, since their files have different names.
///
/// Two articles of one category can still end up with one name (`a-b/c.md` beside `a/b-c.md`,
/// or a `slug:` equal to another file's name). A `slug:` written by hand keeps its name; among
/// made names, the earliest article (by date, then path) keeps it and each later one gets its
/// date (`-2020-06-25`), then its time (`-2020-06-25-1000`), then a number (`-2`), with a
/// warning naming the other file. Two `slug:` written alike cannot be settled: an error at the
/// later one's `slug:` line naming both files.
struct ArticleURLNames: Sendable {
    /// What the rule needs of one article.
    struct Entry: Sendable {
        var path: String
        var categorySlug: String
        var slug: ArticleFrontMatter.Located<String>?
        var date: SiteDate?
    }

    /// The name each article gets, by path (none for an article the rule cannot place), and
    /// every problem found.
    var names: [String: String] = [:]
    var diagnostics: [Diagnostic] = []

    /// The name made from a file's path (`content/…/name.md`) for an article of `categorySlug`;
    /// empty when the file's name has no letter or digit.
    static func name(fromPath path: String, categorySlug: String) -> String {
        var parts = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        if parts.first == "content" { parts.removeFirst() }
        guard var last = parts.popLast() else { return "" }
        if last.hasSuffix(".md") { last.removeLast(3) }
        if let first = parts.first, Slugger.slug(first) == categorySlug { parts.removeFirst() }
        let stem = Slugger.slug(last)
        guard !stem.isEmpty else { return "" }
        return (parts.map { Slugger.slug($0) }.filter { !$0.isEmpty } + [stem]).joined(separator: "-")
    }

    /// One article asking for a name.
    private struct Claim {
        var entry: Entry
        var name: String
        var explicit: Bool
    }

    init(_ entries: [Entry]) {
        var claims: [String: [Claim]] = [:]  // by "<category>/<name>"
        for entry in entries {
            let name = entry.slug?.value ?? Self.name(fromPath: entry.path, categorySlug: entry.categorySlug)
            guard !name.isEmpty else {
                diagnostics.append(.error(
                    SourceLocation(path: entry.path),
                    vi: "Tên tệp không tạo được đường dẫn (slug) nào: cần có chữ hoặc số.",
                    en: "The file name gives an empty URL slug: it needs a letter or a digit.",
                    hintVI: "Đổi tên tệp (ví dụ `tin-moi.md`) hoặc thêm `slug:`, ví dụ `slug: tin-moi`.",
                    hintEN: "Rename the file (e.g. `tin-moi.md`) or add a `slug:` such as `slug: tin-moi`."))
                continue
            }
            claims["\(entry.categorySlug)/\(name)", default: []].append(Claim(entry: entry, name: name, explicit: entry.slug != nil))
        }
        var taken = Set<String>()  // "<category>/<name>" given to an article
        var later: [Claim] = []
        for key in claims.keys.sorted() {
            guard let group = claims[key] else { continue }
            let explicit = group.filter(\.explicit).sorted { $0.entry.path < $1.entry.path }
            let made = group.filter { !$0.explicit }.sorted(by: Self.earlier)
            var keeper: Claim?
            if let first = explicit.first {
                keeper = first
                for other in explicit.dropFirst() {
                    diagnostics.append(.error(
                        other.entry.slug?.location ?? SourceLocation(path: other.entry.path),
                        vi: "Hai bài viết có cùng `slug: \(other.name)` trong một chuyên mục: \(first.entry.path) và \(other.entry.path).",
                        en: "Two articles have the same `slug: \(other.name)` in one category: \(first.entry.path) and \(other.entry.path).",
                        hintVI: "Đổi `slug:` của một trong hai bài, hoặc bỏ nó để dùng tên tệp.",
                        hintEN: "Change the `slug:` of one of them, or remove it to use the file name."))
                }
                later += made
            } else if let first = made.first {
                keeper = first
                later += made.dropFirst()
            }
            if let keeper {
                names[keeper.entry.path] = keeper.name
                taken.insert(key)
            }
        }
        for claim in later.sorted(by: Self.earlier) {
            let keeper = claims["\(claim.entry.categorySlug)/\(claim.name)"]?
                .first { names[$0.entry.path] == claim.name }?.entry.path ?? ""
            let name = Self.free(claim, taken: taken)
            names[claim.entry.path] = name
            taken.insert("\(claim.entry.categorySlug)/\(name)")
            diagnostics.append(.warning(
                claim.entry.slug?.location ?? SourceLocation(path: claim.entry.path),
                vi: "Bài \(keeper) đã có địa chỉ /\(claim.entry.categorySlug)/\(claim.name)/; bài này nhận địa chỉ /\(claim.entry.categorySlug)/\(name)/.",
                en: "\(keeper) already has the URL /\(claim.entry.categorySlug)/\(claim.name)/; this article gets /\(claim.entry.categorySlug)/\(name)/.",
                hintVI: "Muốn tự chọn địa chỉ, đổi tên tệp hoặc thêm `slug:`.",
                hintEN: "To choose the URL yourself, rename the file or add a `slug:`."))
        }
    }

    /// Earlier date first (undated last), then path.
    private static func earlier(_ a: Claim, _ b: Claim) -> Bool {
        switch (a.entry.date, b.entry.date) {
        case let (x?, y?) where x.epochSeconds != y.epochSeconds: return x.epochSeconds < y.epochSeconds
        case (nil, _?): return false
        case (_?, nil): return true
        default: return a.entry.path < b.entry.path
        }
    }

    /// The first of `name-yyyy-mm-dd`, `name-yyyy-mm-dd-hhmm`, `name-2`, `name-3`… not taken.
    private static func free(_ claim: Claim, taken: Set<String>) -> String {
        var candidates: [String] = []
        if let date = claim.entry.date {
            let day = "\(claim.name)-\(date.iso8601.prefix(10))"
            let hhmm = date.iso8601.dropFirst(11).prefix(5).filter { $0 != ":" }
            candidates = [day, "\(day)-\(hhmm)"]
        }
        for name in candidates where !taken.contains("\(claim.entry.categorySlug)/\(name)") { return name }
        var number = 2
        while taken.contains("\(claim.entry.categorySlug)/\(claim.name)-\(number)") { number += 1 }
        return "\(claim.name)-\(number)"
    }
}
