/// What can stop a corpus from being written; each case says what to do about it.
enum CorpusError: Error, Sendable, CustomStringConvertible {
    /// A bad command line.
    case usage(String)
    /// The output folder has files but no `site.yml`, so it may not be ours to replace.
    case foreignFolder(String)
    /// A file-system call failed.
    case io(path: String, reason: String)

    var description: String {
        switch self {
        case .usage(let message):
            return message
        case .foreignFolder(let path):
            return "\(path) is not empty and has no site.yml; refusing to write into it "
                + "(choose an empty or new folder)"
        case .io(let path, let reason):
            return "\(path): \(reason)"
        }
    }
}

extension CorpusError {
    /// Whether the command line itself was wrong (exit status 2).
    var isUsage: Bool {
        if case .usage = self { return true }
        return false
    }
}
