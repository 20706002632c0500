import Foundation

/// Totals gathered from the parallel writers: bytes written and the first error, if any.
final class WriteTally: @unchecked Sendable {
    private let lock = NSLock()
    private var byteCount = 0
    private var firstError: CorpusError?

    /// Adds the bytes one worker wrote.
    func add(bytes: Int) {
        lock.withLock { byteCount += bytes }
    }

    /// Records an error; only the first one is kept.
    func fail(_ error: CorpusError) {
        lock.withLock {
            if firstError == nil { firstError = error }
        }
    }

    /// Total bytes so far.
    var bytes: Int { lock.withLock { byteCount } }

    /// The first error, if any.
    var error: CorpusError? { lock.withLock { firstError } }
}
