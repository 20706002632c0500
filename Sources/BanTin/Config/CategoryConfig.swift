/// A section of the bulletin as configured in `site.yml`: "Tin Chuyên Ngành" at `/tin-chuyen-nganh/`.
public struct CategoryConfig: Sendable, Hashable {
    /// The name shown to readers.
    public var name: String
    /// The URL segment: lower-case ASCII letters, digits and hyphens.
    public var slug: String
    /// Position in menus and on the home page; smaller comes first.
    public var order: Int
    /// One line shown under the category header (may be empty).
    public var description: String

    public init(name: String, slug: String, order: Int, description: String = "") {
        self.name = name
        self.slug = slug
        self.order = order
        self.description = description
    }
}
