import Foundation

/// Writes imported articles below the site root without ever losing an editor's work: a new file is
/// created; a file an earlier import wrote and nobody edited since (`ImportMark`) is replaced when
/// the import says something new; any other file is left as it is and reported. Media files are
/// copied only where nothing is, or the same bytes are, already.
public struct ImportWriter: Sendable {
    /// What happened to one article.
    public enum Outcome: Sendable, Equatable {
        case created
        case updated
        case unchanged
        /// Left alone: the file was edited after the import, or is not from an import.
        case kept(vi: String, en: String)
    }

    public let root: String
    public let dryRun: Bool

    public init(root: String, dryRun: Bool = false) {
        self.root = root
        self.dryRun = dryRun
    }

    func absolute(_ path: String) -> String { (root as NSString).appendingPathComponent(path) }

    /// Nil when nothing is at `path` (below the root); else how an import may treat the file there.
    public func standing(_ path: String) -> ImportMark.Standing? {
        guard FileManager.default.fileExists(atPath: absolute(path)) else { return nil }
        guard let bytes = FileBytes.read(absolute(path)), let text = String(validating: bytes, as: UTF8.self) else {
            return .foreign
        }
        return ImportMark.standing(of: text)
    }

    /// Writes `article` (and copies its media); the notes say what went wrong with media.
    public func write(_ article: ImportedArticle) -> (Outcome, notes: [String]) {
        let text = article.fileText
        let target = absolute(article.path)
        var outcome: Outcome
        switch standing(article.path) {
        case nil: outcome = .created
        case .untouched?:
            let current = FileBytes.read(target).flatMap { String(validating: $0, as: UTF8.self) }
            outcome = current == text ? .unchanged : .updated
        case .edited?:
            return (.kept(vi: "đã sửa sau lần nhập trước, giữ nguyên", en: "edited since the last import, kept"), [])
        case .foreign?:
            return (.kept(vi: "tệp có sẵn không do lệnh nhập tạo ra, giữ nguyên", en: "an existing file not written by an import, kept"), [])
        }
        var notes: [String] = []
        if !dryRun {
            do throws(FileWriter.Failure) {
                try FileWriter.makeDirectory((target as NSString).deletingLastPathComponent)
                if outcome != .unchanged {
                    let temporary = target + ".bantin-import-tmp"
                    try FileWriter.write(text, to: temporary)
                    guard rename(temporary, target) == 0 else {
                        throw FileWriter.Failure(path: target, reason: String(cString: strerror(errno)))
                    }
                }
            } catch {
                return (.kept(vi: "không ghi được: \(error.reason)", en: "cannot be written: \(error.reason)"), [])
            }
        }
        for copy in article.media {
            if let note = copyMedia(copy) { notes.append(note) }
        }
        return (outcome, notes)
    }

    func copyMedia(_ copy: ImportedArticle.MediaCopy) -> String? {
        let target = absolute(copy.to)
        if FileManager.default.fileExists(atPath: target) {
            if FileBytes.read(target) == FileBytes.read(copy.from) { return nil }
            return "\(copy.to): đã có tệp khác cùng tên, không chép — a different file is there, not copied"
        }
        guard !dryRun else { return nil }
        do throws(FileWriter.Failure) {
            try FileWriter.makeDirectory((target as NSString).deletingLastPathComponent)
            try FileWriter.copy(from: copy.from, to: target)
        } catch {
            return "\(copy.to): không chép được — cannot be copied: \(error.reason)"
        }
        return nil
    }
}
