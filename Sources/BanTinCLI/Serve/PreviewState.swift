import BanTin
import Foundation

/// What the preview server knows about the last build: the site in memory, a version that grows
/// with every build, and the problems of the last one (empty when it succeeded). Open pages wait on it.
actor PreviewState {
    private(set) var version = 0
    private(set) var problems: [String] = []
    /// The site served: the last good one, kept in memory.
    private(set) var site = ResidentSite()
    private var waiters: [CheckedContinuation<Void, Never>] = []

    /// Records a finished build and wakes every waiting page.
    func finished(_ site: ResidentSite) {
        self.site = site
        let report = site.report
        version += 1
        problems = report.succeeded ? [] : report.diagnostics.filter { $0.severity == .error }.map(\.formatted)
        let woken = waiters
        waiters.removeAll()
        for waiter in woken { waiter.resume() }
    }

    /// Returns when the version differs from `known`, or after `timeout` seconds.
    func wait(after known: Int, timeout: Double) async -> (version: Int, problems: [String]) {
        if version != known { return (version, problems) }
        let timer = Task {
            try? await Task.sleep(nanoseconds: UInt64(timeout * 1e9))
            self.wakeAll()
        }
        await withCheckedContinuation { waiters.append($0) }
        timer.cancel()
        return (version, problems)
    }

    private func wakeAll() {
        let woken = waiters
        waiters.removeAll()
        for waiter in woken { waiter.resume() }
    }
}
