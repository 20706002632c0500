import Foundation
import Testing

/// The built site to measure, from `BANTIN_SEARCH_BENCH_SITE`.
let benchmarkSite = ProcessInfo.processInfo.environment["BANTIN_SEARCH_BENCH_SITE"]

/// Measures search on a large built site in headless Chromium with the CPU slowed down four times
/// (DevTools' CPU throttling, the usual stand-in for a mid-range phone) and the HTTP cache off, so
/// every query starts cold. Runs only when asked:
///
///     BANTIN_SEARCH_BENCH_SITE=/tmp/s10k-public swift test --filter SearchBenchmark
///
/// Prints, per query: the results, the index files and bytes downloaded (the page's own HTML, CSS and
/// script are not counted), the time from the query to the results shown when it starts cold
/// (fetching from the loopback test server included) and how much of it was reading JSON, and the
/// time of the same query again once its files are in memory (the query's own work).
@Suite("Search benchmark", .serialized, .enabled(if: Browser.available && benchmarkSite != nil))
struct SearchBenchmarkTests {
    static let site = benchmarkSite
    static let queries = [
        "ho ngheo", "hộ nghèo", "HO NGHEO", "tay ninh", "nong thon", "chuyển đổi", "doanh nghiep", "dau tu",
        "cao su", "mang cau", "nui ba den", "ke hoach so",
    ]
    static let indexFiles = """
        return performance.getEntriesByType('resource').filter(function (e) { return e.name.indexOf('/tim-kiem/chi-muc/') >= 0; })
          .reduce(function (t, e) { return [t[0] + 1, t[1] + e.encodedBodySize]; }, [0, 0]);
        """

    @Test func queriesOnAThrottledCPU() async throws {
        let server = LoopbackSite(root: Self.site ?? "")
        try await server.start()
        defer { server.stop() }
        try await Browser.session { web in
            try await web.devTools("Network.enable")
            try await web.devTools("Network.setCacheDisabled", ["cacheDisabled": true])
            try await web.devTools("Emulation.setCPUThrottlingRate", ["rate": 4])
            var lines = ["query | results | index files | bytes | cold ms | of which parsing | warm ms"]
            let attribute = "return document.querySelector('[data-search-results]').getAttribute(arguments[0]);"
            for query in Self.queries {
                let encoded = query.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? query
                try await web.open(server.base + "/tim-kiem/?q=" + encoded)
                try await web.wait(
                    for: "return document.querySelector('[data-search-results]').getAttribute('data-state') === 'done';",
                    seconds: 60, every: 0.25, query)
                let count = try await web.run(attribute, ["data-count"]) as? String ?? ""
                let cold = try await web.run(attribute, ["data-ms"]) as? String ?? ""
                let parsing = try await web.run(attribute, ["data-parse-ms"]) as? String ?? ""
                let files = try await web.run(Self.indexFiles) as? [Int] ?? []
                // The same query again: every file is in memory, so this is the work of the query alone.
                try await web.run("document.querySelector('[data-search-form]').requestSubmit();")
                try await web.wait(
                    for: "return document.querySelector('[data-search-results]').getAttribute('data-state') === 'done';",
                    seconds: 60, every: 0.25, query)
                let warm = try await web.run(attribute, ["data-ms"]) as? String ?? ""
                let steps = try await web.run(attribute, ["data-steps"]) as? String ?? ""
                if ProcessInfo.processInfo.environment["BANTIN_SEARCH_BENCH_STEPS"] != nil { lines.append("  warm steps: \(steps)") }
                lines.append("\(query) | \(count) | \(files.first ?? 0) | \(files.last ?? 0) | \(cold) | \(parsing) | \(warm)")
            }
            // Typing, one key every 150 ms: the queries for "h", "ho", "ho ", "ho n"… share what they fetched.
            try await web.open(server.base + "/tim-kiem/")
            for key in "ho ngheo" {
                try await web.type(String(key), into: "[data-search-input]")
                try await Task.sleep(nanoseconds: 150_000_000)
            }
            try await web.wait(
                for: "var r = document.querySelector('[data-search-results]'); return r.getAttribute('data-state') === 'done' && r.getAttribute('data-query') === 'ho ngheo';",
                seconds: 60, "typed query")
            let typed = try await web.run(Self.indexFiles) as? [Int] ?? []
            let ms = try await web.run(attribute, ["data-ms"]) as? String ?? ""
            lines.append("ho ngheo, typed | | \(typed.first ?? 0) | \(typed.last ?? 0) | \(ms) (last query) | |")
            print(lines.joined(separator: "\n"))
        }
    }
}
