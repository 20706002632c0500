import Foundation

/// The folder a build writes into, beside the output; it replaces the output in one rename
/// when everything is written, or is removed. Safe to write into from many threads.
public struct StagingFolder: Sendable {
    public let path: String
    let output: String
    let retired: String

    /// Writes one page, creating its folders as needed.
    public func write(_ page: RenderedPage) -> Diagnostic? {
        let full = path + "/" + page.path
        do throws(FileWriter.Failure) {
            try Self.makeParents(of: full)
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
        do throws(FileWriter.Failure) {
            try Self.makeParents(of: full)
        } catch {
            return false
        }
        return link(output + "/" + relativePath, full) == 0
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
        let hadOld = FileManager.default.fileExists(atPath: output)
        // Linux swaps the two folders in one step: at no moment is there no site.
        if hadOld, let exchange = Self.renameExchange, exchange(-100, path, -100, output, 2) == 0 {
            Self.removeTree(path)  // `path` now holds the previous site
            return nil
        }
        if hadOld, rename(output, retired) != 0 {
            discard()
            return .error(SourceLocation(path: output), vi: "Không thay được thư mục đích.", en: "Cannot replace the output folder.")
        }
        if rename(path, output) != 0 {
            if hadOld { _ = rename(retired, output) }
            discard()
            return .error(SourceLocation(path: output), vi: "Không thay được thư mục đích.", en: "Cannot replace the output folder.")
        }
        if hadOld { Self.removeTree(retired) }
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
