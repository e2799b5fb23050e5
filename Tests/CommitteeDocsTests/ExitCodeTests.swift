import Foundation
import TestSupport
import Testing

/// README: "Exit codes: 0 ok, 64 usage, 65 bad data, rule or template, 66 missing input …".
/// (73/74, cannot create/write, are left to the tests of writing to a full disk.)
@Suite("Exit codes")
struct ExitCodeTests {
    // MARK: 66, missing input

    @Test func aMissingFileAmongOthersExits66AndTheOthersAreStillWritten() throws {
        let out = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let run = try committeeDocs(["render", "samples/findes-ikke.yaml", "samples/notat-kort.yaml", "--out", out, "--format", "txt"])
        #expect(run.status == 66)
        #expect(run.stderr == "samples/findes-ikke.yaml: error: no such file\n")
        #expect(run.stdout == "\(out)/2024-18822/2024-410065-notat.txt\n")
    }

    @Test func missingInputOutranksBadData() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "dokument: notat\n".write(toFile: folder + "/halv.yaml", atomically: true, encoding: .utf8)
        let run = try committeeDocs(["check", "halv.yaml", "findes-ikke.yaml"], in: folder)
        #expect(run.status == 66)
        #expect(run.stderr.contains("halv.yaml:1:1: error: "))
        #expect(run.stderr.hasSuffix("findes-ikke.yaml: error: no such file\n"))
    }

    @Test func aFolderGivenAsInputExits66() throws {
        let run = try committeeDocs(["check", "samples"])
        #expect(run.status == 66)
        #expect(run.stderr == "samples: error: is a folder, not a data file\n")
    }

    @Test func aMissingMeetingFileExits66() throws {
        let out = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let run = try committeeDocs(["packet", "samples/møder/findes-ikke.yaml", "--out", out])
        #expect(run.status == 66)
        #expect(run.stderr == "samples/møder/findes-ikke.yaml: error: no such file\n")
        #expect(filesBelow(out) == [])
    }

    @Test func aMissingRulesTableExits66() throws {
        let run = try committeeDocs(["check", "samples/notat-kort.yaml", "--rules", "/findes-ikke/regler.yaml"])
        #expect(run.status == 66)
        #expect(run.stderr == "/findes-ikke/regler.yaml: error: cannot read the funding rules table\n")
    }

    @Test func aMissingTemplateFolderExits66() throws {
        let run = try committeeDocs(["check", "samples/notat-kort.yaml", "--templates", "/findes-ikke"])
        #expect(run.status == 66)
        #expect(run.stderr == "/findes-ikke: error: no such template folder\n")
    }

    // MARK: 64, usage

    @Test(arguments: [
        (["render"], "Error: Missing expected argument '<FILE> ...'"),
        (["render", "samples/notat-kort.yaml", "--nonsense"], "Error: Unknown option '--nonsense'"),
        (["frobnicate"], "Error: Unexpected argument 'frobnicate'"),
        (["render", "samples/notat-kort.yaml", "--width", "5"], "Error: --width must be between 20 and 1000 columns"),
        (["render", "samples/notat-kort.yaml", "--format", ""], "Error: --format names no format (expected html, md, txt, pdf or all)"),
        (["packet", "samples/møder/br-2019-10-10.yaml", "--edition", "none"], "Error: The value 'none' is invalid for '--edition <edition>'"),
        (["rules", "--date", "2016-13-01"], "Error: "),
    ])
    func aWrongCommandLineExits64AndSaysWhatIsWrong(_ arguments: [String], _ message: String) throws {
        let out = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let run = try committeeDocs(arguments, in: out)
        #expect(run.status == 64)
        #expect(run.stdout == "")
        #expect(run.stderr.hasPrefix(message), "\(run.stderr)")
        #expect(filesBelow(out) == [])
    }
}
