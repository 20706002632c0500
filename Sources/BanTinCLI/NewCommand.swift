import ArgumentParser
import BanTin
import Foundation

/// `bantin new "Tiêu đề" --category …`: a new draft with a complete, commented front matter.
public struct NewCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Tạo bài viết mới (bản nháp). — Creates a new article (a draft).",
        discussion: """
            Ghi content/<chuyên-mục>/<slug>.md với đủ các khóa, ngày giờ hiện tại theo múi giờ của trang, \
            status: draft. Không bao giờ ghi đè tệp có sẵn: khi tên đã có, thêm ngày (<slug>-<năm-tháng-ngày>.md).
            Writes content/<category>/<slug>.md with every key, the current time in the site's time zone \
            and status: draft. Never overwrites a file: when the name is taken, the date is added.
            """
    )

    @OptionGroup public var site: SiteOptions
    @OptionGroup public var clock: ClockOptions

    @Argument(help: "Tiêu đề bài viết. — The headline.")
    public var title: String

    @Option(name: .long, help: "Chuyên mục (tên hoặc slug trong site.yml). — Category name or slug.")
    public var category: String

    @Option(name: .long, help: "Tác giả (mặc định: Ban biên tập). — Author.")
    public var author: String = "Ban biên tập"

    public init() {}

    public func validate() throws {
        if title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ValidationError("Tiêu đề trống. — The title is empty.")
        }
    }

    public func run() throws {
        let (loaded, problems) = SiteLoader(root: site.root).loadConfig()
        guard let config = loaded else {
            Console.report(problems)
            throw ExitCode(1)
        }
        guard let chosen = config.category(named: category) else {
            let known = config.categories.map { "\"\($0.name)\"" }.joined(separator: ", ")
            Console.error("Chuyên mục \"\(category)\" không có trong site.yml; chọn một trong: \(known). — Unknown category; use one of: \(known).")
            throw ExitCode(2)
        }
        var now = Int64(Date().timeIntervalSince1970)
        if let text = clock.now {
            guard case .success(let date) = DateParser.parse(text, timeZone: config.timeZone) else {
                throw ValidationError("--now: \(text)")
            }
            now = date.epochSeconds
        }
        let article = NewArticle(
            title: title.precomposedStringWithCanonicalMapping, category: chosen,
            author: author.precomposedStringWithCanonicalMapping, date: SiteDate(epochSeconds: now, timeZone: config.timeZone))
        let root = URL(fileURLWithPath: site.root)
        let path = article.path { FileManager.default.fileExists(atPath: root.appendingPathComponent($0).path) }
        if let problem = SiteWriter.createFile(article.text(config: config), at: path, root: site.root) {
            Console.report([problem])
            throw ExitCode(1)
        }
        print(path)
    }
}
