import Foundation
import TestSupport
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

/// The same doubling with an empty last partial writes nothing, so only a count of inclusions
/// can stop it: a million inclusions for one document is far more than any real template needs.
@Test func partialsThatDoubleEachOtherAndWriteNothingStopAtTheInclusionLimit() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try FileManager.default.copyItem(atPath: packageRoot + "/Templates", toPath: folder + "/Templates")
    for level in 0..<40 {
        try "{{>tom\(level + 1)}}{{>tom\(level + 1)}}".write(toFile: folder + "/Templates/tom\(level).md", atomically: true, encoding: .utf8)
    }
    try "".write(toFile: folder + "/Templates/tom40.md", atomically: true, encoding: .utf8)
    let notat = folder + "/Templates/notat.md"
    try ("{{>tom0}}\n\n" + String(contentsOfFile: notat, encoding: .utf8)).write(toFile: notat, atomically: true, encoding: .utf8)
    let started = Date()
    let run = try committeeDocs(["render", "samples/notat-kort.yaml", "--templates", folder + "/Templates", "--out", folder + "/ud"])
    #expect(run.status == 65)
    #expect(run.stderr.hasPrefix(folder + "/Templates/tom38.md:1:1: error: "), "\(run.stderr)")
    #expect(run.stderr.contains("error: {{>tom39}}: sections and partials repeat more than 1.000.000 times for one document; do partials include each other, or sections repeat inside each other, too often?"), "\(run.stderr)")
    #expect(!FileManager.default.fileExists(atPath: folder + "/ud"))
    #expect(Date().timeIntervalSince(started) < 30)
}

/// Sections over a list nested in each other and writing nothing (the template fuzz target ran
/// out of memory on one): the same bound stops them. Inside a route step, `forløb` is found
/// again in the plan around it, so 15 levels over 4 steps would be a billion renders.
@Test func sectionsNestedInEachOtherAndWritingNothingStopAtTheRepetitionLimit() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try FileManager.default.copyItem(atPath: packageRoot + "/Templates", toPath: folder + "/Templates")
    let nested = String(repeating: "{{#forløb}}", count: 15) + String(repeating: "{{/forløb}}", count: 15)
    for kind in ["notat", "indstilling", "ansøgning"] {
        let template = folder + "/Templates/\(kind).md"
        try (nested + "\n\n" + String(contentsOfFile: template, encoding: .utf8)).write(toFile: template, atomically: true, encoding: .utf8)
    }
    let started = Date()
    let run = try committeeDocs(["render", "samples/plan-omraadefornyelse-sydhavn.yaml", "--templates", folder + "/Templates",
                                 "--out", folder + "/ud"])
    #expect(run.status == 65)
    #expect(run.stderr.hasPrefix(folder + "/Templates/"), "\(run.stderr)")
    #expect(run.stderr.contains(": error: {{#forløb}}: sections and partials repeat more than 1.000.000 times for one document"), "\(run.stderr)")
    #expect(!FileManager.default.fileExists(atPath: folder + "/ud"))
    #expect(Date().timeIntervalSince(started) < 30)
}
