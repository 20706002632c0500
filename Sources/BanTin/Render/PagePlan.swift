/// A page ready to render: where it goes, which template, and the values the template sees.
/// The values are built fresh for each page and only read afterwards, hence `@unchecked Sendable`.
public struct PagePlan: @unchecked Sendable {
    public let path: String
    public let template: String
    public let context: [String: Any]

    /// A hash of the template name and every value (dictionary keys sorted): equal means the
    /// page renders the same with the same templates. The build cache keys pages on it.
    public func fingerprint(salt: String) -> String {
        var hash = ContentHash()
        hash.add(salt)
        hash.add(template)
        hash.add(value: context)
        return hash.hex
    }
}
