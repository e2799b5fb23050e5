import Foundation
import TestSupport
import Testing

// The renderer's placeholder characters (U+E000…U+E0FF) in a template or data crashed it (issue 13).

@Test func aTemplateWithPlaceholderCharactersIsRefusedAtItsPosition() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try FileManager.default.copyItem(atPath: packageRoot + "/Templates", toPath: folder + "/Templates")
    let notat = folder + "/Templates/notat.md"
    // U+E000 U+E019 U+E001 is the placeholder of value 9: the resolver indexed past its values.
    try ("Indsat: \u{E000}\u{E019}\u{E001}\n" + String(contentsOfFile: notat, encoding: .utf8))
        .write(toFile: notat, atomically: true, encoding: .utf8)
    let run = try committeeDocs(["render", "samples/notat-kort.yaml", "--templates", folder + "/Templates", "--out", folder + "/ud"])
    #expect(run.status == 65)
    #expect(run.stderr == """
    \(notat):1:9: error: the private-use character U+E000 (reserved for the renderer's placeholders) is not allowed in a template; remove it
    \(notat):1:10: error: the private-use character U+E019 (reserved for the renderer's placeholders) is not allowed in a template; remove it
    \(notat):1:11: error: the private-use character U+E001 (reserved for the renderer's placeholders) is not allowed in a template; remove it

    """)
    #expect(!FileManager.default.fileExists(atPath: folder + "/ud"))
}

@Test func dataWithPlaceholderCharactersIsRefusedAtItsPosition() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let memo = try sample("notat-kort.yaml")
    #expect(memo.contains("sagsbehandler: "))
    try memo.replacingOccurrences(of: "sagsbehandler: ", with: "sagsbehandler: \u{E000}\u{E010}\u{E001}")
        .write(toFile: folder + "/raw.yaml", atomically: true, encoding: .utf8)
    try memo.replacingOccurrences(of: "sagsbehandler: ", with: "sagsbehandler: \"\\uE0FF\" # ")
        .write(toFile: folder + "/escaped.yaml", atomically: true, encoding: .utf8)
    let run = try committeeDocs(["check", folder + "/raw.yaml", folder + "/escaped.yaml"])
    #expect(run.status == 65)
    let line = memo.components(separatedBy: "\n").firstIndex { $0.hasPrefix("sagsbehandler: ") }! + 1
    let reserved = "(reserved for the renderer's placeholders)"
    #expect(run.stderr == """
    \(folder)/raw.yaml:\(line):16: error: the private-use character U+E000 \(reserved) is not allowed in a data file; remove it
    \(folder)/raw.yaml:\(line):17: error: the private-use character U+E010 \(reserved) is not allowed in a data file; remove it
    \(folder)/raw.yaml:\(line):18: error: the private-use character U+E001 \(reserved) is not allowed in a data file; remove it
    \(folder)/escaped.yaml:\(line):16: error: sagsbehandler: contains the private-use character U+E0FF \(reserved); remove it

    """)
}
