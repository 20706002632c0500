import Foundation
import Dispatch

extension Array where Element: Sendable {
    /// Maps every element on all cores and returns the results in the input's order, so parallel
    /// work gives the same output as serial work.
    func parallelMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        guard count > 1 else { return map(transform) }
        let slots = ResultSlots<Result>(count: count)
        let chunk = Swift.max(1, count / (ProcessInfo.processInfo.activeProcessorCount * 8))
        let chunks = (count + chunk - 1) / chunk
        self.withUnsafeBufferPointer { buffer in
            let input = UnsafeSendableBuffer(buffer: buffer)
            DispatchQueue.concurrentPerform(iterations: chunks) { chunkIndex in
                let start = chunkIndex * chunk
                let end = Swift.min(start + chunk, input.buffer.count)
                var local: [Result] = []
                local.reserveCapacity(end - start)
                for index in start..<end { local.append(transform(input.buffer[index])) }
                slots.store(local, at: start)
            }
        }
        return slots.collect()
    }
}

/// Per-index result storage filled from many threads, read once all are done. Guarded by a
/// pthread-backed `NSLock`, which ThreadSanitizer understands (it reported races through the
/// futex-based `Mutex`).
private final class ResultSlots<Result: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var parts: [Int: [Result]] = [:]

    init(count: Int) {}

    func store(_ results: [Result], at start: Int) {
        lock.lock()
        parts[start] = results
        lock.unlock()
    }

    func collect() -> [Result] {
        lock.lock()
        defer { lock.unlock() }
        return parts.keys.sorted().flatMap { parts[$0] ?? [] }
    }
}

private struct UnsafeSendableBuffer<Element>: @unchecked Sendable {
    let buffer: UnsafeBufferPointer<Element>
}

/// Runs `work` on consecutive ranges of `0..<count` on all cores and joins the results in order.
/// Each call gets a whole range, so it can reuse scratch memory across the items of its range.
func parallelRanges<Result: Sendable>(count: Int, work: @Sendable (Range<Int>) -> [Result]) -> [Result] {
    guard count > 0 else { return [] }
    let chunk = Swift.max(1, count / (ProcessInfo.processInfo.activeProcessorCount * 8))
    let starts = Array(stride(from: 0, to: count, by: chunk))
    return starts.parallelMap { start in work(start..<Swift.min(start + chunk, count)) }.flatMap { $0 }
}
