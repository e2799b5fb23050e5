import Foundation
import TestSupport
import Testing

// 73 cannot create, 74 an I/O error while writing (issue 13).

/// Runs the command with a file size limit of one 512-byte block and SIGXFSZ ignored, so that
/// writing more fails with EFBIG, as a full disk fails with ENOSPC.
func committeeDocsWithTinyFileLimit(_ arguments: [String]) throws -> Run {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    let binary = Bundle.main.bundleURL.appendingPathComponent("committee-docs").path
    process.arguments = ["-c", "ulimit -f 1 && trap '' XFSZ && exec \"$0\" \"$@\"", binary] + arguments
    process.currentDirectoryURL = URL(fileURLWithPath: packageRoot)
    process.environment = testEnvironment()
    let err = Pipe()
    process.standardError = err
    process.standardOutput = Pipe()
    try process.run()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(status: process.terminationStatus, stdout: "", stderr: String(decoding: stderr, as: UTF8.self))
}

@Test func anIOErrorWhileWritingExits74AndACreateErrorExits73() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let full = try committeeDocsWithTinyFileLimit(["render", "samples/notat-kort.yaml", "--out", folder + "/ud"])
    #expect(full.status == 74, "\(full.stderr)")
    #expect(full.stderr == "\(folder)/ud/2024-18822/2024-410065-notat.html: error: cannot write: File too large\n")
    #expect(filesBelow(folder + "/ud") == ["2024-18822"])  // no file, not even a temporary one

    try "".write(toFile: folder + "/fil", atomically: true, encoding: .utf8)
    let blocked = try committeeDocs(["render", "samples/notat-kort.yaml", "--out", folder + "/fil"])
    #expect(blocked.status == 73, "\(blocked.stderr)")
    #expect(blocked.stderr.contains("error: cannot create the folder \(folder)/fil/2024-18822"), "\(blocked.stderr)")
}
