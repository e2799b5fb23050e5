import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One document to print: its validated XHTML and what makes its PDF the same bytes every time.
public struct PDFJob: Sendable {
    /// The XHTML page (UTF-8), with its print CSS and metadata in the head.
    public var html: String
    /// The PDF's file identifier, which PDF/A requires: the document's identity
    /// (`2009-45219/2009-199623-notat`), so it is stable and unique.
    public var identifier: String
    /// The document's date, ISO 8601: the timestamp of its embedded fonts.
    public var date: String?
    /// CSS added for this document only (a meeting packet's bookmarks).
    public var stylesheet: String?

    public init(html: String, identifier: String, date: String?, stylesheet: String? = nil) {
        self.html = html
        self.identifier = identifier
        self.date = date
        self.stylesheet = stylesheet
    }
}

/// Prints XHTML as PDF/A-2b with WeasyPrint (Debian's `weasyprint`), the engine whose CSS Paged
/// Media support the print CSS is written for: page size and margins, "Side N af M" footers,
/// page-break rules, bookmarks from headings.
///
/// WeasyPrint is driven the way pandoc drives its PDF engines, as the external program it is,
/// but through its own Python interpreter in long-lived workers (`WeasyPrintDriver`): starting
/// `weasyprint` per document costs about 0.55 s, a warm worker prints a two-page memo in about
/// 0.16 s (see README, "PDF"). Workers start when first needed, up to `maximumWorkers`, and are
/// shared by every thread; each job has a worker to itself. Thread-safe.
///
/// PDF/A-2b: PDF/A-2 is the ISO 19005 part for archiving that allows what WeasyPrint writes
/// (PDF 1.7, transparency, OpenType fonts); level b (visual appearance) because WeasyPrint 57 does
/// not write a tagged structure tree (level a); part 3 only adds embedded files of any kind,
/// which a case file does not need.
public final class PDFEngine: @unchecked Sendable {
    /// WeasyPrint cannot be started: not installed, or not a Python program we can drive.
    public struct Unavailable: Error, CustomStringConvertible, Sendable {
        public let description: String
    }

    /// A document could not be printed (WeasyPrint's own message), or a worker stopped.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public let description: String
    }

    /// The environment variable naming the `weasyprint` program to use instead of the one on PATH.
    public static let environmentKey = "COMMITTEE_DOCS_WEASYPRINT"

    /// The Python interpreter WeasyPrint is installed for, and the `weasyprint` script.
    public let interpreter: String
    public let weasyprint: String
    public let maximumWorkers: Int

    private let condition = NSCondition()
    private var idle: [Worker] = []
    private var started = 0
    private var version: String?

    /// Finds `weasyprint` (`$COMMITTEE_DOCS_WEASYPRINT`, else on `PATH`) and the interpreter its
    /// first line names. Nothing is started yet.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment,
                              maximumWorkers: Int = ProcessInfo.processInfo.activeProcessorCount) throws(Unavailable) -> PDFEngine {
        let program: String
        if let named = environment[environmentKey], !named.isEmpty {
            program = named
        } else if let found = Self.which("weasyprint", path: environment["PATH"]) {
            program = found
        } else {
            throw Unavailable(description: "PDF needs WeasyPrint, which is not installed: install the Debian package weasyprint (apt-get install weasyprint)")
        }
        guard access(program, X_OK) == 0 else {
            throw Unavailable(description: "PDF needs WeasyPrint: \(program) is not an executable program; install the Debian package weasyprint (apt-get install weasyprint)")
        }
        guard let interpreter = Self.interpreter(of: program, path: environment["PATH"]) else {
            throw Unavailable(description: "\(program) is not WeasyPrint's Python script (no #! line naming python); install the Debian package weasyprint (apt-get install weasyprint)")
        }
        return PDFEngine(interpreter: interpreter, weasyprint: program, maximumWorkers: maximumWorkers)
    }

    public init(interpreter: String, weasyprint: String, maximumWorkers: Int) {
        self.interpreter = interpreter
        self.weasyprint = weasyprint
        self.maximumWorkers = max(1, maximumWorkers)
        // A worker that died must not kill us when we write its next job.
        signal(SIGPIPE, SIG_IGN)
    }

    deinit {
        for worker in idle { worker.stop() }
    }

    /// Starts one worker now and reports whether WeasyPrint loads (its version), so a run that
    /// asked for PDF fails before it renders anything.
    public func checkAvailable() throws(Unavailable) -> String {
        do {
            let worker = try acquire()
            release(worker)
        } catch {
            throw Unavailable(description: "PDF needs WeasyPrint, which did not start (\(weasyprint)): \(error.description); install the Debian package weasyprint (apt-get install weasyprint)")
        }
        condition.lock()
        defer { condition.unlock() }
        return version ?? "?"
    }

    /// Prints one document; blocks until a worker is free and has printed it.
    public func print(_ job: PDFJob) throws(Failure) -> [UInt8] {
        let worker = try acquire()
        do {
            let pdf = try worker.print(job)
            release(worker)
            return pdf
        } catch let failure as Worker.JobFailed {
            release(worker)
            throw Failure(description: failure.message)
        } catch {
            // The worker is in an unknown state: drop it; the next job starts a new one.
            worker.stop()
            condition.lock()
            started -= 1
            condition.signal()
            condition.unlock()
            throw Failure(description: "WeasyPrint stopped while printing: \(error)")
        }
    }

    /// Stops every idle worker (each exits when its input closes).
    public func shutdown() {
        condition.lock()
        let stopping = idle
        idle.removeAll()
        started -= stopping.count
        condition.unlock()
        for worker in stopping { worker.stop() }
    }

    private func acquire() throws(Failure) -> Worker {
        condition.lock()
        while idle.isEmpty && started >= maximumWorkers { condition.wait() }
        if let worker = idle.popLast() {
            condition.unlock()
            return worker
        }
        started += 1
        condition.unlock()
        do {
            let (worker, version) = try Worker.start(interpreter: interpreter, weasyprint: weasyprint)
            condition.lock()
            self.version = version
            condition.unlock()
            return worker
        } catch {
            condition.lock()
            started -= 1
            condition.signal()
            condition.unlock()
            throw Failure(description: "\(error)")
        }
    }

    private func release(_ worker: Worker) {
        condition.lock()
        idle.append(worker)
        condition.signal()
        condition.unlock()
    }

    // MARK: - Finding the program

    static func which(_ name: String, path: String?) -> String? {
        for folder in (path ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":") where !folder.isEmpty {
            let candidate = folder + "/" + name
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }

    /// The interpreter a script's `#!` line names: `#!/usr/bin/python3`, or `#!/usr/bin/env python3`.
    static func interpreter(of script: String, path: String?) -> String? {
        guard let handle = FileHandle(forReadingAtPath: script) else { return nil }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 256)) ?? Data()
        guard head.starts(with: Array("#!".utf8)),
              let line = String(decoding: head.dropFirst(2), as: UTF8.self).split(separator: "\n").first else { return nil }
        let words = line.split(separator: " ").map(String.init)
        guard let first = words.first else { return nil }
        let interpreter = first.hasSuffix("/env") && words.count > 1 ? which(words[1], path: path) : first
        guard let interpreter, interpreter.split(separator: "/").last?.hasPrefix("python") == true,
              access(interpreter, X_OK) == 0 else { return nil }
        return interpreter
    }
}

/// One long-lived WeasyPrint process and its two pipes.
final class Worker: @unchecked Sendable {
    struct JobFailed: Error {
        let message: String
    }

    struct Broken: Error, CustomStringConvertible {
        let description: String
    }

    private let process: Process
    private let input: FileHandle
    private var reader: FrameReader

    private init(process: Process, input: FileHandle, output: FileHandle) {
        self.process = process
        self.input = input
        self.reader = FrameReader(descriptor: output.fileDescriptor, handle: output)
    }

    static func start(interpreter: String, weasyprint: String) throws -> (Worker, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: interpreter)
        process.arguments = ["-c", WeasyPrintDriver.program]
        var environment = ProcessInfo.processInfo.environment
        environment["PYTHONDONTWRITEBYTECODE"] = "1"
        environment["PYTHONHASHSEED"] = "0"
        environment["PYTHONIOENCODING"] = "utf-8"
        process.environment = environment
        let jobs = Pipe(), answers = Pipe()
        process.standardInput = jobs
        process.standardOutput = answers
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw Broken(description: "cannot start \(interpreter): \(error.localizedDescription)")
        }
        try? answers.fileHandleForWriting.close()
        try? jobs.fileHandleForReading.close()
        let worker = Worker(process: process, input: jobs.fileHandleForWriting, output: answers.fileHandleForReading)
        guard let hello = try worker.reader.header() else {
            worker.stop()
            throw Broken(description: "\(interpreter) stopped before WeasyPrint was loaded")
        }
        guard hello["ready"] as? Bool == true else {
            worker.stop()
            throw Broken(description: "WeasyPrint cannot be loaded by \(interpreter): \(hello["error"] as? String ?? "unknown error")")
        }
        return (worker, hello["version"] as? String ?? "?")
    }

    func print(_ job: PDFJob) throws -> [UInt8] {
        var page = job.html
        let body = page.withUTF8 { Array($0) }
        var header: [String: Any] = ["length": body.count, "identifier": job.identifier]
        header["date"] = job.date ?? NSNull()
        header["stylesheet"] = job.stylesheet ?? NSNull()
        var frame = try JSONSerialization.data(withJSONObject: header, options: [.sortedKeys])
        frame.append(UInt8(ascii: "\n"))
        try writeAll(Array(frame))
        try writeAll(body)
        guard let answer = try reader.header() else { throw Broken(description: "WeasyPrint stopped") }
        guard answer["ok"] as? Bool == true, let length = answer["length"] as? Int else {
            throw JobFailed(message: "WeasyPrint: " + (answer["error"] as? String ?? "unknown error"))
        }
        return try reader.bytes(length)
    }

    private func writeAll(_ bytes: [UInt8]) throws {
        let descriptor = input.fileDescriptor
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + written, bytes.count - written) }
            if result < 0 {
                if errno == EINTR { continue }
                throw Broken(description: "cannot send a job to WeasyPrint: " + String(cString: strerror(errno)))
            }
            written += result
        }
    }

    /// Closes its input, so it leaves its loop and exits, and reaps it.
    func stop() {
        try? input.close()
        if process.isRunning {
            let deadline = Date().addingTimeInterval(5)
            while process.isRunning && Date() < deadline { usleep(10_000) }
            if process.isRunning { process.terminate() }
        }
        process.waitUntilExit()
        try? reader.handle.close()
    }
}

/// Reads the worker's answers: a JSON line, then a given number of bytes.
struct FrameReader {
    let descriptor: Int32
    let handle: FileHandle
    private var buffer: [UInt8] = []
    private var start = 0

    init(descriptor: Int32, handle: FileHandle) {
        self.descriptor = descriptor
        self.handle = handle
    }

    /// The next header line as a JSON object; nil at the end of the stream.
    mutating func header() throws -> [String: Any]? {
        while true {
            if let newline = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) {
                let line = Data(buffer[start..<newline])
                start = newline + 1
                guard let object = try JSONSerialization.jsonObject(with: line) as? [String: Any] else {
                    throw Worker.Broken(description: "WeasyPrint's worker answered something else than a header")
                }
                return object
            }
            if try !fill() { return nil }
        }
    }

    /// Exactly `count` bytes.
    mutating func bytes(_ count: Int) throws -> [UInt8] {
        while buffer.count - start < count {
            if try !fill() { throw Worker.Broken(description: "WeasyPrint stopped in the middle of a PDF") }
        }
        let bytes = Array(buffer[start..<start + count])
        start += count
        return bytes
    }

    /// Reads more; false at the end of the stream.
    private mutating func fill() throws -> Bool {
        if start > 0 {
            buffer.removeFirst(start)
            start = 0
        }
        var chunk = [UInt8](repeating: 0, count: 256 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count < 0 { throw Worker.Broken(description: "cannot read from WeasyPrint: " + String(cString: strerror(errno))) }
            if count == 0 { return false }
            buffer.append(contentsOf: chunk[..<count])
            return true
        }
    }
}
