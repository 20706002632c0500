import ArgumentParser
import BanTin
import Foundation

/// `bantin status`: articles by workflow state, as the portal's "Trạng thái".
public struct StatusCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Liệt kê bài viết theo trạng thái. — Lists articles by state."
    )

    @OptionGroup public var site: SiteOptions
    @OptionGroup public var clock: ClockOptions

    public init() {}

    public func run() throws {
        var options = BuildOptions(root: site.root, checkOnly: true)
        options.nowText = clock.now
        let report = SiteBuilder(options: options).build()
        var output = ""
        for stage in ArticleState.Stage.allCases {
            let members = report.states.filter { $0.stage == stage }
            guard !members.isEmpty else { continue }
            output += "\(stage.vietnameseName) (\(stage.rawValue)): \(members.count)\n"
            for state in members {
                var note = state.date.map { " — \($0.vietnameseDateLine)" } ?? ""
                if stage == .scheduled, let at = state.publishAt { note += " — đăng lúc / publishes at \(at.iso8601)" }
                if stage == .expired, let at = state.expires { note += " — hết hạn / expired at \(at.iso8601)" }
                output += "  \(state.path): \(state.title)\(note)\n"
            }
        }
        if let next = report.nextChange {
            output += "Lần thay đổi kế tiếp / next scheduled change: \(next.date.iso8601) "
                + "(\(next.publishes ? "đăng / publishes" : "gỡ / takes down") \(next.path))\n"
        }
        print(output, terminator: "")
        let errors = report.diagnostics.filter { $0.severity == .error }.count
        if errors > 0 {
            Console.error("\(errors) lỗi; chạy `bantin check` để xem. — \(errors) errors; run `bantin check` to see them.")
        }
    }
}
