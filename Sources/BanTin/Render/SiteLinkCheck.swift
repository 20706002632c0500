/// Checks the links of article bodies that point inside the site (`SiteLink`) against every
/// output of the build: pages, feeds, redirects of old addresses, media and theme files. A link
/// to nothing is an error at its place, with the nearest existing page as a hint.
public struct SiteLinkCheck: Sendable {
    /// Every file the build writes, relative to the output folder (`thoi-su/bai/index.html`).
    let outputs: Set<String>
    /// `/` or `/bantin/`, to show links as readers see them.
    let basePath: String
    /// Broken targets that get a computed suggestion (the rest get the general hint): finding the
    /// nearest page reads every page of a category.
    static let suggestionLimit = 200

    /// Old addresses with a query (`Pages/chi-tiet-tin.aspx?ItemID=123`): no file answers them,
    /// the server maps do.
    let queryAliases: Set<String>

    public init(outputs: some Sequence<String>, basePath: String, queryAliases: some Sequence<String> = [String]()) {
        self.outputs = Set(outputs)
        self.basePath = basePath
        self.queryAliases = Set(queryAliases)
    }

    /// Whether `link` leads to something: a file of the build, or an old address with a query
    /// that the server maps answer (the query read from the link as written).
    func exists(_ link: SiteLink) -> Bool {
        if exists(link.target) { return true }
        guard !queryAliases.isEmpty, let mark = link.written.firstIndex(of: "?") else { return false }
        var query = link.written[link.written.index(after: mark)...]
        if let hash = query.firstIndex(of: "#") { query = query[..<hash] }
        guard let alias = AliasPath.normalize("/" + link.target + "?" + query) else { return false }
        return queryAliases.contains(alias)
    }

    /// Whether a plain file server would answer `target` (a path below the site root) with a
    /// file of this build: a folder with its `index.html`, or the file itself (a folder written
    /// without its last `/` is answered through the server's redirect to it).
    public func exists(_ target: String) -> Bool {
        if target.isEmpty { return outputs.contains("index.html") }
        if target.hasSuffix("/") { return outputs.contains(target + "index.html") }
        return outputs.contains(target) || outputs.contains(target + "/index.html")
    }

    public func check(_ articles: [Article]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var suggestions: [String: String?] = [:]
        var finder: NearestPage?
        for article in articles {
            for link in article.siteLinks where !exists(link) {
                var nearest: String?
                if let known = suggestions[link.target] {
                    nearest = known
                } else if suggestions.count < Self.suggestionLimit {
                    if finder == nil { finder = NearestPage(outputs: outputs) }
                    nearest = finder?.nearest(to: link.target)
                    suggestions[link.target] = nearest
                }
                diagnostics.append(problem(link, nearest: nearest))
            }
        }
        return diagnostics
    }

    func problem(_ link: SiteLink, nearest: String?) -> Diagnostic {
        let shown = basePath + link.target
        let guessVI = nearest.map { "Có phải ý bạn là \(basePath + $0)? " } ?? ""
        let guessEN = nearest.map { "Did you mean \(basePath + $0)? " } ?? ""
        let isFile = link.target.hasPrefix("media/")
        return .error(
            link.location,
            vi: "Liên kết \"\(link.written)\" dẫn tới \(shown), nhưng trang web không có trang hay tệp nào ở đó.",
            en: "The link \"\(link.written)\" goes to \(shown), but the site has no page or file there.",
            hintVI: guessVI + (isFile
                ? "Để dẫn tới tệp, hãy đặt tệp trong content/ và ghi đường dẫn tương đối (ví dụ `van-ban.pdf`): bantin tự chép tệp và điền địa chỉ."
                : "Để dẫn tới bài khác, hãy ghi tệp .md của bài (ví dụ `../kinh-te/bai.md`): bantin tự điền địa chỉ đúng."),
            hintEN: guessEN + (isFile
                ? "To link a file, put it inside content/ and write its relative path (e.g. `van-ban.pdf`): bantin copies it and fills in its address."
                : "To link another article, write its .md file (e.g. `../kinh-te/bai.md`): bantin fills in its address."))
    }
}

/// The existing page whose address is nearest a broken one: the same last segment in another
/// folder (an article linked under the wrong category), else the most similar name in the same
/// first folder.
struct NearestPage {
    /// Pages as folder paths (`thoi-su/bai/`), sorted, and other files as they are.
    let places: [String]
    var byName: [Substring: String] = [:]
    var byFolder: [Substring: [String]] = [:]

    init(outputs: Set<String>) {
        places = outputs.compactMap { path -> String? in
            if path == "index.html" || path.hasSuffix(".xml") || path.hasPrefix("assets/") || path.hasPrefix("_redirects") { return nil }
            if path.hasSuffix("/index.html") { return String(path.dropLast("index.html".count)) }
            return path.hasSuffix(".html") ? nil : path
        }.sorted()
        for place in places {
            if let name = Self.lastName(place), byName[name] == nil { byName[name] = place }
            byFolder[Self.firstFolder(place), default: []].append(place)
        }
    }

    func nearest(to target: String) -> String? {
        guard let name = Self.lastName(target) else { return nil }
        if let same = byName[name] { return same }
        let pool = byFolder[Self.firstFolder(target)] ?? places
        let wanted = Self.pairs(name)
        var best: (score: Double, place: String)?
        for place in pool {
            guard let other = Self.lastName(place) else { continue }
            let score = Self.similarity(wanted, Self.pairs(other))
            if score > (best?.score ?? 0.45) { best = (score, place) }
        }
        return best?.place
    }

    static func lastName(_ path: String) -> Substring? {
        path.split(separator: "/").last { $0 != "index.html" }
    }

    static func firstFolder(_ path: String) -> Substring {
        path.split(separator: "/").first ?? ""
    }

    /// Neighbouring character pairs (Dice's coefficient is computed on them).
    static func pairs(_ text: Substring) -> [UInt16] {
        let bytes = Array(text.utf8)
        guard bytes.count > 1 else { return bytes.map { UInt16($0) } }
        return (1..<bytes.count).map { UInt16(bytes[$0 - 1]) << 8 | UInt16(bytes[$0]) }.sorted()
    }

    /// Twice the shared pairs over all pairs: 1 for the same text, 0 for nothing in common.
    static func similarity(_ lhs: [UInt16], _ rhs: [UInt16]) -> Double {
        guard !lhs.isEmpty || !rhs.isEmpty else { return 0 }
        var shared = 0, left = 0, right = 0
        while left < lhs.count, right < rhs.count {
            if lhs[left] == rhs[right] {
                shared += 1
                left += 1
                right += 1
            } else if lhs[left] < rhs[right] {
                left += 1
            } else {
                right += 1
            }
        }
        return 2 * Double(shared) / Double(lhs.count + rhs.count)
    }
}
