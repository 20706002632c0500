import BanTin
import Foundation

/// Writes to the terminal: messages for people on stderr, results on stdout.
enum Console {
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    static func report(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics { error(diagnostic.formatted) }
    }
}
