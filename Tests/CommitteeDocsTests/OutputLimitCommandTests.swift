import Foundation
import Testing

// Templates whose output grows without bound (issue 13) stop at --max-output, exit 65.

@Test func partialsThatDoubleEachOtherStopAtTheOutputLimit() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try FileManager.default.copyItem(atPath: packageRoot + "/Templates", toPath: folder + "/Templates")
    // 41 partials, each including the next twice: 2^40 copies of the last one, under the depth limit.
    for level in 0..<40 {
        try "{{>dobbelt\(level + 1)}}{{>dobbelt\(level + 1)}}".write(toFile: folder + "/Templates/dobbelt\(level).md",
                                                                  atomically: true, encoding: .utf8)
    }
    try String(repeating: "Bla bla. ", count: 100).write(toFile: folder + "/Templates/dobbelt40.md", atomically: true, encoding: .utf8)
    let notat = folder + "/Templates/notat.md"
    try ("{{>dobbelt0}}\n\n" + String(contentsOfFile: notat, encoding: .utf8)).write(toFile: notat, atomically: true, encoding: .utf8)
    let started = Date()
    let run = try committeeDocs(["render", "samples/notat-kort.yaml", "--templates", folder + "/Templates", "--out", folder + "/ud",
                                 "--max-output", "1MB"])
    #expect(run.status == 65)
    #expect(run.stderr.hasPrefix(folder + "/Templates/dobbelt39.md:1:"), "\(run.stderr)")
    #expect(run.stderr.contains("error: the output grows beyond 1000000 bytes, the limit for one document (--max-output); do partials include each other too often?"), "\(run.stderr)")
    #expect(!FileManager.default.fileExists(atPath: folder + "/ud"))
    #expect(Date().timeIntervalSince(started) < 30)
}
