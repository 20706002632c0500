import Foundation

/// What a build did: counts, time per stage, and every warning and error.
public struct BuildReport: Sendable {
    public var articles: Int = 0
    /// Article files read (built or not).
    public var sourceFiles: Int = 0
    public var pages: Int = 0
    public var files: Int = 0
    /// Article files whose front matter, and articles whose body, came from the build before
    /// (`ArticleMemo`) instead of being parsed again.
    public var reusedSources: Int = 0
    public var reusedBodies: Int = 0
    public var bodiesBuilt: Int = 0
    /// Output files written this time (the others were unchanged and kept).
    public var rewritten: Int = 0
    /// Seconds per stage, in pipeline order.
    public var stages: [(name: String, seconds: Double)] = []
    /// Resident memory in megabytes at the end of each stage, by stage name (`BANTIN_TIMINGS=1`).
    public var residentMB: [String: Int] = [:]
    /// Stages that ran on their own thread beside the others (not part of `seconds`).
    public var sideStages: [(name: String, seconds: Double)] = []
    public var diagnostics: [Diagnostic] = []
    /// Every article and where it stands (`bantin status`).
    public var states: [ArticleState] = []
    /// The next `publish_at` or `expires` after the build's clock.
    public var nextChange: ScheduledChange?

    public var succeeded: Bool { !diagnostics.contains { $0.severity == .error } }
    public var seconds: Double { stages.reduce(0) { $0 + $1.seconds } }

    /// The one-line summary printed at the end of `bantin build`.
    public var summaryLine: String {
        let time = String(Int((seconds * 100).rounded()))
        let padded = time.count < 3 ? String(repeating: "0", count: 3 - time.count) + time : time
        let shown = "\(padded.dropLast(2)).\(padded.suffix(2))"
        let warnings = diagnostics.filter { $0.severity == .warning }.count
        let vi = "Đã dựng \(articles) bài viết, \(pages) trang, \(files) tệp trong \(shown.replacingOccurrences(of: ".", with: ",")) giây"
            + (pages + files - rewritten > 0 ? " (ghi \(rewritten), giữ nguyên \(pages + files - rewritten))" : "")
            + (warnings > 0 ? ", \(warnings) cảnh báo" : "")
        let kept = pages + files - rewritten
        let en = "built \(articles) articles, \(pages) pages, \(files) files in \(shown) s"
            + (kept > 0 ? " (\(rewritten) written, \(kept) unchanged)" : "")
            + (warnings > 0 ? ", \(warnings) warnings" : "")
        var line = "\(vi). — \(en)."
        if let next = nextChange {
            let what = next.publishes ? ("đăng", "publishes") : ("gỡ", "takes down")
            line += "\nLần thay đổi kế tiếp: \(next.date.iso8601) (\(what.0) \(next.path)). — Next scheduled change: "
                + "\(next.date.iso8601) (\(what.1) \(next.path))."
        }
        return line
    }

    /// Seconds and memory per stage and what was parsed again, when `BANTIN_TIMINGS=1` is set.
    public var timings: String? {
        guard ProcessInfo.processInfo.environment["BANTIN_TIMINGS"] == "1" else { return nil }
        let stages = (stages + sideStages).map { stage in
            "\(stage.name) \(String(format: "%.2f", stage.seconds)) s" + (residentMB[stage.name].map { " (\($0) MB)" } ?? "")
        }
        return stages.joined(separator: ", ") + "\nparsed again: \(sourceFiles - reusedSources) of \(sourceFiles) front matters, "
            + "\(bodiesBuilt) of \(bodiesBuilt + reusedBodies) bodies"
    }
}
