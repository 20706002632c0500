import Foundation

/// A small W3C WebDriver client for `chromedriver`, over HTTP on loopback: enough to open
/// pages, find and click elements, type, run scripts, read the console and send Chrome DevTools
/// commands (CPU throttling, device size).
struct WebDriver: Sendable {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let endpoint: String
    let session: String

    /// Starts a headless Chromium session with a fresh profile and its console log kept.
    static func start(endpoint: String, profile: String, javascript: Bool = true) async throws -> WebDriver {
        var prefs: [String: Any] = [:]
        if !javascript { prefs["profile.managed_default_content_settings.javascript"] = 2 }
        let options: [String: Any] = [
            "binary": Browser.chromium ?? "",
            "args": [
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--window-size=1280,900", "--user-data-dir=\(profile)", "--lang=vi",
            ],
            "prefs": prefs,
        ]
        let body: [String: Any] = [
            "capabilities": ["alwaysMatch": [
                "browserName": "chrome", "goog:chromeOptions": options, "goog:loggingPrefs": ["browser": "ALL"],
            ] as [String: Any]],
        ]
        let answer = try await request("POST", endpoint + "/session", body)
        guard let value = answer["value"] as? [String: Any], let id = value["sessionId"] as? String else {
            throw Failure(description: "no session: \(answer)")
        }
        return WebDriver(endpoint: endpoint, session: id)
    }

    func quit() async {
        _ = try? await Self.request("DELETE", endpoint + "/session/" + session, nil)
    }

    func open(_ url: String) async throws { _ = try await command("POST", "url", ["url": url]) }

    /// Runs `script` (a function body; `arguments` as in WebDriver) and returns its value.
    @discardableResult
    func run(_ script: String, _ arguments: [Any] = []) async throws -> Any? {
        try await command("POST", "execute/sync", ["script": script, "args": arguments])
    }

    func element(_ css: String) async throws -> String {
        let value = try await command("POST", "element", ["using": "css selector", "value": css])
        guard let map = value as? [String: Any], let id = map.values.first as? String else {
            throw Failure(description: "no element \(css)")
        }
        return id
    }

    func click(_ css: String) async throws { _ = try await command("POST", "element/\(try await element(css))/click", [:]) }

    func type(_ text: String, into css: String) async throws {
        _ = try await command("POST", "element/\(try await element(css))/value", ["text": text])
    }

    /// Presses keys (WebDriver key codes such as "\u{E004}" for Tab) on whatever has the focus.
    func press(_ keys: [String]) async throws {
        var actions: [[String: Any]] = []
        for key in keys {
            actions.append(["type": "keyDown", "value": key])
            actions.append(["type": "keyUp", "value": key])
        }
        _ = try await command("POST", "actions", ["actions": [["type": "key", "id": "keyboard", "actions": actions]]])
    }

    /// Console entries since the last call, as "LEVEL message".
    func console() async throws -> [String] {
        let value = try await command("POST", "se/log", ["type": "browser"])
        return ((value as? [[String: Any]]) ?? []).map { "\($0["level"] ?? "") \($0["message"] ?? "")" }
    }

    /// A Chrome DevTools Protocol command.
    func devTools(_ method: String, _ parameters: [String: Any] = [:]) async throws {
        _ = try await command("POST", "goog/cdp/execute", ["cmd": method, "params": parameters])
    }

    /// Waits until `script` returns true (polling), or fails after `seconds` (generous: the whole
    /// suite runs in parallel on two cores).
    /// `seconds` is stretched by `BANTIN_TIME_SCALE`: under ThreadSanitizer, with the rest of the
    /// suite running beside it, the test's own file server answered a first search in over 90 s.
    func wait(for script: String, seconds: Double = 90, every interval: Double = 0.05, _ what: String) async throws {
        let end = Date().addingTimeInterval(seconds * RawHTTP.timeScale)
        while Date() < end {
            if (try await run(script)) as? Bool == true { return }
            try await Task.sleep(nanoseconds: UInt64(interval * 1e9))
        }
        throw Failure(description: "timed out waiting for \(what)")
    }

    private func command(_ method: String, _ path: String, _ body: [String: Any]?) async throws -> Any? {
        let answer = try await Self.request(method, endpoint + "/session/" + session + "/" + path, body)
        if let value = answer["value"] as? [String: Any], let error = value["error"] as? String {
            throw Failure(description: "\(path): \(error): \(value["message"] ?? "")")
        }
        return answer["value"]
    }

    /// `url` is `http://127.0.0.1:PORT/path`.
    static func request(_ method: String, _ url: String, _ body: [String: Any]?) async throws -> [String: Any] {
        guard let address = URLComponents(string: url), let port = address.port.flatMap(UInt16.init) else {
            throw Failure(description: "bad URL \(url)")
        }
        let payload = try body.map { try JSONSerialization.data(withJSONObject: $0) }
        let data = try await LoopbackHTTP.send(method, port: port, path: address.percentEncodedPath, body: payload)
        return (try JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
    }
}
