import Foundation

/// The only code that writes the site: everything goes into a fresh folder beside the output,
/// which replaces the output only when every file was written. A failed build leaves the
/// previous site as it was.
public struct SiteWriter: Sendable {
    /// A file bantin puts in every output folder it makes; a folder without it is never replaced.
    public static let markerName = ".bantin-output"

    public var output: String
    /// The site folder (refused as an output, as are its content and theme folders).
    public var siteRoot: String

    public init(output: String, siteRoot: String) {
        self.output = Self.absolute(output)
        self.siteRoot = Self.absolute(siteRoot)
    }

    /// Checks that `output` may be replaced; returns a located problem otherwise.
    public func checkOutputFolder() -> Diagnostic? {
        let resolved = (output as NSString).resolvingSymlinksInPath
        let home = FileManager.default.homeDirectoryForCurrentUser.path
        let forbidden = ["/", home, siteRoot, siteRoot + "/content", siteRoot + "/theme"]
            .map { ($0 as NSString).resolvingSymlinksInPath.trimmingTrailingSlash }
        if forbidden.contains(resolved.trimmingTrailingSlash) || siteRoot.hasPrefix(resolved.trimmingTrailingSlash + "/") {
            return .error(
                SourceLocation(path: output), vi: "Không thể ghi trang vào thư mục này: nó sẽ xóa mất dữ liệu khác.",
                en: "Refusing to build into this folder: it would replace other data.",
                hintVI: "Chọn thư mục riêng cho trang, ví dụ `-o public`.", hintEN: "Choose a folder of its own, e.g. `-o public`.")
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory) {
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: output)) ?? []
            if !isDirectory.boolValue || (!entries.isEmpty && !entries.contains(Self.markerName)) {
                return .error(
                    SourceLocation(path: output),
                    vi: "Thư mục đích đã có dữ liệu không do bantin tạo; bantin không ghi đè lên nó.",
                    en: "The output folder holds files bantin did not make; bantin will not replace it.",
                    hintVI: "Chọn thư mục khác bằng `-o`, hoặc tự xóa thư mục này nếu chắc chắn.",
                    hintEN: "Choose another folder with `-o`, or delete this one yourself if you are sure.")
            }
        }
        return nil
    }

    /// Writes the pages and copies the files into a new folder, then swaps it in.
    public func write(pages: [RenderedPage], copies: [(from: String, to: String)]) -> Diagnostic? {
        if let problem = checkOutputFolder() { return problem }
        let parent = (output as NSString).deletingLastPathComponent
        let name = (output as NSString).lastPathComponent
        let pid = ProcessInfo.processInfo.processIdentifier
        let staging = "\(parent)/.\(name).bantin-new-\(pid)"
        let retired = "\(parent)/.\(name).bantin-old-\(pid)"
        try? FileManager.default.removeItem(atPath: staging)
        do throws(FileWriter.Failure) {
            try FileWriter.makeDirectory(staging)
            var folders = Set<String>()
            for path in pages.map(\.path) + copies.map(\.to) {
                var folder = (path as NSString).deletingLastPathComponent
                while !folder.isEmpty, folders.insert(folder).inserted { folder = (folder as NSString).deletingLastPathComponent }
            }
            for folder in folders.sorted() { try FileWriter.makeDirectory(staging + "/" + folder) }
            let failures = pages.parallelMap { page -> FileWriter.Failure? in
                do throws(FileWriter.Failure) {
                    try FileWriter.write(page.contents, to: staging + "/" + page.path)
                    return nil
                } catch { return error }
            }
            if let failure = failures.compactMap({ $0 }).first { throw failure }
            for copy in copies { try FileWriter.copy(from: copy.from, to: staging + "/" + copy.to) }
            try FileWriter.write("bantin\n", to: staging + "/" + Self.markerName)
        } catch {
            try? FileManager.default.removeItem(atPath: staging)
            return .error(
                SourceLocation(path: error.path), vi: "Không ghi được tệp: \(error.reason).", en: "Cannot write: \(error.reason).",
                hintVI: "Kiểm tra chỗ trống trên đĩa và quyền ghi thư mục.", hintEN: "Check free disk space and folder permissions.")
        }
        let hadOld = FileManager.default.fileExists(atPath: output)
        if hadOld, rename(output, retired) != 0 {
            try? FileManager.default.removeItem(atPath: staging)
            return .error(SourceLocation(path: output), vi: "Không thay được thư mục đích.", en: "Cannot replace the output folder.")
        }
        if rename(staging, output) != 0 {
            if hadOld { _ = rename(retired, output) }
            try? FileManager.default.removeItem(atPath: staging)
            return .error(SourceLocation(path: output), vi: "Không thay được thư mục đích.", en: "Cannot replace the output folder.")
        }
        if hadOld { try? FileManager.default.removeItem(atPath: retired) }
        return nil
    }

    /// Writes a new content file below `root` (for `bantin new`); refuses to replace anything.
    public static func createFile(_ text: String, at relativePath: String, root: String) -> Diagnostic? {
        let full = absolute(root) + "/" + relativePath
        if FileManager.default.fileExists(atPath: full) {
            return .error(
                SourceLocation(path: relativePath), vi: "Tệp đã có; bantin không ghi đè.", en: "The file exists already; bantin does not overwrite it.",
                hintVI: "Đặt tiêu đề khác, hoặc mở tệp có sẵn để sửa.", hintEN: "Use another title, or open the existing file.")
        }
        do throws(FileWriter.Failure) {
            try FileWriter.makeDirectory((full as NSString).deletingLastPathComponent)
            try FileWriter.create(text, at: full)
        } catch {
            return .error(SourceLocation(path: relativePath), vi: "Không tạo được tệp: \(error.reason).", en: "Cannot create the file: \(error.reason).")
        }
        return nil
    }

    static func absolute(_ path: String) -> String {
        let full = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return (full as NSString).standardizingPath
    }
}

extension String {
    fileprivate var trimmingTrailingSlash: String {
        var text = self
        while text.count > 1, text.hasSuffix("/") { text.removeLast() }
        return text
    }
}
