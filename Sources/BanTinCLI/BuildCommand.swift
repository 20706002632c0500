import ArgumentParser
import BanTin
import Foundation

/// `bantin build`: the whole site into `public/`.
public struct BuildCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Dựng toàn bộ trang vào public/. — Builds the whole site into public/.",
        discussion: """
            Lỗi và cảnh báo được in ra stderr dạng `tệp:dòng:cột: error: …`, tất cả trong một lần chạy; \
            thư mục đích cũ được giữ nguyên nếu có lỗi.
            Errors and warnings go to stderr as `path:line:column: error: …`, all of them in one run; \
            the previous output stays untouched when there is an error.
            """
    )

    @OptionGroup public var site: SiteOptions
    @OptionGroup public var clock: ClockOptions

    @Flag(name: .long, help: "Dựng cả bài nháp và chờ duyệt (có nhãn, noindex). — Include drafts and pending articles.")
    public var drafts = false

    @Option(name: [.customShort("o"), .long], help: "Thư mục đích (mặc định: public). — Output folder (default: public).")
    public var output: String?

    @Option(name: .long, help: "Địa chỉ gốc thay cho base_url. — Overrides base_url, e.g. https://example.gov.vn/bantin/.")
    public var baseURL: String?

    @Flag(name: .long, help: "Dựng lại mọi trang, không dùng bộ nhớ đệm. — Rebuild every page, ignoring the cache.")
    public var noCache = false

    public init() {}

    public func run() throws {
        var options = BuildOptions(root: site.root, output: output, includeDrafts: drafts, baseURL: baseURL)
        options.nowText = clock.now
        options.useCache = !noCache
        let report = SiteBuilder(options: options, progress: Console.progress).build()
        Console.report(report.diagnostics)
        if let timings = report.timings { Console.error(timings) }
        if report.succeeded {
            print(report.summaryLine)
        } else {
            let errors = report.diagnostics.filter { $0.severity == .error }.count
            Console.error("Dựng trang thất bại: \(errors) lỗi; trang cũ được giữ nguyên. — Build failed: \(errors) errors; the previous site is untouched.")
            throw ExitCode(1)
        }
    }
}
