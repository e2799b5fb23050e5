import Foundation
import TestSupport
import Testing

/// README (render): "Two inputs that would write the same file are refused." The first input
/// that claims an output path keeps it; a later one that would write there is refused as a whole
/// (exit 65, a line on stderr naming both), and nothing of it is written.
@Suite("render: two inputs that would write the same file")
struct OutputClashTests {
    @Test func aCopyOfAMemoIsRefusedAndTheFirstIsWritten() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let memo = try sample("notat-kort.yaml")
        try memo.write(toFile: folder + "/a.yaml", atomically: true, encoding: .utf8)
        try memo.replacingOccurrences(of: "Ida Sørensen", with: "Jonas Kjær Nielsen")
            .write(toFile: folder + "/b.yaml", atomically: true, encoding: .utf8)
        let run = try committeeDocs(["render", "a.yaml", "b.yaml", "--out", "ud"], in: folder)
        #expect(run.status == 65)
        #expect(run.stdout == "ud/2024-18822/2024-410065-notat.html\nud/2024-18822/2024-410065-notat.md\nud/2024-18822/2024-410065-notat.txt\n")
        #expect(run.stderr == "b.yaml: error: renders to 2024-18822/2024-410065-notat like a.yaml: two documents share sagsnr and dokumentnr\n")
        // What was written is a.yaml's memo, not b.yaml's.
        let text = try String(contentsOfFile: folder + "/ud/2024-18822/2024-410065-notat.txt", encoding: .utf8)
        #expect(text.contains("Ida Sørensen") && !text.contains("Jonas Kjær Nielsen"))
        #expect(filesBelow(folder + "/ud") == ["2024-18822", "2024-18822/2024-410065-notat.html",
                                               "2024-18822/2024-410065-notat.md", "2024-18822/2024-410065-notat.txt"])
    }

    @Test func theSameFileNamedTwiceIsRefusedTheSecondTime() throws {
        let out = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let run = try committeeDocs(["render", "samples/notat-kort.yaml", "samples/notat-kort.yaml", "--out", out, "--format", "md"])
        #expect(run.status == 65)
        #expect(run.stdout == "\(out)/2024-18822/2024-410065-notat.md\n")
        #expect(run.stderr == "samples/notat-kort.yaml: error: renders to 2024-18822/2024-410065-notat like samples/notat-kort.yaml: two documents share sagsnr and dokumentnr\n")
    }

    /// A memo numbered like one of a plan's documents, after the plan: none of the memo is written;
    /// before the plan: none of the plan is written, not even its two documents that clash with nothing.
    @Test func aMemoAndAPlanDocumentWithTheSameNumbers() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try sample("notat-kort.yaml")
            .replacingOccurrences(of: "sagsnr: 2024-18822", with: "sagsnr: 2019-0412587")
            .replacingOccurrences(of: "dokumentnr: 2024-410065", with: "dokumentnr: 2019-0893318")
            .write(toFile: folder + "/notat.yaml", atomically: true, encoding: .utf8)
        try standaloneSolhavenPlan().write(toFile: folder + "/plan.yaml", atomically: true, encoding: .utf8)

        let planFirst = try committeeDocs(["render", "plan.yaml", "notat.yaml", "--out", "a", "--format", "md"], in: folder)
        #expect(planFirst.status == 65)
        #expect(planFirst.stderr == "notat.yaml: error: renders to 2019-0412587/2019-0893318-notat like plan.yaml: two documents share sagsnr and dokumentnr\n")
        #expect(filesBelow(folder + "/a") == ["2019-0412587", "2019-0412587/2019-0874120-indstilling.md",
                                              "2019-0412587/2019-0893318-notat.md", "2019-0412587/2019-0931455-ansøgning.md"])

        let memoFirst = try committeeDocs(["render", "notat.yaml", "plan.yaml", "--out", "b", "--format", "md"], in: folder)
        #expect(memoFirst.status == 65)
        #expect(memoFirst.stdout == "b/2019-0412587/2019-0893318-notat.md\n")
        #expect(memoFirst.stderr == "plan.yaml: error: renders to 2019-0412587/2019-0893318-notat like notat.yaml: two documents share sagsnr and dokumentnr\n")
        #expect(filesBelow(folder + "/b") == ["2019-0412587", "2019-0412587/2019-0893318-notat.md"])
    }

    @Test func twoDocumentsOfOnePlanWithOneNumberAreRefused() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let plan = try standaloneSolhavenPlan()
        try plan.replacingOccurrences(of: "dokumentnr: 2019-0931455", with: "dokumentnr: 2019-0893318")
            .write(toFile: folder + "/plan.yaml", atomically: true, encoding: .utf8)
        let run = try committeeDocs(["render", "plan.yaml", "--out", "ud"], in: folder)
        #expect(run.status == 65)
        #expect(run.stdout == "")
        #expect(run.stderr.contains("plan.yaml:107:17: error: dokumenter[2].dokumentnr: dokumentnr 2019-0893318 is used by two documents of the plan"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder + "/ud"))
    }
}
