import Foundation

/// The folder a corpus is written to, guarded so a typo cannot wipe unrelated files.
struct OutputFolder {
    /// Absolute or relative path of the folder.
    let path: String

    private var manager: FileManager { FileManager.default }

    /// Makes the folder ready: created if missing; if it holds a previous corpus (`site.yml`),
    /// its `content/` and `theme/` are removed; any other non-empty folder is refused.
    func prepare() throws(CorpusError) {
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: path, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw .usage("\(path) exists and is not a folder") }
            let entries = (try? manager.contentsOfDirectory(atPath: path)) ?? []
            if !entries.isEmpty {
                guard entries.contains("site.yml") else { throw .foreignFolder(path) }
                try remove(child: "content")
                try remove(child: "theme")
            }
        }
        try createFolder(path)
    }

    /// Creates `content/<slug>` for every slug.
    func createContentFolders(_ slugs: [String]) throws(CorpusError) {
        for slug in slugs { try createFolder(path + "/content/" + slug) }
    }

    /// Path of a file inside the folder.
    func file(_ relative: String) -> String {
        path + "/" + relative
    }

    /// Copies the theme folder at `source` to `theme/`.
    func copyTheme(from source: String) throws(CorpusError) {
        do {
            try manager.copyItem(atPath: source, toPath: file("theme"))
        } catch {
            throw .io(path: source, reason: "cannot copy theme: \(error.localizedDescription)")
        }
    }

    private func remove(child: String) throws(CorpusError) {
        let target = file(child)
        guard manager.fileExists(atPath: target) else { return }
        do {
            try manager.removeItem(atPath: target)
        } catch {
            throw .io(path: target, reason: "cannot remove: \(error.localizedDescription)")
        }
    }

    private func createFolder(_ folder: String) throws(CorpusError) {
        do {
            try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw .io(path: folder, reason: "cannot create: \(error.localizedDescription)")
        }
    }
}
