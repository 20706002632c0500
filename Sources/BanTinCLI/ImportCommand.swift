import ArgumentParser
import BanTin
import Foundation

/// `bantin import`: brings an old site's articles in as Markdown files.
public struct ImportCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Nhập bài từ trang cũ (WordPress, trang đã lưu). — Imports articles from an old site.",
        discussion: """
            Chạy lại an toàn: tệp đã nhập mà chưa ai sửa được cập nhật, tệp đã sửa hoặc tệp khác không bao giờ bị ghi đè; \
            mỗi mục bị bỏ qua đều có lý do. Chuyên mục chưa có được thêm vào cuối danh sách categories của site.yml.
            Safe to run again: imported files nobody edited are updated, edited or other files are never overwritten; \
            every skipped item is listed with its reason. Missing categories are added to site.yml's categories list.
            """,
        subcommands: [ImportWordPressCommand.self, ImportPagesCommand.self]
    )

    public init() {}
}

/// `bantin import wordpress export.xml [more.xml…] [--media uploads/]`.
public struct ImportWordPressCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "wordpress",
        abstract: "Nhập tệp xuất WordPress (WXR 1.0–1.2). — Imports a WordPress export (WXR 1.0–1.2).",
        discussion: """
            Bài và trang → content/<chuyên-mục>/<slug>.md; ngày theo múi giờ của trang; tác giả theo tên hiển thị; \
            địa chỉ cũ (đường dẫn, ?p=N, slug cũ) thành aliases. Ảnh trong thư mục --media được chép cạnh bài; \
            ảnh ở xa chỉ được liệt kê, không tải về.
            Posts and pages → content/<category>/<slug>.md; dates in the site's time zone; authors by display name; \
            old addresses (permalink, ?p=N, old slugs) become aliases. Media found in --media is copied beside the \
            article; remote media is listed, never fetched.
            """
    )

    @OptionGroup public var site: SiteOptions

    @Argument(help: "Các tệp .xml của một lần xuất. — The export's .xml files.")
    public var files: [String]

    @Option(name: .long, help: "Thư mục wp-content/uploads của trang cũ. — The old site's wp-content/uploads folder.")
    public var media: String?

    @Option(name: .long, help: "Chuyên mục cho các trang (page) WordPress. — Category for WordPress pages.")
    public var pagesCategory: String = "Trang"

    @Option(name: .long, help: "Chuyên mục cho bài không có chuyên mục. — Category for posts without one.")
    public var defaultCategory: String = "Tin tức"

    @Flag(name: .long, help: "Chỉ báo cáo, không ghi gì. — Report only, write nothing.")
    public var dryRun = false

    public init() {}

    public func run() throws {
        let config = try ImportRun.config(root: site.root)
        var export = WordPressExport()
        var problems: [Diagnostic] = []
        for file in files {
            guard let bytes = FileBytes.read(file) else {
                problems.append(.error(SourceLocation(path: file), vi: "Không đọc được tệp.", en: "The file cannot be read.",
                                       hintVI: "Kiểm tra đường dẫn.", hintEN: "Check the path."))
                continue
            }
            if let problem = export.add(path: file, bytes: bytes) { problems.append(problem) }
        }
        guard problems.isEmpty else {
            Console.report(problems)
            throw ExitCode(1)
        }
        let writer = ImportWriter(root: site.root, dryRun: dryRun)
        let uploads = media.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        let importer = WordPressImporter(
            config: config, pagesCategory: pagesCategory, defaultCategory: defaultCategory,
            mediaFile: { relative in uploads.flatMap { ImportRun.file(relative, in: $0) } },
            taken: { writer.standing($0) == .foreign })
        let result = importer.convert(export)
        let skipped = result.skipped.map { "\($0.origin): \($0.vi) — \($0.en)" }
        try ImportRun(root: site.root, writer: writer, dryRun: dryRun)
            .finish(result.articles, categories: result.categories, skipped: skipped, config: config)
    }
}

/// `bantin import pages mirror/ [--mapping sharepoint|file.yml]`.
public struct ImportPagesCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "pages",
        abstract: "Nhập các trang bài viết đã lưu của cổng cũ. — Imports an old portal's saved article pages.",
        discussion: """
            Đọc mọi tệp HTML trong thư mục (ví dụ bản sao bằng wget --mirror); các trường được chọn theo bộ chọn kiểu CSS \
            của tệp ánh xạ (mặc định: sharepoint, bố cục "Tin Tức Mở Rộng"). Địa chỉ cũ thành alias; địa chỉ có \
            ?ItemID=… thành lệnh chuyển hướng trong _redirects.nginx.conf và _redirects.
            Reads every HTML file of the folder (e.g. a wget --mirror copy); fields are picked by the CSS-like selectors \
            of a mapping file (default: sharepoint, the "Tin Tức Mở Rộng" layout). The old address becomes an alias; \
            ?ItemID=… addresses become redirects in _redirects.nginx.conf and _redirects.
            """
    )

    @OptionGroup public var site: SiteOptions

    @Argument(help: "Thư mục chứa các trang đã lưu. — The folder of saved pages.")
    public var folder: String

    @Option(name: .long, help: "Tệp ánh xạ .yml, hoặc tên có sẵn (sharepoint). — A mapping file, or a built-in name.")
    public var mapping: String = PageMapping.defaultName

    @Option(name: .long, help: "Địa chỉ trang cũ, ví dụ https://www.tayninh.gov.vn. — The old site's address.")
    public var oldBaseURL: String?

    @Flag(name: .long, help: "Chỉ báo cáo, không ghi gì. — Report only, write nothing.")
    public var dryRun = false

    public init() {}

    public func run() throws {
        let config = try ImportRun.config(root: site.root)
        var chosen: PageMapping
        if let builtIn = PageMapping.builtIn[mapping] {
            chosen = builtIn
        } else {
            guard let bytes = FileBytes.read(mapping), let text = String(validating: bytes, as: UTF8.self) else {
                Console.error("\(mapping): không đọc được tệp ánh xạ (có sẵn: \(PageMapping.builtIn.keys.sorted().joined(separator: ", "))). — cannot read the mapping file.")
                throw ExitCode(1)
            }
            let (parsed, problems) = PageMappingParser.parse(text, path: mapping)
            Console.report(problems)
            guard let parsed else { throw ExitCode(1) }
            chosen = parsed
        }
        if let oldBaseURL { chosen.baseURL = oldBaseURL }
        let mirror = URL(fileURLWithPath: folder).standardizedFileURL.path
        let reader = SavedPageReader(mapping: chosen, config: config, mediaFile: { ImportRun.file($0, in: mirror) })
        let files = Self.pageFiles(in: folder)
        var articles: [ImportedArticle] = []
        var skipped: [String] = []
        for relative in files {
            guard let bytes = FileBytes.read((folder as NSString).appendingPathComponent(relative)) else {
                skipped.append("\(relative): không đọc được — cannot be read")
                continue
            }
            switch reader.read(path: relative, bytes: bytes) {
            case .success(let article): articles.append(article)
            case .failure(let skip): skipped.append("\(skip.vi) — \(skip.en)")
            }
        }
        let writer = ImportWriter(root: site.root, dryRun: dryRun)
        articles.sort { ($0.date, $0.origin) < ($1.date, $1.origin) }
        articles = ImportPaths.deduplicate(articles) { writer.standing($0) == .foreign }
        try ImportRun(root: site.root, writer: writer, dryRun: dryRun)
            .finish(articles, categories: [], skipped: skipped, config: config)
    }

    /// The page files below `folder`, relative to it, sorted.
    static func pageFiles(in folder: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        var found: [String] = []
        while let next = walker.nextObject() as? String {
            if MirrorPath.isPage(next) { found.append(next) }
        }
        return found.sorted()
    }
}

/// What both importers do once they have their articles: add missing categories to site.yml,
/// write, and print the report.
struct ImportRun {
    let root: String
    let writer: ImportWriter
    let dryRun: Bool

    /// The path of the file `relative` below `folder`, when there is a file (not a folder) there.
    static func file(_ relative: String, in folder: String) -> String? {
        let path = (folder as NSString).appendingPathComponent(relative)
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && !isFolder.boolValue ? path : nil
    }

    static func config(root: String) throws -> SiteConfig {
        let (loaded, problems) = SiteLoader(root: root).loadConfig()
        guard let config = loaded else {
            Console.report(problems)
            throw ExitCode(1)
        }
        return config
    }

    func finish(_ articles: [ImportedArticle], categories: [String], skipped: [String], config: SiteConfig) throws {
        let missing = categories.filter { config.category(named: $0) == nil }
        if !missing.isEmpty {
            let path = (root as NSString).appendingPathComponent(SiteConfigParser.fileName)
            guard let bytes = FileBytes.read(path), let text = String(validating: bytes, as: UTF8.self) else {
                Console.error("\(path): không đọc được. — cannot be read.")
                throw ExitCode(1)
            }
            let updated = SiteCategoryText.adding(missing, to: text)
            let (_, problems) = SiteConfigParser.parse(updated, path: path)
            if problems.contains(where: { $0.severity == .error }) {
                Console.error("Không tự thêm được chuyên mục vào site.yml; hãy thêm tay: — cannot add the categories to site.yml by itself; add them by hand:")
                for name in missing { Console.error("  - name: \(name)") }
                throw ExitCode(1)
            }
            if !dryRun {
                do { try updated.write(toFile: path, atomically: true, encoding: .utf8) } catch {
                    Console.error("\(path): không ghi được — cannot be written: \(error.localizedDescription)")
                    throw ExitCode(1)
                }
            }
            print("site.yml: thêm chuyên mục — categories added: \(missing.joined(separator: ", "))")
        }
        var counts = [0, 0, 0, 0]
        for article in articles {
            let (outcome, notes) = writer.write(article)
            let word: String
            switch outcome {
            case .created: word = "tạo mới / created"; counts[0] += 1
            case .updated: word = "cập nhật / updated"; counts[1] += 1
            case .unchanged: word = "không đổi / unchanged"; counts[2] += 1
            case .kept(let vi, let en): word = "giữ nguyên / kept: \(vi) — \(en)"; counts[3] += 1
            }
            print("\(article.path)  ← \(article.origin)  [\(word)]")
            for note in article.notes + notes { print("    \(note)") }
        }
        for line in skipped { print("bỏ qua / skipped: \(line)") }
        let prefix = dryRun ? "(thử, không ghi — dry run) " : ""
        print("\(prefix)\(counts[0]) tạo mới, \(counts[1]) cập nhật, \(counts[2]) không đổi, \(counts[3]) giữ nguyên, \(skipped.count) bỏ qua"
              + " — \(counts[0]) created, \(counts[1]) updated, \(counts[2]) unchanged, \(counts[3]) kept, \(skipped.count) skipped.")
    }
}
