/// Finds two things that want the same output file: an old address (`aliases:`) that lands on a
/// page bantin writes, or on another article's old address.
public enum OutputClashes {
    public static func check(
        paths: [String], redirects: [(alias: String, target: String, location: SourceLocation)]
    ) -> [Diagnostic] {
        guard !redirects.isEmpty else { return [] }
        var owners: [String: (vi: String, en: String)] = [:]
        for path in paths { owners[path] = ("trang /\(path)", "the page /\(path)") }
        var diagnostics: [Diagnostic] = []
        for redirect in redirects {
            // An address with a query has no file; it can still be declared twice.
            let file = AliasPath.outputFile(redirect.alias) ?? "?" + redirect.alias
            if let owner = owners[file] {
                diagnostics.append(.error(
                    redirect.location,
                    vi: "Địa chỉ cũ /\(redirect.alias) trùng với \(owner.vi).",
                    en: "Old address /\(redirect.alias) clashes with \(owner.en).",
                    hintVI: "Xóa địa chỉ cũ này hoặc sửa cho đúng; mỗi địa chỉ chỉ dẫn tới một nơi.",
                    hintEN: "Remove or correct this old address; each address can lead to one place only."))
                continue
            }
            let place = "\(redirect.location.path):\(redirect.location.line)"
            owners[file] = ("địa chỉ cũ khai báo ở \(place)", "the old address declared at \(place)")
        }
        return diagnostics
    }
}
