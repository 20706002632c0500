import Foundation

/// The only code that reads the site from disk: `site.yml`, `content/` and `theme/`.
///
/// Hidden files are skipped, listings are sorted, symbolic links are not followed (a link could
/// lead outside the site or into a loop), and an unreadable file is a located error.
public struct SiteLoader: Sendable {
    public var root: String
    public var contentFolder = "content"
    public var themeFolder = "theme"

    public init(root: String) { self.root = root }

    /// Only `site.yml`, parsed (for commands that need no content, such as `bantin new`).
    public func loadConfig() -> (SiteConfig?, [Diagnostic]) {
        guard let bytes = FileBytes.read(root + "/" + SiteConfigParser.fileName) else {
            return (nil, [.error(
                SourceLocation(path: SiteConfigParser.fileName), vi: "Không tìm thấy tệp site.yml trong \(root).",
                en: "No site.yml in \(root).", hintVI: "Chạy lệnh trong thư mục của trang, hoặc dùng `--root`.",
                hintEN: "Run the command in the site folder, or pass `--root`.")])
        }
        switch SourceText.decode(bytes, path: SiteConfigParser.fileName) {
        case .success(let text):
            let (config, problems) = SiteConfigParser.parse(text)
            return (problems.contains { $0.severity == .error } ? nil : config, problems)
        case .failure(let problem):
            return (nil, [problem])
        }
    }

    /// `unchanged`: article files known unchanged since they were parsed (path → `ArticleMemo.bytesKey`),
    /// which are not read.
    public func load(unchanged: [String: String] = [:]) -> (SiteSource?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let configPath = root + "/" + SiteConfigParser.fileName
        guard let configBytes = FileBytes.read(configPath) else {
            diagnostics.append(.error(
                SourceLocation(path: SiteConfigParser.fileName),
                vi: "Không tìm thấy tệp site.yml trong \(root).", en: "No site.yml in \(root).",
                hintVI: "Chạy lệnh trong thư mục của trang (nơi có site.yml, content/ và theme/), hoặc dùng `--root`.",
                hintEN: "Run the command in the site folder (with site.yml, content/ and theme/), or pass `--root`."))
            return (nil, diagnostics)
        }
        var configText = ""
        switch SourceText.decode(configBytes, path: SiteConfigParser.fileName) {
        case .success(let text): configText = text
        case .failure(let diagnostic): diagnostics.append(diagnostic)
        }

        var articles: [SourceFile] = []
        var contentFiles: [String: AssetFile] = [:]
        let entries = walk(contentFolder, diagnostics: &diagnostics)
        // Articles are read on every core: with a cold disk cache the reads wait on the disk,
        // and a large site is hundreds of megabytes.
        let markdown = entries.filter { $0.path.hasSuffix(".md") }
        let contents = markdown.parallelMap { entry in unchanged[entry.path] != nil ? [] : FileBytes.read(entry.absolutePath) }
        for (entry, bytes) in zip(markdown, contents) {
            guard let bytes else {
                diagnostics.append(Self.unreadable(entry))
                continue
            }
            articles.append(SourceFile(path: entry.path, bytes: bytes, knownKey: unchanged[entry.path]))
        }
        for entry in entries {
            if entry.path.hasSuffix(".md") {
                continue
            } else {
                var file = entry
                let suffix = (entry.path as NSString).pathExtension.lowercased()
                if ImageHeader.extensions.contains(suffix) { file.image = Self.imageInfo(file.absolutePath) }
                contentFiles[entry.path] = file
            }
        }
        if articles.isEmpty && !FileManager.default.fileExists(atPath: root + "/" + contentFolder) {
            diagnostics.append(.error(
                SourceLocation(path: contentFolder),
                vi: "Không có thư mục content/.", en: "There is no content/ folder.",
                hintVI: "Tạo thư mục content/ và đặt các bài viết .md vào đó.", hintEN: "Create content/ and put .md articles in it."))
        }

        var templates: [String: SourceFile] = [:]
        var themeStatic: [AssetFile] = []
        let templatePrefix = themeFolder + "/templates/"
        for entry in walk(themeFolder, diagnostics: &diagnostics) {
            if entry.path.hasPrefix(templatePrefix) && entry.path.hasSuffix(".mustache") {
                let name = String(entry.path.dropFirst(templatePrefix.count).dropLast(".mustache".count))
                if let bytes = read(entry, diagnostics: &diagnostics) {
                    templates[name] = SourceFile(path: entry.path, bytes: bytes)
                }
            } else if entry.path.hasPrefix(themeFolder + "/static/") {
                themeStatic.append(entry)
            }
        }
        let source = SiteSource(
            configText: configText, articles: articles, contentFiles: contentFiles,
            templates: templates, themeStatic: themeStatic)
        return (source, diagnostics)
    }

    /// Regular files below `folder` (relative to the root), sorted by path.
    private func walk(_ folder: String, diagnostics: inout [Diagnostic]) -> [AssetFile] {
        var found: [AssetFile] = []
        var pending = [folder]
        let manager = FileManager.default
        while let current = pending.popLast() {
            let absolute = root + "/" + current
            guard let names = try? manager.contentsOfDirectory(atPath: absolute) else {
                if current != folder || manager.fileExists(atPath: absolute) {
                    diagnostics.append(.error(
                        SourceLocation(path: current), vi: "Không đọc được thư mục.", en: "The folder cannot be read.",
                        hintVI: "Kiểm tra quyền truy cập thư mục.", hintEN: "Check the folder's permissions."))
                }
                continue
            }
            for name in names.sorted() where !name.hasPrefix(".") {
                let path = current + "/" + name
                let full = root + "/" + path
                var info = stat()
                guard lstat(full, &info) == 0 else { continue }
                switch info.st_mode & S_IFMT {
                case S_IFDIR:
                    pending.append(path)
                case S_IFREG:
                    found.append(AssetFile(path: path, absolutePath: full, size: Int(info.st_size)))
                case S_IFLNK:
                    diagnostics.append(.warning(
                        SourceLocation(path: path), vi: "Bỏ qua liên kết tượng trưng (symlink).",
                        en: "Symbolic link skipped.",
                        hintVI: "Chép tệp thật vào đây thay cho liên kết.", hintEN: "Copy the real file here instead of linking."))
                default:
                    continue
                }
            }
        }
        return found.sorted { $0.path < $1.path }
    }

    /// The pixel size of a picture, from the first bytes of its file (only what the header needs).
    static func imageInfo(_ absolutePath: String) -> ImageInfo {
        let descriptor = open(absolutePath, O_RDONLY)
        guard descriptor >= 0 else {
            return .unreadable(vi: "không mở được tệp ảnh", en: "the picture file cannot be opened")
        }
        defer { close(descriptor) }
        return ImageHeader.info { offset, count in
            var buffer = [UInt8](repeating: 0, count: count)
            let got = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, count, off_t(offset)) }
            return got > 0 ? Array(buffer.prefix(got)) : []
        }
    }

    private func read(_ entry: AssetFile, diagnostics: inout [Diagnostic]) -> [UInt8]? {
        guard let bytes = FileBytes.read(entry.absolutePath) else {
            diagnostics.append(Self.unreadable(entry))
            return nil
        }
        return bytes
    }

    static func unreadable(_ entry: AssetFile) -> Diagnostic {
        .error(
            SourceLocation(path: entry.path), vi: "Không đọc được tệp.", en: "The file cannot be read.",
            hintVI: "Kiểm tra quyền đọc của tệp (chmod).", hintEN: "Check the file's read permission.")
    }
}
