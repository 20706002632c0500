/// One output file made by rendering: its path below the output folder and its text.
public struct RenderedPage: Sendable, Equatable {
    /// e.g. `tin-chuyen-nganh/nam-2020/index.html`.
    public var path: String
    public var contents: String

    public init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }
}
