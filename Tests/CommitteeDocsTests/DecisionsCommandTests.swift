import Foundation
import TestSupport
import Testing

/// A decisions file for the sample TMU meeting, written into `folder`, naming the meeting by its
/// absolute path.
func writeDecisions(_ yaml: String, in folder: String, name: String = "referat.yaml") throws {
    try yaml.replacingOccurrences(of: "MØDE", with: packageRoot + "/samples/møder/tmu-2019-09-02.yaml")
        .write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
}

let sampleDecisionsFile = try! String(contentsOfFile: packageRoot + "/samples/møder/tmu-2019-09-02-referat.yaml", encoding: .utf8)
    .replacingOccurrences(of: "møde: tmu-2019-09-02.yaml", with: "møde: MØDE")

@Suite("check with a decisions file (beslutningsprotokol)")
struct DecisionsCommandTests {
    @Test func checkReadsTheDecisionsWithTheirMeetingAndWritesNothing() throws {
        let run = try committeeDocs(["check", "samples/møder/tmu-2019-09-02-referat.yaml"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "")
        #expect(run.stderr == "")
    }

    @Test func decisionsThatDoNotMatchTheMeetingAreRefusedWithPositions() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try writeDecisions(sampleDecisionsFile.replacingOccurrences(of: "nummer: TMU 233/19", with: "nummer: TMU 233/91")
            .replacingOccurrences(of: "nummer: TMU 232/19", with: "nummer: TMU 231/19"), in: folder)
        let run = try committeeDocs(["check", "referat.yaml"], in: folder)
        #expect(run.status == 65)
        #expect(run.stdout == "")
        #expect(run.stderr == """
        referat.yaml:15:1: error: punkter: no decision for TMU 232/19 and TMU 233/19; every item of the meeting needs one
        referat.yaml:24:13: error: punkter[1].nummer: "TMU 231/19" already has a decision (punkter[0]); every item has exactly one
        referat.yaml:27:13: error: punkter[2].nummer: "TMU 233/91" is not an item of the meeting (did you mean "TMU 233/19"?)

        """)
        #expect(filesBelow(folder) == ["referat.yaml"])
    }

    @Test func errorsInTheDecisionsFileAreReportedAllAtOnce() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try writeDecisions(sampleDecisionsFile.replacingOccurrences(of: "\"16:40\"", with: "\"14:40\"")
            .replacingOccurrences(of: "antal: 2}", with: "antal: 12}")
            .replacingOccurrences(of: "resultat: taget til efterretning", with: "resultat: taget til efterretnig"), in: folder)
        let run = try committeeDocs(["check", "referat.yaml"], in: folder)
        #expect(run.status == 65)
        #expect(run.stderr == """
        referat.yaml:7:9: error: referat.slut: the meeting cannot end (14.40) before it starts (15.00)
        referat.yaml:25:15: error: punkter[1].resultat: "taget til efterretnig" is not allowed (did you mean "taget til efterretning"? expected one of: godkendt, ikke godkendt, udsat, taget til efterretning)
        referat.yaml:30:7: error: punkter[2].afstemning: 9 votes for and 12 against do not carry "godkendt": a proposal is carried by more votes for than against

        """)
    }

    @Test func aMissingMeetingFileIsNamedAtTheKeyThatNamesIt() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try writeDecisions(sampleDecisionsFile.replacingOccurrences(of: "møde: MØDE", with: "møde: tmu-2019-09-03.yaml"), in: folder)
        let run = try committeeDocs(["check", "referat.yaml"], in: folder)
        #expect(run.status == 65)
        #expect(run.stderr == "referat.yaml:5:9: error: referat.møde: the meeting file \"tmu-2019-09-03.yaml\" does not exist (looked for tmu-2019-09-03.yaml)\n")
    }

    @Test func theMeetingFileMustBeAMeeting() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try writeDecisions(sampleDecisionsFile.replacingOccurrences(of: "møde: MØDE",
                                                                    with: "møde: \(packageRoot)/samples/notat-kort.yaml"), in: folder)
        let run = try committeeDocs(["check", "referat.yaml"], in: folder)
        #expect(run.status == 65)
        #expect(run.stderr == "referat.yaml:5:9: error: referat.møde: \"\(packageRoot)/samples/notat-kort.yaml\" is not a meeting file (it has no \"møde\" key)\n")
    }

    @Test func renderPointsADecisionsFileToCheck() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try committeeDocs(["render", "samples/møder/tmu-2019-09-02-referat.yaml", "--out", folder])
        #expect(run.status == 65)
        #expect(run.stderr == "samples/møder/tmu-2019-09-02-referat.yaml:4:1: error: referat: this is a decisions file (beslutningsprotokol): build its minutes with `committee-docs packet samples/møder/tmu-2019-09-02-referat.yaml`, or check it with `committee-docs check samples/møder/tmu-2019-09-02-referat.yaml`\n")
        #expect(filesBelow(folder) == [])
    }

    @Test func checkTakesDecisionsMeetingsAndMemosTogether() throws {
        let run = try committeeDocs(["check", "samples/notat-kort.yaml", "samples/møder/tmu-2019-09-02.yaml",
                                     "samples/møder/tmu-2019-09-02-referat.yaml"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr == "")
    }
}
