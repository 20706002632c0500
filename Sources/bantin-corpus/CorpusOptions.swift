import Foundation

/// The command line of `bantin-corpus`.
struct CorpusOptions: Sendable {
    /// Number of articles.
    var count = 1000
    /// Seed; equal count and seed give byte-identical files.
    var seed: UInt64 = 42
    /// Output folder.
    var output = ""
    /// Theme folder to copy, if any.
    var theme: String?
    /// Share of articles with a title the bulletin repeats (see `CorpusPlanner.repeatTitles`).
    var repeatTitles = 0.0

    /// The usage text.
    static let usage = """
        usage: bantin-corpus --count N --seed S --out DIR [--theme PATH] [--repeat-titles P]
          Writes a bantin site with N generated Vietnamese articles into DIR
          (site.yml, content/<category>/<slug>.md, theme/). Same N and S give the same bytes.
          --count N     number of articles (default 1000)
          --seed S      unsigned 64-bit seed (default 42)
          --out DIR     output folder: new, empty, or a previous corpus (has site.yml)
          --theme PATH  theme folder to copy to DIR/theme (default: ./theme if it exists)
          --repeat-titles P  share (0-1) of articles titled word for word like weekly notices
                        ("Thông báo", "Lịch công tác tuần…"), files <slug>-<yyyy-mm-dd>.md (default 0)
        """

    /// Parses the arguments after the program name; `nil` means help was asked for.
    static func parse(_ arguments: [String]) throws(CorpusError) -> CorpusOptions? {
        var options = CorpusOptions()
        var rest = arguments[...]
        while let flag = rest.popFirst() {
            if flag == "-h" || flag == "--help" { return nil }
            guard let value = rest.popFirst() else { throw .usage("\(flag) needs a value\n\(usage)") }
            switch flag {
            case "--count":
                guard let count = Int(value), count > 0 else {
                    throw .usage("--count must be a positive integer, not \(value)")
                }
                options.count = count
            case "--seed":
                guard let seed = UInt64(value) else {
                    throw .usage("--seed must be an unsigned integer, not \(value)")
                }
                options.seed = seed
            case "--repeat-titles":
                guard let share = Double(value), share >= 0, share <= 1 else {
                    throw .usage("--repeat-titles must be between 0 and 1, not \(value)")
                }
                options.repeatTitles = share
            case "--out": options.output = value
            case "--theme": options.theme = value
            default: throw .usage("unknown option \(flag)\n\(usage)")
            }
        }
        guard !options.output.isEmpty else { throw .usage("--out is required\n\(usage)") }
        if options.theme == nil, FileManager.default.fileExists(atPath: "theme") {
            options.theme = "theme"
        }
        return options
    }
}
