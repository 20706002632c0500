import Foundation

/// The folder a build writes into (see `SiteWriter.stateFolder`); it replaces the output in one rename
/// when everything is written, or is removed. Safe to write into from many threads.
public struct StagingFolder: Sendable {
    public let path: String
    let output: String
    let retired: String
    /// Where the replaced output is kept when `keepPrevious`.
    var back: String = ""
    /// The folder is the kept site of an earlier build, updated in place: its files may be hard
    /// links shared with the live output, so a file is always unlinked before it is written.
    public var recycled = false
    /// The replaced output is kept as `back` instead of deleted.
    var keepPrevious = false

    init(path: String, output: String, retired: String, back: String = "", recycled: Bool = false, keepPrevious: Bool = false) {
        self.path = path
        self.output = output
        self.retired = retired
        self.back = back
        self.recycled = recycled
        self.keepPrevious = keepPrevious
    }

    /// Writes one page, creating its folders as needed.
    public func write(_ page: RenderedPage) -> Diagnostic? {
        let full = path + "/" + page.path
        do throws(FileWriter.Failure) {
            try Self.makeParents(of: full)
            if recycled { unlink(full) }
            try FileWriter.write(page.contents, to: full)
            return nil
        } catch {
            return problem(error)
        }
    }

    public func copy(from source: String, to relativePath: String) -> Diagnostic? {
        let full = path + "/" + relativePath
        do throws(FileWriter.Failure) {
            try Self.makeParents(of: full)
            if recycled { unlink(full) }
            try FileWriter.copy(from: source, to: full)
            return nil
        } catch {
            return problem(error)
        }
    }

    /// Hard-links `relativePath` from the current output (an unchanged page: not rewritten).
    /// False when there is nothing to link, and the caller writes the page instead.
    public func reuse(_ relativePath: String) -> Bool {
        let full = path + "/" + relativePath
        let live = output + "/" + relativePath
        if recycled {
            var kept = stat(), current = stat()
            if lstat(full, &kept) == 0, lstat(live, &current) == 0, kept.st_ino == current.st_ino, kept.st_dev == current.st_dev {
                return true  // already the same file
            }
            unlink(full)
        }
        do throws(FileWriter.Failure) {
            try Self.makeParents(of: full)
        } catch {
            return false
        }
        return link(live, full) == 0
    }

    /// Whether the folder already holds `relativePath` (a recycled folder whose file has the
    /// bytes the build wants: nothing to write).
    public func holds(_ relativePath: String) -> Bool {
        var info = stat()
        return recycled && lstat(path + "/" + relativePath, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
    }

    /// Deletes files of a recycled folder that the new site no longer has, and the folders
    /// they leave empty.
    public func remove(_ relativePaths: [String]) {
        guard recycled else { return }
        for relative in relativePaths {
            unlink(path + "/" + relative)
            var folder = (relative as NSString).deletingLastPathComponent
            while !folder.isEmpty, rmdir(path + "/" + folder) == 0 {
                folder = (folder as NSString).deletingLastPathComponent
            }
        }
    }

    /// Marks the folder as bantin's, then swaps it in for the output. The previous output is
    /// moved aside first and removed only once the new one is in place.
    public func commit() -> Diagnostic? {
        if !reuse(SiteWriter.markerName) {
            do throws(FileWriter.Failure) {
                try FileWriter.write("bantin\n", to: path + "/" + SiteWriter.markerName)
            } catch {
                discard()
                return problem(error)
            }
        }
        // Built unreadable to others (it may sit beside the output); readable once it is the site.
        _ = chmod(path, 0o755)
        let hadOld = FileManager.default.fileExists(atPath: output)
        // Linux swaps the two folders in one step: at no moment is there no site.
        if hadOld, let exchange = Self.renameExchange, exchange(-100, path, -100, output, 2) == 0 {
            // `path` now holds the previous site: kept for the next build to update, or deleted.
            _ = chmod(path, 0o700)
            if keepPrevious, path == back || rename(path, back) == 0 { return nil }
            Self.removeTree(path)
            return nil
        }
        if hadOld, rename(output, retired) != 0 {
            _ = chmod(path, 0o700)
            discard()
            return .error(SourceLocation(path: output), vi: "Không thay được thư mục đích.", en: "Cannot replace the output folder.")
        }
        if rename(path, output) != 0 {
            if hadOld { _ = rename(retired, output) }
            discard()
            return .error(SourceLocation(path: output), vi: "Không thay được thư mục đích.", en: "Cannot replace the output folder.")
        }
        if hadOld {
            _ = chmod(retired, 0o700)
            Self.removeTree(retired)
        }
        return nil
    }

    /// Deletes a folder tree, its top-level folders in parallel (deleting a 100,000-file site
    /// one file at a time took seconds of a build that had nothing else left to do).
    static func removeTree(_ folder: String) {
        let entries = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).map { folder + "/" + $0 }
        _ = entries.parallelMap { entry in try? FileManager.default.removeItem(atPath: entry) }
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// `renameat2` with `RENAME_EXCHANGE`, looked up at run time (the C library hides it from
    /// Swift); nil where the system lacks it, and the two-rename swap is used instead.
    typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
    static let renameExchange: RenameAt2? = {
        guard let symbol = dlsym(nil, "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: RenameAt2.self)
    }()

    /// Removes everything written so far; the output is left as it was.
    public func discard() {
        try? FileManager.default.removeItem(atPath: path)
    }

    func problem(_ failure: FileWriter.Failure) -> Diagnostic {
        .error(
            SourceLocation(path: failure.path), vi: "Không ghi được tệp: \(failure.reason).", en: "Cannot write: \(failure.reason).",
            hintVI: "Kiểm tra chỗ trống trên đĩa và quyền ghi thư mục.", hintEN: "Check free disk space and folder permissions.")
    }

    /// `mkdir -p` for the folder of `file`, with plain system calls; safe when threads race.
    static func makeParents(of file: String) throws(FileWriter.Failure) {
        let folder = (file as NSString).deletingLastPathComponent
        if mkdir(folder, 0o755) == 0 || errno == EEXIST { return }
        guard errno == ENOENT else { throw FileWriter.Failure(path: folder, reason: String(cString: strerror(errno))) }
        try makeParents(of: folder)
        if mkdir(folder, 0o755) != 0 && errno != EEXIST {
            throw FileWriter.Failure(path: folder, reason: String(cString: strerror(errno)))
        }
    }
}
