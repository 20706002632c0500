import Foundation

/// Writes the files of `bantin report` (the statement as CSV and HTML) into their folder.
public enum ReportFiles {
    /// Writes each file into `folder` (made with its parents when missing). Each file is written
    /// beside its place and renamed over it, so a reader never sees half a statement. Returns
    /// the paths written, or the problem that stopped it.
    public static func write(_ files: [(name: String, bytes: [UInt8])], into folder: String) -> Result<[String], Diagnostic> {
        var written: [String] = []
        for file in files {
            let path = (folder as NSString).appendingPathComponent(file.name)
            let temporary = (folder as NSString).appendingPathComponent(".\(file.name).bantin-new")
            do throws(FileWriter.Failure) {
                try FileWriter.makeDirectory(folder)
                try FileWriter.write(file.bytes, to: temporary)
                guard rename(temporary, path) == 0 else {
                    throw FileWriter.Failure(path: path, reason: String(cString: strerror(errno)))
                }
            } catch {
                unlink(temporary)
                return .failure(.error(
                    SourceLocation(path: error.path), vi: "Không ghi được bảng kê: \(error.reason).",
                    en: "Cannot write the statement: \(error.reason).",
                    hintVI: "Kiểm tra quyền ghi vào thư mục, hoặc chọn thư mục khác với `-o`.",
                    hintEN: "Check that the folder is writable, or choose another with `-o`."))
            }
            written.append(path)
        }
        return .success(written)
    }
}
