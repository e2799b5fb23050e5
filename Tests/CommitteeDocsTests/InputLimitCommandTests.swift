import Foundation
import TestSupport
import Testing

// Big inputs (issue 13): a size limit, at most 100 errors per file, at most 10.000 items per list.

@Test func anInputOverTheSizeLimitIsRefusedBeforeItIsParsed() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    var memo = try sample("notat-kort.yaml")
    memo += "# " + String(repeating: "fyld ", count: 2_200_000) + "\n"  // 11 MB of comment
    try memo.write(toFile: folder + "/stor.yaml", atomically: true, encoding: .utf8)
    let run = try committeeDocs(["render", folder + "/stor.yaml", "--out", folder + "/ud"])
    #expect(run.status == 65)
    let size = try FileManager.default.attributesOfItem(atPath: folder + "/stor.yaml")[.size] as! Int
    #expect(size > 11_000_000 && size < 11_001_000)
    #expect(run.stderr == "\(folder)/stor.yaml:1:1: error: the file is 11.000.\(size - 11_000_000) bytes; at most 10.000.000 bytes are read (raise the limit with --max-input)\n")
    let raised = try committeeDocs(["check", folder + "/stor.yaml", "--max-input", "20MB"])
    #expect(raised.status == 0, "\(raised.stderr)")
}

@Test func aFileFullOfMistakesShowsAHundredErrorsAndACount() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    var memo = try sample("notat-kort.yaml")
    for index in 0..<250 { memo += "ukendt\(index): x\n" }
    try memo.write(toFile: folder + "/fejl.yaml", atomically: true, encoding: .utf8)
    let run = try committeeDocs(["check", folder + "/fejl.yaml"])
    #expect(run.status == 65)
    let lines = run.stderr.split(separator: "\n")
    #expect(lines.count == 101)
    #expect(lines.last == "\(folder)/fejl.yaml: error: … and 150 more errors")
}

@Test func tooManySectionsAreRefusedAtTheList() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    var memo = try sample("notat-kort.yaml")
    memo = String(memo[..<memo.range(of: "afsnit:")!.lowerBound]) + "afsnit:\n"
    for index in 0..<10_001 { memo += "  - {overskrift: Afsnit \(index), tekst: Tekst.}\n" }
    try memo.write(toFile: folder + "/mange.yaml", atomically: true, encoding: .utf8)
    let run = try committeeDocs(["check", folder + "/mange.yaml"])
    #expect(run.status == 65)
    #expect(run.stderr.contains("error: afsnit: 10.001 items; a list holds at most 10.000"), "\(run.stderr)")
}

/// A meeting file and an item's source are data files too: `archive add` and `packet` refuse
/// one over the limit, at the file's position, and keep nothing of the meeting.
@Test func aMeetingOrAnItemSourceOverTheSizeLimitIsRefused() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let meeting = packageRoot + "/samples/møder/tmu-2019-09-02.yaml"
    let size = try FileManager.default.attributesOfItem(atPath: meeting)[.size] as! Int
    let archived = try committeeDocs(["archive", "add", "--archive", folder + "/arkiv", meeting, "--max-input", "1KB"])
    #expect(archived.status == 65)
    #expect(archived.stderr.hasPrefix("\(meeting):1:1: error: the file is "), "\(archived.stderr)")
    #expect(archived.stderr.contains(" bytes; at most 1.000 bytes are read (raise the limit with --max-input)"))
    #expect(archived.stdout == "")
    #expect(bagsBelow(folder + "/arkiv").isEmpty)

    // The meeting file itself is small enough; the plan its first item presents is not.
    let published = try committeeDocs(["packet", meeting, "--out", folder + "/ud", "--max-input", "\(size + 1)B"])
    #expect(published.status == 65)
    #expect(published.stderr.contains("plan-helhedsplan-solhaven-foreloebig.yaml:1:1: error: the file is "), "\(published.stderr)")
    #expect(!FileManager.default.fileExists(atPath: folder + "/ud"))
}

/// libxml2 refuses an attribute over 10 MB unless told that the document may be huge. A link of
/// 2,1 million "&" (within the input limit) is written as a 10,5 MB href of "&amp;": our own
/// documents are validated as the huge documents they may be, so it renders, and no error is
/// blamed on the output file.
@Test func aHugeLinkInProseRendersAsValidXHTML() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    var memo = try sample("notat-kort.yaml")
    memo = String(memo[..<memo.range(of: "afsnit:")!.lowerBound])
        + "afsnit:\n  - overskrift: Link\n    tekst: \"[kortet](https://kk.dk/" + String(repeating: "&", count: 2_100_000) + ")\"\n"
    try memo.write(toFile: folder + "/link.yaml", atomically: true, encoding: .utf8)
    let run = try committeeDocs(["render", folder + "/link.yaml", "--out", folder + "/ud", "--format", "html"])
    #expect(run.status == 0, "\(run.stderr.prefix(500))")
    #expect(run.stderr == "")
}
