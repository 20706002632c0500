import Foundation

/// An old site's address split for matching links: `https://old.example/blog` → origin
/// `https://old.example`, host `old.example`, path prefix `/blog`.
public struct SiteAddressParts: Sendable {
    public var origin: String
    public var host: String

    public init(_ address: String) {
        let components = URLComponents(string: address.trimmingSpaces)
        host = components?.host?.lowercased() ?? ""
        if let scheme = components?.scheme, !host.isEmpty {
            origin = scheme + "://" + host + (components?.port.map { ":\($0)" } ?? "")
        } else {
            origin = ""
        }
    }

    /// The path (and query) of `address` when it is on this site: a root-relative path, or a full
    /// address whose host is this one (with or without `www.`). Nil otherwise.
    public func localPath(_ address: String) -> String? {
        let trimmed = address.trimmingSpaces
        if trimmed.hasPrefix("/"), !trimmed.hasPrefix("//") { return Self.pathAndQuery(trimmed) }
        guard !host.isEmpty, let components = URLComponents(string: trimmed.hasPrefix("//") ? "http:" + trimmed : trimmed),
              let other = components.host?.lowercased(),
              other == host || "www." + other == host || other == "www." + host else { return nil }
        var path = components.percentEncodedPath.isEmpty ? "/" : components.percentEncodedPath
        if let query = components.percentEncodedQuery, !query.isEmpty { path += "?" + query }
        return path
    }

    static func pathAndQuery(_ text: String) -> String {
        String(text.prefix { $0 != "#" })
    }
}
