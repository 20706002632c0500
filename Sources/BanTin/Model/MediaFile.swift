/// A file from `content/` that a page shows or offers (image, audio, attachment), copied to the output.
public struct MediaFile: Sendable, Hashable {
    /// Path inside `content/`, e.g. `tin-chuyen-nganh/anh.svg`.
    public var sourcePath: String
    /// Path inside the output, e.g. `media/tin-chuyen-nganh/anh.svg`.
    public var outputPath: String
    /// Size in bytes.
    public var size: Int
    /// Title to show (attachments), defaults to the file name.
    public var title: String
    /// For a picture: its size in pixels, or why it could not be read.
    public var image: ImageInfo?

    public init(sourcePath: String, outputPath: String, size: Int, title: String, image: ImageInfo? = nil) {
        self.sourcePath = sourcePath
        self.outputPath = outputPath
        self.size = size
        self.title = title
        self.image = image
    }

    public var fileName: String { String(sourcePath.split(separator: "/").last ?? Substring(sourcePath)) }

    /// The file's extension in upper case ("PDF"), or empty.
    public var kind: String {
        guard let dot = fileName.lastIndex(of: "."), dot != fileName.startIndex else { return "" }
        return fileName[fileName.index(after: dot)...].uppercased()
    }
}
