/// A page ready to render: where it goes, which template, and the values the template sees.
/// The values are built fresh for each page and only read afterwards, hence `@unchecked Sendable`.
public struct PagePlan: @unchecked Sendable {
    public let path: String
    public let template: String
    public let context: [String: Any]

    /// The values as canonical JSON (sorted keys): equal text means the page renders the same
    /// with the same templates. The build cache keys pages on it.
    public var fingerprintText: String { template + "\n" + JSONText.encode(context) }
}
