/// The site's own address (`base_url`), to tell which links in a body point inside the site:
/// a site path (`/thoi-su/bai/`, below the base path) or a full address on the site's host, with
/// `http` or `https` (editors paste both), or scheme-relative (`//host/…`).
public struct SiteAddress: Sendable, Equatable {
    /// Lower-case host of the base URL, without a port.
    public var host: String
    /// An explicit port other than 80 and 443, or nil.
    public var port: Int?
    /// `/` or `/bantin/`.
    public var basePath: String

    public init(baseURL: String) {
        let parts = Self.split(baseURL)
        host = parts?.host ?? ""
        port = parts?.port
        let path = parts?.path ?? "/"
        basePath = path.hasSuffix("/") ? path : path + "/"
    }

    /// The place below the site root that `destination` points to (percent-decoded, without
    /// query or fragment, `.` and `..` resolved), or nil when it points elsewhere: another host,
    /// a path outside the base path, a relative path, an anchor, another scheme.
    public func sitePath(of destination: String) -> String? {
        let text = destination.trimmingSpaces
        let path: String
        if text.hasPrefix("//") {
            guard let parts = Self.split("https:" + text), parts.host == host, parts.port == port else { return nil }
            path = parts.path
        } else if text.hasPrefix("/") {
            path = String(text.prefix { $0 != "?" && $0 != "#" })
        } else {
            let lower = text.prefix(8).lowercased()
            guard lower.hasPrefix("http://") || lower.hasPrefix("https://"), let parts = Self.split(text),
                parts.host == host, parts.port == port
            else { return nil }
            path = parts.path
        }
        let decoded = path.contains("%") ? path.removingPercentEncoding ?? path : path
        let base = basePath.dropLast()  // "/bantin" (or "" for "/")
        guard decoded.hasPrefix(basePath) || decoded == base || (base.isEmpty && decoded.isEmpty) else { return nil }
        let below = decoded.count > base.count ? String(decoded.dropFirst(basePath.count)) : ""
        return Self.resolveDots(below)
    }

    /// `scheme://[user@]host[:port]/path` → host, port and path (`/` when absent); nil when it is
    /// not an http(s) address with a host.
    static func split(_ url: String) -> (host: String, port: Int?, path: String)? {
        guard let schemeEnd = url.range(of: "://") else { return nil }
        let scheme = url[..<schemeEnd.lowerBound].lowercased()
        guard scheme == "http" || scheme == "https" else { return nil }
        let rest = url[schemeEnd.upperBound...]
        let authorityEnd = rest.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? rest.endIndex
        var authority = rest[..<authorityEnd]
        if let at = authority.lastIndex(of: "@") { authority = authority[authority.index(after: at)...] }
        var host = authority
        var port: Int?
        if let colon = authority.lastIndex(of: ":"), !authority.hasSuffix("]") {
            host = authority[..<colon]
            let digits = authority[authority.index(after: colon)...]
            if !digits.isEmpty {
                guard let number = Int(digits) else { return nil }
                port = number == 80 || number == 443 ? nil : number
            }
        }
        var name = host.lowercased()
        if name.hasSuffix(".") { name.removeLast() }
        guard !name.isEmpty else { return nil }
        let tail = rest[authorityEnd...]
        let path = tail.prefix { $0 != "?" && $0 != "#" }
        return (name, port, path.isEmpty ? "/" : String(path))
    }

    /// Resolves `.` and `..` in a path below the root, keeping a trailing `/`; a `..` above the
    /// root stays the root.
    static func resolveDots(_ path: String) -> String {
        guard path.contains("/.") || path.hasPrefix(".") else { return path }
        var parts: [Substring] = []
        for piece in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch piece {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(piece)
            }
        }
        let folderLike = path.hasSuffix("/") || path.hasSuffix("/.") || path.hasSuffix("/..") || path == "." || path == ".."
        let joined = parts.joined(separator: "/")
        return joined.isEmpty ? "" : joined + (folderLike ? "/" : "")
    }
}
