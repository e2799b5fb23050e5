import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Debian's headless chromium, driven over the DevTools protocol through a pipe
/// (`--remote-debugging-pipe`: JSON messages ended by a NUL byte; chromium reads fd 3 and writes
/// fd 4). It runs in its own process group with a throwaway profile, and `close()` ends the group.
final class Chromium {
    enum Failure: Error, CustomStringConvertible {
        case notInstalled
        case cannotStart(Int32)
        case timedOut(String)
        case closed
        case protocolError(String)

        var description: String {
            switch self {
            case .notInstalled:
                return "chromium is not installed: run `make deps` (it installs Debian's chromium for the browser tests) or `apt-get install chromium`"
            case .cannotStart(let code): return "chromium could not be started (posix_spawn: \(code))"
            case .timedOut(let what): return "chromium did not answer \(what) in time"
            case .closed: return "chromium closed the DevTools pipe"
            case .protocolError(let text): return "DevTools protocol error: \(text)"
            }
        }
    }

    static let candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/lib/chromium/chromium"]

    let pid: pid_t
    private let toBrowser: Int32
    private let fromBrowser: Int32
    private var received: [UInt8] = []
    private var lastID = 0
    private var closed = false

    /// Starts chromium headless with a new profile in `profile` (a folder of the test's).
    init(profile: String) throws {
        guard let path = Self.candidates.first(where: FileManager.default.isExecutableFile) else { throw Failure.notInstalled }
        signal(SIGPIPE, SIG_IGN)
        var input: [Int32] = [0, 0], output: [Int32] = [0, 0]
        guard pipe(&input) == 0, pipe(&output) == 0 else { throw Failure.cannotStart(errno) }
        // Our ends must not leak into other children (the preview process the test starts).
        for descriptor in input + output { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // dup2 leaves the new descriptors open across exec (the originals are close-on-exec).
        posix_spawn_file_actions_adddup2(&actions, input[0], 3)
        posix_spawn_file_actions_adddup2(&actions, output[1], 4)
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attributes, 0)
        let arguments = [path, "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                         "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--disable-sync",
                         "--disable-background-networking", "--disable-component-update", "--mute-audio",
                         "--hide-scrollbars", "--remote-debugging-pipe", "--user-data-dir=" + profile, "about:blank"]
        let environment = ["PATH=/usr/bin:/bin", "HOME=" + profile, "LANG=C.UTF-8"]
        var argv = arguments.map { strdup($0) } + [nil]
        var envp = environment.map { strdup($0) } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var child: pid_t = 0
        let status = posix_spawn(&child, path, &actions, &attributes, &argv, &envp)
        Glibc.close(input[0])
        Glibc.close(output[1])
        guard status == 0 else {
            Glibc.close(input[1])
            Glibc.close(output[0])
            throw Failure.cannotStart(status)
        }
        pid = child
        toBrowser = input[1]
        fromBrowser = output[0]
    }

    deinit { close() }

    /// Sends one command and waits (at most `timeout` seconds) for its answer; events are dropped.
    @discardableResult
    func call(_ method: String, _ parameters: [String: Any] = [:], session: String? = nil,
              timeout: TimeInterval = 15) throws -> [String: Any] {
        guard !closed else { throw Failure.closed }
        lastID += 1
        var message: [String: Any] = ["id": lastID, "method": method, "params": parameters]
        if let session { message["sessionId"] = session }
        var bytes = [UInt8](try JSONSerialization.data(withJSONObject: message))
        bytes.append(0)
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { write(toBrowser, $0.baseAddress, $0.count) }
            guard count > 0 else { throw Failure.closed }
            written += count
        }
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            while let end = received.firstIndex(of: 0) {
                let frame = Array(received[..<end])
                received.removeSubrange(...end)
                guard let reply = try JSONSerialization.jsonObject(with: Data(frame)) as? [String: Any],
                      reply["id"] as? Int == lastID else { continue }
                if let error = reply["error"] { throw Failure.protocolError("\(method): \(error)") }
                return reply["result"] as? [String: Any] ?? [:]
            }
            let left = deadline.timeIntervalSinceNow
            guard left > 0 else { throw Failure.timedOut(method) }
            var poller = pollfd(fd: fromBrowser, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, Int32(min(left, 1) * 1000)) >= 0 else { throw Failure.closed }
            guard poller.revents != 0 else { continue }
            var chunk = [UInt8](repeating: 0, count: 65536)
            let count = read(fromBrowser, &chunk, chunk.count)
            guard count > 0 else { throw Failure.closed }
            received.append(contentsOf: chunk[..<count])
        }
    }

    /// Opens `url` in a new tab of `width`×`height` and returns the DevTools session for it.
    func open(_ url: String, width: Int = 1280, height: Int = 1000) throws -> String {
        let target = try call("Target.createTarget", ["url": "about:blank"])
        guard let targetID = target["targetId"] as? String else { throw Failure.protocolError("no targetId") }
        let attached = try call("Target.attachToTarget", ["targetId": targetID, "flatten": true])
        guard let session = attached["sessionId"] as? String else { throw Failure.protocolError("no sessionId") }
        try call("Emulation.setDeviceMetricsOverride", ["width": width, "height": height, "deviceScaleFactor": 1, "mobile": false],
                 session: session)
        try call("Page.navigate", ["url": url], session: session)
        return session
    }

    /// The value of a JavaScript expression in the page (promises awaited).
    func evaluate(_ expression: String, session: String) throws -> Any? {
        let result = try call("Runtime.evaluate", ["expression": expression, "returnByValue": true, "awaitPromise": true],
                              session: session)
        if let exception = result["exceptionDetails"] { throw Failure.protocolError("\(expression): \(exception)") }
        return (result["result"] as? [String: Any])?["value"]
    }

    /// Evaluates `expression` until it is true or `seconds` have passed; returns the time it took.
    @discardableResult
    func waitUntil(_ expression: String, session: String, seconds: TimeInterval) throws -> TimeInterval? {
        let start = Date()
        while Date().timeIntervalSince(start) < seconds {
            // Before the page has loaded, the expression may throw: that is "not yet".
            if (try? evaluate("Boolean(\(expression))", session: session)) as? Bool == true { return Date().timeIntervalSince(start) }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return nil
    }

    /// A PNG of the viewport (`fullPage`: of the whole page).
    func screenshot(session: String, fullPage: Bool = false) throws -> Data {
        let result = try call("Page.captureScreenshot", ["format": "png", "captureBeyondViewport": fullPage], session: session)
        guard let base64 = result["data"] as? String, let data = Data(base64Encoded: base64) else {
            throw Failure.protocolError("no screenshot data")
        }
        return data
    }

    /// Closes the browser, then ends its process group (renderers included) and reaps it.
    func close() {
        guard !closed else { return }
        _ = try? call("Browser.close", timeout: 5)
        closed = true
        Glibc.close(toBrowser)
        Glibc.close(fromBrowser)
        let deadline = Date().addingTimeInterval(5)
        var status: Int32 = 0
        while waitpid(pid, &status, WNOHANG) == 0 && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
        }
        kill(-pid, SIGKILL)
        _ = waitpid(pid, &status, WNOHANG)
    }
}
