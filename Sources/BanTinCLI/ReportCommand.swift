import ArgumentParser
import BanTin
import Foundation

/// `bantin report`: the royalty statement (bảng kê nhuận bút) of a month or of any days.
public struct ReportCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Lập bảng kê nhuận bút theo tháng. — Writes the monthly royalty statement.",
        discussion: """
            Tính nhuận bút các bài đã đăng (đang hiện trên trang) có ngày đăng trong kỳ, theo bảng `royalty:` \
            của site.yml: hệ số của loại bài (`type:`, `grade:`) × giá trị một đơn vị, hoặc số tiền `royalty:` \
            ghi trong bài. Ghi nhuan-but-<kỳ>.csv (cho Excel) và nhuan-but-<kỳ>.html (để in) vào bao-cao/. \
            Mã thoát 1 nếu bài viết hoặc site.yml có lỗi.
            Computes the royalty of the live articles dated in the period from the `royalty:` table of \
            site.yml: the genre's coefficient (`type:`, `grade:`) × the unit, or the article's own \
            `royalty:`. Writes nhuan-but-<period>.csv (for Excel) and nhuan-but-<period>.html (to print) \
            into bao-cao/. Exits with 1 when an article or site.yml has an error.
            """
    )

    @OptionGroup public var site: SiteOptions
    @OptionGroup public var clock: ClockOptions

    @Option(name: .long, help: "Tháng, dạng 2026-11. — The month, as 2026-11.")
    public var month: String?

    @Option(name: .long, help: "Từ ngày (tính cả ngày này), dạng 2026-11-01. — First day, included.")
    public var from: String?

    @Option(name: .long, help: "Đến ngày (tính cả ngày này), dạng 2026-11-30. — Last day, included.")
    public var to: String?

    @Option(name: .long, help: "Chỉ bài của một tác giả, viết đúng như trong bài. — One author's articles only.")
    public var author: String?

    @Option(name: [.customShort("o"), .long], help: "Thư mục ghi bảng kê (mặc định: bao-cao trong thư mục trang). — Output folder (default: bao-cao in the site folder).")
    public var output: String?

    public init() {}

    /// The period asked for: `--month`, or `--from` with `--to`.
    var period: RoyaltyPeriod? {
        if let month { return RoyaltyPeriod.month(month) }
        if let from, let to { return RoyaltyPeriod.range(from: from, to: to) }
        return nil
    }

    public func validate() throws {
        switch (month, from, to) {
        case (.some(let text), nil, nil):
            if RoyaltyPeriod.month(text) == nil {
                throw ValidationError("--month \"\(text)\": viết dạng 2026-11. — write it as 2026-11.")
            }
        case (nil, .some(let first), .some(let last)):
            if RoyaltyPeriod.range(from: first, to: last) == nil {
                throw ValidationError(
                    "--from \(first) --to \(last): hai ngày có thật dạng 2026-11-01, ngày đầu không sau ngày cuối. "
                        + "— two real days as 2026-11-01, the first not after the last.")
            }
        case (nil, nil, nil):
            throw ValidationError("Cần --month 2026-11, hoặc --from 2026-11-01 --to 2026-11-30. — Give --month, or --from and --to.")
        default:
            throw ValidationError("Dùng --month, hoặc cả --from và --to (không dùng cả hai cách). — Use --month, or both --from and --to.")
        }
    }

    public func run() throws {
        guard let period else { throw ValidationError("--month / --from --to") }
        var options = BuildOptions(root: site.root)
        options.nowText = clock.now
        let (made, report) = SiteBuilder(options: options).royaltyStatement(period: period, author: author)
        Console.report(report.diagnostics)
        guard let statement = made else {
            let errors = report.diagnostics.filter { $0.severity == .error }.count
            Console.error("Không lập được bảng kê: \(errors) lỗi. — No statement: \(errors) errors.")
            throw ExitCode(1)
        }
        let folder = output ?? (site.root + "/bao-cao")
        let files = [
            (name: statement.fileStem + ".csv", bytes: RoyaltyCSV.bytes(statement)),
            (name: statement.fileStem + ".html", bytes: Array(RoyaltyHTML.page(statement).utf8)),
        ]
        switch ReportFiles.write(files, into: folder) {
        case .success(let paths):
            for path in paths { Console.error(path) }
            print(statement.summaryLine)
        case .failure(let problem):
            Console.report([problem])
            throw ExitCode(1)
        }
    }
}
