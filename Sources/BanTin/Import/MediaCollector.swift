import Foundation

/// Collects, while one body is converted, the media files to copy beside the article and the
/// notes for the report. A class because the converter's rewrite closure fills it; used by one
/// conversion on one thread only.
final class MediaCollector: @unchecked Sendable {
    let mediaFile: @Sendable (String) -> String?
    let folder: String
    private(set) var copies: [ImportedArticle.MediaCopy] = []
    private(set) var notes: [String] = []

    init(mediaFile: @escaping @Sendable (String) -> String?, folder: String) {
        self.mediaFile = mediaFile
        self.folder = folder
    }

    func note(_ text: String) {
        if !notes.contains(text) { notes.append(text) }
    }

    /// The file name beside the article for an uploads address whose file the uploads folder has
    /// (`…/wp-content/uploads/2020/06/anh.jpg` → `2020-06-anh.jpg`), the copy recorded.
    func localName(for address: String, site: SiteAddressParts) -> String? {
        guard let path = site.localPath(address) ?? Self.uploadsPath(address), let range = path.range(of: "/uploads/")
        else { return nil }
        var relative = String(path[range.upperBound...].prefix { $0 != "?" && $0 != "#" })
        relative = relative.removingPercentEncoding ?? relative
        guard !relative.isEmpty, !relative.split(separator: "/").contains(where: { $0 == ".." || $0.hasPrefix(".") }),
              let source = mediaFile(relative) else { return nil }
        let segments = relative.split(separator: "/")
        let name = segments.count >= 3 ? segments.suffix(3).joined(separator: "-") : segments.joined(separator: "-")
        let target = folder + "/" + name
        if !copies.contains(where: { $0.to == target }) { copies.append(.init(from: source, to: target)) }
        return name
    }

    /// The file name beside the article for a mirror path whose file exists (`PublishingImages/2020/anh.jpg`
    /// → `2020-anh.jpg`, the last two path parts), the copy recorded.
    func copy(mirror: String) -> String? {
        guard let source = mediaFile(mirror) else { return nil }
        let name = mirror.split(separator: "/").suffix(2).joined(separator: "-")
        let target = folder + "/" + name
        if !copies.contains(where: { $0.to == target }) { copies.append(.init(from: source, to: target)) }
        return name
    }

    /// Uploads on another host (a CDN such as `files.wordpress.com`): the path when it has `/uploads/`
    /// or is a `files.` host's dated path.
    static func uploadsPath(_ address: String) -> String? {
        guard let components = URLComponents(string: address), components.host != nil else { return nil }
        let path = components.path
        if path.contains("/uploads/") { return path }
        if components.host?.hasPrefix("files.") == true { return "/uploads" + path }
        return nil
    }
}
