import Foundation
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// `committee-docs preview` as a user runs it: the built binary, started on a free port; its URL
/// is read from the first line of its stdout. `stop()` (or deinit) ends it.
final class PreviewProcess {
    let process = Process()
    let url: String
    let port: Int
    /// stderr, kept in a file outside the watched folder.
    let log: String

    /// Starts `preview FILE --port 0` (or `arguments` as given) with the checkout's templates and
    /// rules, and waits at most `timeout` seconds for the URL.
    init(_ file: String, arguments: [String]? = nil, templates: String = packageRoot + "/Templates", timeout: TimeInterval = 60) throws {
        process.executableURL = committeeDocsExecutable
        process.arguments = ["preview", file] + (arguments ?? ["--port", "0"])
            + ["--templates", templates, "--rules", packageRoot + "/Rules/finansieringsregler.yaml"]
        process.environment = testEnvironment()
        log = NSTemporaryDirectory() + "committee-docs-preview-" + UUID().uuidString + ".log"
        FileManager.default.createFile(atPath: log, contents: nil)
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle(forWritingAtPath: log)
        try process.run()
        let line = Self.firstLine(of: output.fileHandleForReading, timeout: timeout)
        guard let line, line.hasPrefix("http://127.0.0.1:"), let port = Int(line.dropFirst("http://127.0.0.1:".count).dropLast()) else {
            process.terminate()
            process.waitUntilExit()
            throw PreviewTestError("preview printed no URL (\(line ?? "nothing")); stderr: \((try? String(contentsOfFile: log, encoding: .utf8)) ?? "")")
        }
        url = line
        self.port = port
    }

    deinit {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(atPath: log)
    }

    var pid: Int32 { process.processIdentifier }
    var stderr: String { (try? String(contentsOfFile: log, encoding: .utf8)) ?? "" }

    /// Sends `signal` and waits at most `timeout` seconds; the exit status, or nil when it did not end.
    func stop(_ signal: Int32 = SIGTERM, timeout: TimeInterval = 15) -> Int32? {
        guard process.isRunning else { return process.terminationStatus }
        kill(process.processIdentifier, signal)
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        return process.isRunning ? nil : process.terminationStatus
    }

    /// The first line of `handle`, read on a thread so the wait is bounded.
    static func firstLine(of handle: FileHandle, timeout: TimeInterval) -> String? {
        let box = LineBox()
        let done = DispatchSemaphore(value: 0)
        Thread {
            var bytes: [UInt8] = []
            while true {
                let data = handle.availableData
                if data.isEmpty { break }
                bytes.append(contentsOf: data)
                if bytes.contains(10) { break }
            }
            box.line = String(decoding: bytes.prefix { $0 != 10 }, as: UTF8.self)
            done.signal()
        }.start()
        guard done.wait(timeout: .now() + timeout) == .success else { return nil }
        return box.line
    }

    /// The resident memory of the process (VmRSS in /proc/PID/status), in kB.
    var residentKilobytes: Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }) else { return nil }
        return Int(line.split(separator: " ").dropFirst().first ?? "")
    }
}

private final class LineBox: @unchecked Sendable {
    var line: String?
}

struct PreviewTestError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// One HTTP/1.1 exchange over a plain socket, sending the path exactly as given (no client
/// normalises `/../` or decodes `%2e`), with a bounded wait.
struct HTTPReply {
    var status: Int
    var headers: [String: String]
    var body: String
}

enum RawHTTP {
    /// GET `path` from 127.0.0.1:`port`; with `until`, stops reading once the body holds it (for
    /// event streams, which do not end).
    static func get(_ path: String, port: Int, host: String? = nil, until: String? = nil, timeout: TimeInterval = 10) throws -> HTTPReply {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw PreviewTestError("socket: \(errno)") }
        defer { close(socket) }
        var limit = timeval(tv_sec: Int(timeout), tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw PreviewTestError("connect to port \(port): \(errno)") }
        let request = "GET \(path) HTTP/1.1\r\nHost: \(host ?? "127.0.0.1:\(port)")\r\nConnection: close\r\n\r\n"
        _ = request.withCString { send(socket, $0, strlen($0), Int32(MSG_NOSIGNAL)) }
        var bytes: [UInt8] = []
        let deadline = Date().addingTimeInterval(timeout)
        var chunk = [UInt8](repeating: 0, count: 65536)
        while Date() < deadline {
            let count = recv(socket, &chunk, chunk.count, 0)
            if count <= 0 { break }
            bytes.append(contentsOf: chunk[..<count])
            if let until, String(decoding: bytes, as: UTF8.self).contains(until) { break }
        }
        let text = String(decoding: bytes, as: UTF8.self)
        guard let headEnd = text.range(of: "\r\n\r\n") else { throw PreviewTestError("no HTTP reply for \(path): \(text)") }
        let lines = text[..<headEnd.lowerBound].split(separator: "\r\n")
        let status = Int(lines.first?.split(separator: " ").dropFirst().first ?? "") ?? 0
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return HTTPReply(status: status, headers: headers, body: String(text[headEnd.upperBound...]))
    }

    /// Polls `path` until `condition` holds for its reply, at most `seconds`; the last reply.
    static func poll(_ path: String, port: Int, seconds: TimeInterval, _ condition: (HTTPReply) -> Bool) throws -> HTTPReply? {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if let reply = try? get(path, port: port), condition(reply) { return reply }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return nil
    }
}

/// A folder of the test's own with a copy of the memo sample as `notat.yaml`.
func memoFolder() throws -> (folder: String, file: String, source: String) {
    let folder = try temporaryFolder("preview-test")
    let source = try sample("notat-omraadebaserede-indsatser.yaml")
    let file = folder + "/notat.yaml"
    try source.write(toFile: file, atomically: true, encoding: .utf8)
    return (folder, file, source)
}

/// The memo sample with its title (and, if given, its sagsnr line) replaced.
func memo(_ source: String, title: String, sagsnr: String? = nil) -> String {
    var lines = source.components(separatedBy: "\n")
    for index in lines.indices {
        if lines[index].hasPrefix("titel: ") { lines[index] = "titel: " + title }
        if let sagsnr, lines[index].hasPrefix("sagsnr: ") { lines[index] = "sagsnr: " + sagsnr }
    }
    return lines.joined(separator: "\n")
}

/// The 1-based line of the memo's `sagsnr:` (its value starts in column 9).
func sagsnrLine(_ source: String) -> Int {
    (source.components(separatedBy: "\n").firstIndex { $0.hasPrefix("sagsnr: ") } ?? 0) + 1
}
