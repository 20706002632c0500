import BanTin
import Foundation

/// `bantin-bench resident SITE [EDITS] [title]`: the site kept in memory as `bantin serve` keeps it;
/// after each edit (a sentence appended to one article, or its title changed; written back as it
/// was at the end), the time
/// to update the site and to render that article's page. Restores the file at the end.
func residentBench(root: String, edits: Int, titles: Bool = false) {
    var options = BuildOptions(root: root, includeDrafts: false, baseURL: "http://127.0.0.1:1313/")
    options.useCache = false
    var site = ResidentSite()
    let first = seconds { site = site.updated(options: options) }
    print(String(format: "first build in memory: %.3f s, %d articles", first, site.report.articles))
    let folder = root + "/content"
    let category = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted().first { !$0.hasPrefix(".") } ?? ""
    let name = ((try? FileManager.default.contentsOfDirectory(atPath: folder + "/" + category)) ?? []).sorted().first { $0.hasSuffix(".md") } ?? ""
    let file = folder + "/" + category + "/" + name
    guard let original = FileManager.default.contents(atPath: file) else {
        print("no article to edit in \(folder)")
        return
    }
    defer { FileManager.default.createFile(atPath: file, contents: original) }
    let page = category + "/" + name.dropLast(3) + "/index.html"
    print("edited: \(file) → \(page)")
    for edit in 1...max(1, edits) {
        var changed = original
        if titles {
            let text = String(decoding: original, as: UTF8.self)
            changed = Data(text.replacingOccurrences(of: "\ntitle: \"", with: "\ntitle: \"Sửa \(edit) ").utf8)
        } else {
            changed.append(Data("\nCâu thêm số \(edit).\n".utf8))
        }
        FileManager.default.createFile(atPath: file, contents: changed)
        var bytes = 0
        let update = seconds { site = site.updated(options: options) }
        let render = seconds { bytes = site.file(at: page)?.count ?? 0 }
        let stages = site.report.stages.map { "\($0.name) \(String(format: "%.3f", $0.seconds))" }.joined(separator: ", ")
        print(String(format: "edit %d: update %.3f s, page %.4f s (%d bytes)  [%@]", edit, update, render, bytes, stages))
    }
}
