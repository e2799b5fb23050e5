import Foundation

/// A program as a user runs it: a separate process, its stdout, stderr and exit code.
public struct Run {
    public var status: Int32
    public var stdout: String
    public var stderr: String

    public init(status: Int32, stdout: String, stderr: String) {
        self.status = status
        self.stdout = stdout
        self.stderr = stderr
    }
}

/// The whole environment a spawned `committee-docs` sees: a fixed PATH, HOME and TMPDIR, and
/// LANG=C.UTF-8, then `extra` on top. Nothing else of the environment running the tests reaches
/// it, so a user's `COMMITTEE_DOCS_TEMPLATES` or `COMMITTEE_DOCS_RULES` cannot change what a test
/// checks; a test that wants such a variable passes it in `extra`. (LLVM_PROFILE_FILE passes
/// through when set, so that a coverage run collects the child's counts instead of leaving a
/// default.profraw in its working folder.)
public func testEnvironment(_ extra: [String: String] = [:]) -> [String: String] {
    let temporary = NSTemporaryDirectory()
    var environment = ["PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": temporary, "TMPDIR": temporary, "LANG": "C.UTF-8"]
    if let profile = ProcessInfo.processInfo.environment["LLVM_PROFILE_FILE"] {
        environment["LLVM_PROFILE_FILE"] = profile
    }
    return environment.merging(extra) { _, explicit in explicit }
}

/// The `committee-docs` executable this test run was built with (beside the test bundle).
public let committeeDocsExecutable = Bundle.main.bundleURL.appendingPathComponent("committee-docs")

/// A `committee-docs` process ready to run: the built executable, `arguments`, the working folder
/// and `testEnvironment(environment)`. For tests that start, kill or wait for it themselves.
public func committeeDocsProcess(_ arguments: [String], in directory: String = packageRoot,
                                 environment: [String: String] = [:]) -> Process {
    let process = Process()
    process.executableURL = committeeDocsExecutable
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    process.environment = testEnvironment(environment)
    return process
}

/// Runs `committee-docs` to its end in `directory`, with only `testEnvironment(environment)`.
public func committeeDocs(_ arguments: [String], in directory: String = packageRoot,
                          environment: [String: String] = [:]) throws -> Run {
    try finished(committeeDocsProcess(arguments, in: directory, environment: environment))
}

/// Runs a prepared process to its end and collects its output and exit status.
public func finished(_ process: Process) throws -> Run {
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
               stderr: String(decoding: stderr, as: UTF8.self))
}
