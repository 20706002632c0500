import Foundation

/// Work started on its own thread now and collected later, so a stage that is partly serial
/// (the search index) runs beside another (rendering) instead of before it.
final class BackgroundWork<Value: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var value: Value?
    /// Seconds the work took on its thread.
    private(set) var seconds: Double = 0

    init(_ work: @escaping @Sendable () -> Value) {
        let thread = Thread { [self] in
            let start = DispatchTime.now().uptimeNanoseconds
            let result = work()
            let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            condition.lock()
            value = result
            seconds = elapsed
            condition.broadcast()
            condition.unlock()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// The result, waiting for it if the work is still running.
    func wait() -> Value {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let value { return value }
            condition.wait()
        }
    }
}
