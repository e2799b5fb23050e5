import Foundation
import TestSupport
import Testing

/// Runs the command with `COMMITTEE_DOCS_CRASH_AT=point`, writing stdout to `reports`; returns
/// whether the process was killed (SIGKILL) rather than exiting.
private func committeeDocsKilled(at point: String, _ arguments: [String], reports: String) throws -> Bool {
    FileManager.default.createFile(atPath: reports, contents: nil)
    let process = committeeDocsProcess(arguments, environment: ["COMMITTEE_DOCS_CRASH_AT": point])
    process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: reports))
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    return process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGKILL
}

/// Every file of a published edition matches its manifest.json, and nothing else is there.
private func editionIsWhole(_ edition: String) throws -> Bool {
    let manifest = try JSONSerialization.jsonObject(with: try Data(contentsOf: URL(fileURLWithPath: edition + "/manifest.json"))) as! [String: Any]
    let listed = (manifest["filer"] as! [[String: Any]]).map { ($0["sti"] as! String, $0["bytes"] as! Int) }
    let present = filesBelow(edition).filter { path in
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: edition + "/" + path, isDirectory: &isFolder) && !isFolder.boolValue
    }
    guard Set(present) == Set(listed.map(\.0) + ["manifest.json"]) else { return false }
    return listed.allSatisfy { path, size in FileManager.default.contents(atPath: edition + "/" + path)?.count == size }
}

@Suite("Killed at a named point, the output is whole")
struct CrashPointTests {
    /// `packet` killed after writing the new edition and after swapping it in: the edition's
    /// folder holds the old packet or the new one, whole, and the next run removes what the
    /// killed one left.
    @Test func aPacketKilledWhilePublishingLeavesTheOldOrTheNewEdition() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.copyItem(atPath: packageRoot + "/samples", toPath: folder + "/samples")
        let meeting = folder + "/samples/møder/tmu-2019-09-02.yaml"
        let out = folder + "/ud"
        let edition = out + "/TMU-2019-09-02-offentlig"
        #expect(try committeeDocs(["packet", meeting, "--out", out, "--edition", "public"]).status == 0)
        let original = try String(contentsOfFile: meeting, encoding: .utf8)
        try original.replacingOccurrences(of: "sted: ", with: "sted: Flyttet til ").write(toFile: meeting, atomically: false, encoding: .utf8)
        func agenda() throws -> String { try String(contentsOfFile: edition + "/dagsorden.txt", encoding: .utf8) }
        let arguments = ["packet", meeting, "--out", out, "--edition", "public"]

        #expect(try committeeDocsKilled(at: "packet-written", arguments, reports: folder + "/r1"))
        #expect(try editionIsWhole(edition))
        #expect(try !agenda().contains("Flyttet til"))

        #expect(try committeeDocsKilled(at: "packet-swapped", arguments, reports: folder + "/r2"))
        #expect(try editionIsWhole(edition))
        #expect(try agenda().contains("Flyttet til"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).contains { $0.hasPrefix(".") })

        // The next run removes what the killed runs left behind.
        #expect(try committeeDocs(arguments).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out) == ["TMU-2019-09-02-offentlig"])
        #expect(try editionIsWhole(edition))
    }

    /// `archive add` killed at each named point of a group commit, over the samples and 70 more
    /// memos (two groups): every add it reported is in place, the bags on disk are exactly the
    /// ones the index lists, the archive verifies, and the next add completes it with exactly one
    /// version per document.
    @Test(arguments: ["archive-staged", "archive-pending", "archive-between-renames", "archive-before-done"])
    func anAddKilledAtANamedPointLeavesAnArchiveThatVerifies(point: String) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let (inputs, documents) = try samplesAndMemos(in: folder, memos: 70)
        let archive = folder + "/arkiv"
        #expect(try committeeDocsKilled(at: point, ["archive", "add", "--archive", archive] + inputs, reports: folder + "/rapport.txt"))
        let onDisk = try expectArchiveAgreesAfterKill(archive, reports: folder + "/rapport.txt")
        // The kill came inside the first group: before its renames nothing is in place, after them all of it.
        switch point {
        case "archive-staged", "archive-pending": #expect(onDisk == 0)
        case "archive-between-renames": #expect(onDisk == 1)
        default: #expect(onDisk == 64)
        }
        try expectASecondAddCompletes(archive, inputs: inputs, documents: documents)
    }
}
