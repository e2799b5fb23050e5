import Foundation
import Testing

// Big inputs (issue 13): a size limit, at most 100 errors per file, at most 10.000 items per list.

@Test func anInputOverTheSizeLimitIsRefusedBeforeItIsParsed() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    var memo = try String(contentsOfFile: packageRoot + "/samples/notat-kort.yaml", encoding: .utf8)
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
    var memo = try String(contentsOfFile: packageRoot + "/samples/notat-kort.yaml", encoding: .utf8)
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
    var memo = try String(contentsOfFile: packageRoot + "/samples/notat-kort.yaml", encoding: .utf8)
    memo = String(memo[..<memo.range(of: "afsnit:")!.lowerBound]) + "afsnit:\n"
    for index in 0..<10_001 { memo += "  - {overskrift: Afsnit \(index), tekst: Tekst.}\n" }
    try memo.write(toFile: folder + "/mange.yaml", atomically: true, encoding: .utf8)
    let run = try committeeDocs(["check", folder + "/mange.yaml"])
    #expect(run.status == 65)
    #expect(run.stderr.contains("error: afsnit: 10.001 items; a list holds at most 10.000"), "\(run.stderr)")
}
