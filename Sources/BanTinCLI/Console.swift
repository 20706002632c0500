import BanTin
import Foundation

/// Writes to the terminal: messages for people on stderr, results on stdout.
enum Console {
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Progress of a long build: shown only once a build has run for a second; on a terminal
    /// one line rewritten in place, otherwise plain lines (CI logs).
    static let progress: @Sendable (String, Int, Double) -> Void = { stage, items, elapsed in
        guard elapsed >= 1 else { return }
        let text: String
        switch stage {
        case "parse": text = "Đã đọc \(items) bài viết… — parsed \(items) articles…"
        case "render": text = "Đã dựng \(items) trang, đang ghi… — rendered \(items) pages, writing…"
        default: text = "\(stage): \(items)"
        }
        if isatty(2) == 1 {
            FileHandle.standardError.write(Data("\r\u{1B}[2K\(text)".utf8))
            if stage == "render" { FileHandle.standardError.write(Data("\n".utf8)) }
        } else {
            error(text)
        }
    }

    static func report(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics { error(diagnostic.formatted) }
    }
}
