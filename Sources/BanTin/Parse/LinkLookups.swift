/// What one article asked the `LinkResolver` while its body was built (links, pictures, `image:`,
/// `audio:`, attachments), with a digest of the answers it got.
///
/// Building a body is a function of the article's bytes, the site's settings and these answers
/// alone. So a body built before can be reused when the bytes and settings are the same and the
/// same questions, asked again of today's resolver, get the same answers: an article whose link
/// target was renamed, unpublished or deleted, or whose picture changed size, is built again;
/// the others are not.
public struct LinkLookups: Sendable, Equatable {
    /// One question: a destination as written in the article, and whether only a file will do.
    public struct Query: Sendable, Equatable {
        public var destination: String
        public var fileOnly: Bool

        public init(destination: String, fileOnly: Bool) {
            self.destination = destination
            self.fileOnly = fileOnly
        }
    }

    public let queries: [Query]
    /// The digest of the answers, in the order they were asked.
    public let digest: String

    /// No question asked (an article built without keeping what it asked).
    public init() { self.init(queries: [], digest: Self.noAnswers) }

    private static let noAnswers = ContentHash().hex

    public init(queries: [Query], digest: String) {
        self.queries = queries
        self.digest = digest
    }

    /// Asks `resolver` every question for the article at `path`: whether it answers each as before.
    public func answeredAlike(by resolver: LinkResolver, from path: String) -> Bool {
        var again = ContentHash()
        for query in queries {
            Self.add(resolver.resolve(query.destination, from: path, fileOnly: query.fileOnly), to: &again)
        }
        return again.hex == digest
    }

    /// Every part of an answer, each tagged, so that no two answers hash alike by accident.
    static func add(_ answer: LinkResolver.Resolution, to hash: inout ContentHash) {
        switch answer {
        case .keep:
            hash.addNumber(1)
        case .url(let url):
            hash.addNumber(2)
            hash.add(url)
        case .file(let file, let url):
            hash.addNumber(3)
            hash.add(file.sourcePath)
            hash.add(file.outputPath)
            hash.addNumber(file.size)
            hash.add(file.title)
            hash.add(image: file.image)
            hash.add(url)
        case .problem(let vi, let en, let hintVI, let hintEN):
            hash.addNumber(4)
            for text in [vi, en, hintVI, hintEN] { hash.add(text) }
        }
    }
}
