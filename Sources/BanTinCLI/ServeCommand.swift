import ArgumentParser
import BanTin
import Foundation

/// `bantin serve`: a live preview for editors.
public struct ServeCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Xem trước trang, tự dựng lại khi sửa bài. — Previews the site, rebuilding on every change.",
        discussion: """
            Phục vụ tại http://127.0.0.1:1313/, theo dõi content/, theme/ và site.yml, dựng lại và tải lại trang \
            đang mở. Lỗi hiện ở cửa sổ lệnh và trên trang; trang tốt gần nhất vẫn được phục vụ. Không ghi vào public/.
            Serves at http://127.0.0.1:1313/, watches content/, theme/ and site.yml, rebuilds and reloads open \
            pages. Errors show in the terminal and over the page; the last good site stays served. Never writes public/.
            """
    )

    @OptionGroup public var site: SiteOptions
    @OptionGroup public var clock: ClockOptions

    @Option(name: .long, help: "Địa chỉ lắng nghe. — Address to listen on.")
    public var host: String = "127.0.0.1"

    @Option(name: .long, help: "Cổng. — Port.")
    public var port: UInt16 = 1313

    @Flag(name: .long, inversion: .prefixedNo, help: "Hiện cả bài nháp (mặc định có). — Show drafts (default: yes).")
    public var drafts = true

    public init() {}

    public func run() async throws {
        var options = BuildOptions(root: site.root, includeDrafts: drafts, baseURL: "http://\(host):\(port)/")
        options.nowText = clock.now
        let server = PreviewServer(options: options, host: host, port: port) { Console.error($0) }
        let host = self.host
        try await server.run { port in
            Console.error("Đang phục vụ tại http://\(host):\(port)/ (Ctrl+C để dừng). — Serving at http://\(host):\(port)/ (Ctrl+C to stop).")
        }
    }
}
