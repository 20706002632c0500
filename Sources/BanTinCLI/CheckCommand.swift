import ArgumentParser
import BanTin
import Foundation

extension DiagnosticFormatter.Format: ExpressibleByArgument {}
extension DiagnosticFormatter.Language: ExpressibleByArgument {}

/// `bantin check`: every stage but writing; every problem of every article, drafts included.
public struct CheckCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Kiểm tra toàn bộ bài viết, không ghi gì. — Checks every article and writes nothing.",
        discussion: """
            In mọi lỗi và cảnh báo, mỗi dòng `tệp:dòng:cột: error|warning: …` kèm gợi ý. \
            Mã thoát 1 nếu có lỗi (hoặc cảnh báo, với --strict).
            Prints every error and warning, each as `path:line:column: error|warning: …` with a hint. \
            Exits with 1 on any error (or warning, with --strict).
            """
    )

    @OptionGroup public var site: SiteOptions
    @OptionGroup public var clock: ClockOptions

    @Option(name: .long, help: "text, json hoặc github (chú thích cho GitHub Actions). — text, json or github.")
    public var format: DiagnosticFormatter.Format = .text

    @Option(name: .long, help: "vi (tiếng Việt rồi tiếng Anh) hoặc en. — vi (Vietnamese, then English) or en.")
    public var lang: DiagnosticFormatter.Language = .vi

    @Flag(name: .long, help: "Cảnh báo cũng tính là lỗi. — Warnings fail the check too.")
    public var strict = false

    public init() {}

    public func run() throws {
        var options = BuildOptions(root: site.root, includeDrafts: false, checkOnly: true)
        options.nowText = clock.now
        let report = SiteBuilder(options: options).build()
        print(DiagnosticFormatter.format(report.diagnostics, as: format, language: lang), terminator: "")
        let errors = report.diagnostics.filter { $0.severity == .error }.count
        let warnings = report.diagnostics.count - errors
        if format == .text {
            let vi = "Kiểm tra \(report.sourceFiles) bài viết: \(errors) lỗi, \(warnings) cảnh báo."
            let en = "Checked \(report.sourceFiles) articles: \(errors) errors, \(warnings) warnings."
            Console.error(lang == .en ? en : "\(vi) — \(en)")
        }
        if errors > 0 || (strict && warnings > 0) { throw ExitCode(1) }
    }
}
