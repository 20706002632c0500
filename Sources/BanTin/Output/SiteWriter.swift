import Foundation

/// The only code that writes the site: everything goes into a fresh folder (in the site's
/// `.bantin-cache/`, see `stateFolder`), which replaces the output only when every file was
/// written. A failed build leaves the previous site as it was.
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

    /// Checks the output folder and makes a fresh staging folder beside it.
    public func prepare() -> Result<StagingFolder, Diagnostic> {
        prepare(recycling: nil).map(\.staging)
    }

    /// Where a build keeps its working folders (the one it writes into, the site it replaced):
    /// `.bantin-cache/output-<hash of the output path>/` in the site folder, mode 0700, when that
    /// is on the output's file system (a folder moves between them in one rename); nil otherwise.
    /// Never beside the output: where a web server's root is the output's parent (sub-path
    /// hosting, several bulletins under one root), a folder there would be served, and with it an
    /// article taken down since.
    public var stateFolder: String? {
        let cache = siteRoot + "/.bantin-cache"
        var cacheInfo = stat(), parentInfo = stat()
        guard stat(cache, &cacheInfo) == 0, stat((output as NSString).deletingLastPathComponent, &parentInfo) == 0,
            cacheInfo.st_dev == parentInfo.st_dev
        else { return nil }
        return cache + "/output-" + ContentHash.hex(output).prefix(16)
    }

    /// The site of the build before the last one, kept (in `stateFolder`) for the next build to
    /// update in place instead of deleted; nil where there is no state folder.
    public var backFolder: String? { stateFolder.map { $0 + "/back" } }

    /// Checks the output folder and returns the folder to build into, with the cache entries of
    /// the files already in it.
    ///
    /// With a `manifest` (the cached build), the folder kept from the build before the last one
    /// is brought up to date instead of a fresh folder filled with links to the current output:
    /// only the files that differ from it are touched, and the output it replaces is kept in its
    /// turn rather than deleted file by file (at 10,000 articles those two cost seconds). Its
    /// manifest is deleted first: a build killed while updating it leaves no manifest, and the
    /// next build removes the folder and starts afresh. The live output is never written into.
    ///
    /// Where the state folder cannot be on the output's file system, the build writes into a
    /// folder beside the output (mode 0700 until it is swapped in) and the replaced site is
    /// deleted at once.
    public func prepare(recycling manifest: String?) -> Result<(staging: StagingFolder, back: BuildCache?), Diagnostic> {
        if let problem = checkOutputFolder() { return .failure(problem) }
        let parent = (output as NSString).deletingLastPathComponent
        let name = (output as NSString).lastPathComponent
        let pid = ProcessInfo.processInfo.processIdentifier
        do throws(FileWriter.Failure) {
            try FileWriter.makeDirectory(parent)
        } catch {
            return .failure(.error(SourceLocation(path: output), vi: "Không tạo được thư mục \(parent): \(error.reason).", en: "Cannot create \(parent): \(error.reason)."))
        }
        try? FileWriter.makeDirectory(siteRoot + "/.bantin-cache")
        let state = stateFolder
        if let state {
            if mkdir(state, 0o700) != 0, errno != EEXIST { return .failure(.error(SourceLocation(path: state), vi: "Không tạo được thư mục \(state).", en: "Cannot create \(state).")) }
            _ = chmod(state, 0o700)
        }
        recoverInterruptedBuilds(parent: parent, name: name, state: state)
        let workPrefix = state.map { $0 + "/" } ?? "\(parent)/.\(name).bantin-"
        let retired = "\(workPrefix)old-\(pid)"
        let keep = manifest != nil && StagingFolder.renameExchange != nil && state != nil
        if keep, let manifest, let backFolder, BuildCache.isValid(manifest), Self.isFolder(backFolder),
            FileManager.default.fileExists(atPath: output)
        {
            let back = BuildCache.load(manifest)
            if unlink(manifest) == 0 {
                let staging = StagingFolder(
                    path: backFolder, output: output, retired: retired, back: backFolder, recycled: true, keepPrevious: true)
                return .success((staging, back))
            }
        }
        if manifest != nil { _ = unlink(manifest ?? "") }
        if let backFolder, FileManager.default.fileExists(atPath: backFolder) { StagingFolder.removeTree(backFolder) }
        let staging = StagingFolder(
            path: "\(workPrefix)new-\(pid)", output: output, retired: retired, back: backFolder ?? "", recycled: false, keepPrevious: keep)
        guard mkdir(staging.path, 0o700) == 0 else {
            return .failure(staging.problem(FileWriter.Failure(path: staging.path, reason: String(cString: strerror(errno)))))
        }
        return .success((staging, nil))
    }

    static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    /// Cleans up after builds that were killed: a half-written staging folder is removed, and if
    /// a kill came between the two renames of the fallback swap, the previous site is put back.
    /// Folders that earlier versions of bantin kept beside the output (`.<name>.bantin-back`)
    /// are removed too: they could be served.
    func recoverInterruptedBuilds(parent: String, name: String, state: String?) {
        let beside = ((try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []).sorted()
            .filter { $0.hasPrefix(".\(name).bantin-new-") || $0.hasPrefix(".\(name).bantin-old-") || $0 == ".\(name).bantin-back" }
            .map { parent + "/" + $0 }
        let inState = state.map { folder in
            ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
                .filter { $0.hasPrefix("new-") || $0.hasPrefix("old-") }.map { folder + "/" + $0 }
        } ?? []
        let leftovers = beside + inState
        let old = leftovers.filter { ($0 as NSString).lastPathComponent.contains("old-") }
        if !FileManager.default.fileExists(atPath: output), let last = old.last {
            _ = rename(last, output)
            _ = chmod(output, 0o755)
        }
        for entry in leftovers where FileManager.default.fileExists(atPath: entry) { StagingFolder.removeTree(entry) }
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
