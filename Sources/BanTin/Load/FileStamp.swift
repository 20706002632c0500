import Foundation

/// Size and modification time of a file, as text: enough to tell that a copied file changed.
public enum FileStamp {
    public static func of(_ path: String) -> String {
        var info = stat()
        guard stat(path, &info) == 0 else { return "missing" }
        return "\(info.st_size):\(info.st_mtim.tv_sec):\(info.st_mtim.tv_nsec)"
    }
}
