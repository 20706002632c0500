import Foundation

/// What the last build wrote: for each output file, the key of everything it was made from
/// (templates, bantin's version, and the page's values or the file's bytes). A page whose key is
/// unchanged is hard-linked from the previous output instead of rendered and written again.
///
/// Kept in `<site>/.bantin-cache/`, outside the output, one file per output folder. A missing,
/// unreadable or foreign cache only means a full build; it can never make a page stale, because
/// a page is reused only when its key — computed from its complete inputs — is equal.
public struct BuildCache: Sendable {
    /// Changes whenever bantin's rendering could change: every key depends on it.
    public static let formatVersion = "bantin-cache-2"

    public private(set) var keys: [String: String]

    /// Not a file: the `SearchInputKey` the search index files in the cache were made from.
    public static let searchInputEntry = ".bantin-search-input"

    public init(keys: [String: String] = [:]) { self.keys = keys }

    /// The cache file for an output folder.
    public static func file(root: String, output: String) -> String {
        SiteWriter.absolute(root) + "/.bantin-cache/pages-" + ContentHash.hex(SiteWriter.absolute(output)).prefix(16) + ".tsv"
    }

    /// The manifest of the folder kept beside the output from the build before (see
    /// `SiteWriter.prepare(recycling:)`): the cache entries of the files it holds.
    public static func backFile(root: String, output: String) -> String {
        SiteWriter.absolute(root) + "/.bantin-cache/back-" + ContentHash.hex(SiteWriter.absolute(output)).prefix(16) + ".tsv"
    }

    /// Whether `file` holds a cache of this format (a missing or foreign file does not).
    public static func isValid(_ file: String) -> Bool {
        guard let data = FileBytes.read(file) else { return false }
        return data.starts(with: Array((formatVersion + "\n").utf8))
    }

    public static func load(_ file: String) -> BuildCache {
        guard let data = FileBytes.read(file) else { return BuildCache() }
        // Split on bytes: splitting the text by `Character` (grapheme clusters) took a third of a
        // second for 20,000 lines.
        let header = Array((formatVersion + "\n").utf8)
        guard data.starts(with: header) else { return BuildCache() }
        var keys: [String: String] = [:]
        var start = header.count
        while start < data.count {
            let end = data[start...].firstIndex(of: UInt8(ascii: "\n")) ?? data.count
            if let tab = data[start..<end].firstIndex(of: UInt8(ascii: "\t")) {
                keys[String(decoding: data[start..<tab], as: UTF8.self)] = String(decoding: data[(tab + 1)..<end], as: UTF8.self)
            }
            start = end + 1
        }
        return BuildCache(keys: keys)
    }

    /// Writes the cache beside its siblings (a plain write: losing it only costs a full build).
    public func save(_ file: String) {
        var text = Self.formatVersion + "\n"
        for path in keys.keys.sorted() { text += "\(path)\t\(keys[path] ?? "")\n" }
        try? FileManager.default.createDirectory(
            atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try? FileWriter.write(text, to: file)
    }
}
