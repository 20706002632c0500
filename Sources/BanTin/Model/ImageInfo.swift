/// What the build learned of a picture file (PNG, JPEG, GIF, WebP, SVG): its size, or why it
/// could not be read. Pages use the size for the `width` and `height` of `<img>`, so the page does
/// not jump while images load.
public enum ImageInfo: Sendable, Hashable {
    case size(PixelSize)
    case unreadable(vi: String, en: String)

    public var size: PixelSize? {
        if case .size(let size) = self { return size }
        return nil
    }
}
