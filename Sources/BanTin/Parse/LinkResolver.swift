import Foundation

/// Where a link to an article leads.
public enum LinkTarget: Sendable, Equatable {
    /// The article's page, by its path below the site root.
    case page(String)
    /// The article links out (`redirect:`).
    case external(String)
    /// The article exists but is not built (draft, pending).
    case hidden
}

/// Resolves what an article refers to (links in its body, `image:`, `audio:`, attachments)
/// against the loaded content, without touching the disk.
public struct LinkResolver: Sendable {
    public enum Resolution: Sendable, Equatable {
        /// Leave the destination as written (web address, anchor, site path).
        case keep
        /// Use this URL instead.
        case url(String)
        /// A file from content/ to copy, and its URL.
        case file(MediaFile, url: String)
        /// Refused, with the reason.
        case problem(vi: String, en: String, hintVI: String, hintEN: String)
    }

    public var basePath: String
    /// Article targets by source path (`content/kinh-te/bai.md`).
    public var articles: [String: LinkTarget]
    public var files: [String: AssetFile]

    public init(basePath: String, articles: [String: LinkTarget], files: [String: AssetFile]) {
        self.basePath = basePath
        self.articles = articles
        self.files = files
    }

    /// A digest of everything an answer depends on: two resolvers with the same digest answer
    /// every question alike (`ArticleMemo` then skips asking again).
    public var digest: String {
        var hash = ContentHash()
        hash.add(basePath)
        hash.addNumber(articles.count)
        for path in articles.keys.sorted() {
            hash.add(path)
            switch articles[path] {
            case .page(let page)?:
                hash.addNumber(1)
                hash.add(page)
            case .external(let url)?:
                hash.addNumber(2)
                hash.add(url)
            case .hidden?, nil:
                hash.addNumber(3)
            }
        }
        hash.addNumber(files.count)
        for path in files.keys.sorted() {
            hash.add(path)
            guard let file = files[path] else { continue }
            hash.addNumber(file.size)
            hash.add(image: file.image)
        }
        return hash.hex
    }

    /// Resolves `destination` written in the article at `sourcePath`.
    public func resolve(_ destination: String, from sourcePath: String, fileOnly: Bool = false) -> Resolution {
        let trimmed = destination.trimmingSpaces
        if URLCheck.isDangerous(trimmed) {
            return .problem(
                vi: "Địa chỉ \"\(trimmed.prefix(40))\" dùng giao thức không an toàn và bị từ chối.",
                en: "The address \"\(trimmed.prefix(40))\" uses an unsafe scheme and is refused.",
                hintVI: "Chỉ dùng liên kết http://, https://, mailto: hoặc tệp trong content/.",
                hintEN: "Use only http://, https://, mailto: links or files in content/.")
        }
        if trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed.hasPrefix("/") || URLCheck.hasScheme(trimmed) {
            if fileOnly {
                return .problem(
                    vi: "\"\(trimmed)\" phải là tệp nằm trong thư mục content/, viết đường dẫn tương đối.",
                    en: "\"\(trimmed)\" must be a file inside content/, given as a relative path.",
                    hintVI: "Đặt tệp cạnh bài viết và ghi tên tệp, ví dụ `anh.png`.",
                    hintEN: "Put the file beside the article and write its name, e.g. `anh.png`.")
            }
            return .keep
        }
        var pathPart = Substring(trimmed)
        var suffix = ""
        if let cut = pathPart.firstIndex(where: { $0 == "#" || $0 == "?" }) {
            suffix = String(pathPart[cut...])
            pathPart = pathPart[..<cut]
        }
        let decoded = pathPart.contains("%") ? String(pathPart).removingPercentEncoding ?? String(pathPart) : String(pathPart)
        guard let target = Self.normalize(decoded, relativeTo: sourcePath) else {
            return .problem(
                vi: "Đường dẫn \"\(trimmed)\" đi ra ngoài thư mục content/.",
                en: "The path \"\(trimmed)\" leads outside content/.",
                hintVI: "Chỉ dẫn tới tệp nằm trong content/.", hintEN: "Refer only to files inside content/.")
        }
        if target.hasSuffix(".md"), !fileOnly {
            switch articles[target] {
            case .page(let path)?: return .url(basePath + path + suffix)
            case .external(let url)?: return .url(url)
            case .hidden?:
                return .problem(
                    vi: "Liên kết tới bài \(target) chưa được đăng.", en: "The link goes to \(target), which is not published.",
                    hintVI: "Đăng bài đó trước, hoặc bỏ liên kết.", hintEN: "Publish that article first, or remove the link.")
            case nil:
                return .problem(
                    vi: "Liên kết tới bài \(target) không tồn tại.", en: "The link goes to \(target), which does not exist.",
                    hintVI: "Kiểm tra tên tệp và thư mục chuyên mục của bài được dẫn.", hintEN: "Check the file name and category folder.")
            }
        }
        guard let asset = files[target] else {
            return .problem(
                vi: "Không tìm thấy tệp \(target).", en: "File \(target) not found.",
                hintVI: "Đặt tệp vào đúng chỗ trong content/ hoặc sửa tên tệp (phân biệt chữ hoa, chữ thường).",
                hintEN: "Put the file there inside content/ or fix the name (case matters).")
        }
        let outputPath = "media/" + target.dropFirst("content/".count)
        let media = MediaFile(sourcePath: target, outputPath: outputPath, size: asset.size, title: "", image: asset.image)
        return .file(media, url: basePath + Self.percentEncodePath(outputPath) + suffix)
    }

    /// Joins `path` to the folder of `sourcePath`, resolving `.` and `..`; nil when it leaves `content/`.
    static func normalize(_ path: String, relativeTo sourcePath: String) -> String? {
        var parts = sourcePath.split(separator: "/").dropLast().map(String.init)
        for piece in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch piece {
            case ".": continue
            case "..":
                guard parts.count > 1 else { return nil }  // never above content/
                parts.removeLast()
            default: parts.append(String(piece))
            }
        }
        guard parts.first == "content", parts.count > 1 else { return nil }
        return parts.joined(separator: "/")
    }

    /// Percent-encodes every byte of a path but unreserved characters and `/`.
    public static func percentEncodePath(_ path: String) -> String {
        URLText.percentEncode(path, keepingSlash: true)
    }
}

extension ContentHash {
    /// What is known of a picture's size, tagged by kind (for `LinkResolver.digest` and `LinkLookups`).
    mutating func add(image: ImageInfo?) {
        switch image {
        case nil: addNumber(0)
        case .size(let size)?:
            addNumber(1)
            addNumber(size.width)
            addNumber(size.height)
        case .unreadable(let vi, let en)?:
            addNumber(2)
            add(vi)
            add(en)
        }
    }
}
