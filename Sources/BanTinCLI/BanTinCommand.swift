import ArgumentParser

/// `bantin`: the root command.
public struct BanTinCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "bantin",
        abstract: "Dựng bản tin tĩnh từ bài viết Markdown. — Builds a static news bulletin from Markdown articles.",
        discussion: """
            Mã thoát / exit status:
              0  thành công / success
              1  nội dung có lỗi (bài viết, site.yml, giao diện) / errors in the content, site.yml or theme
              2  dùng lệnh sai / usage error
            """,
        subcommands: [
            BuildCommand.self, CheckCommand.self, NewCommand.self, StatusCommand.self, ServeCommand.self, ImportCommand.self,
            ReportCommand.self,
        ],
        defaultSubcommand: nil
    )

    public init() {}
}

/// Options every command that reads a site shares.
public struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: "Thư mục của trang (có site.yml). — The site folder (with site.yml).")
    public var root: String = "."

    public init() {}
}

/// `--now`: the clock that decides `publish_at` and `expires`.
public struct ClockOptions: ParsableArguments {
    @Option(name: .long, help: "Giờ dùng thay cho giờ hiện tại, ví dụ 2020-06-25T10:00. — The time to build at instead of now.")
    public var now: String?

    public init() {}
}
