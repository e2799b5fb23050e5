import Foundation
import TestSupport
import Testing

/// The CLI under test runs with `testEnvironment()` only: what the person running the tests has
/// set (COMMITTEE_DOCS_RULES, COMMITTEE_DOCS_TEMPLATES …) never reaches it unless a test passes
/// it on purpose.
@Suite("The tests' environment for the CLI")
struct EnvironmentTests {
    @Test func theEnvironmentHoldsOnlyWhatTheTestsChoose() {
        let harness: Set<String> = ProcessInfo.processInfo.environment["LLVM_PROFILE_FILE"] == nil ? [] : ["LLVM_PROFILE_FILE"]
        #expect(Set(testEnvironment().keys) == Set(["HOME", "LANG", "PATH", "TMPDIR"]).union(harness))
        #expect(testEnvironment()["LANG"] == "C.UTF-8")
        #expect(testEnvironment(["LANG": "da_DK.UTF-8", "COMMITTEE_DOCS_RULES": "/r.yaml"])["LANG"] == "da_DK.UTF-8")
        #expect(testEnvironment(["COMMITTEE_DOCS_RULES": "/r.yaml"])["COMMITTEE_DOCS_RULES"] == "/r.yaml")
    }

    @Test func withoutAVariableTheBuiltInRulesAreUsed() throws {
        let run = try committeeDocs(["rules", "--date", "2016-05-01"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("Finansieringsregler i kraft søndag den 1. maj 2016 (regeltabel 2026.2, indbygget)\n"))
    }

    @Test func aVariableATestPassesIsUsed() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let rules = folder + "/regler.yaml"
        try FileManager.default.copyItem(atPath: packageRoot + "/Rules/finansieringsregler.yaml", toPath: rules)
        let run = try committeeDocs(["rules", "--date", "2016-05-01"], environment: ["COMMITTEE_DOCS_RULES": rules])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("Finansieringsregler i kraft søndag den 1. maj 2016 (regeltabel 2026.2, \(rules))\n"))

        let missing = try committeeDocs(["check", "samples/notat-kort.yaml"], environment: ["COMMITTEE_DOCS_TEMPLATES": folder + "/ingen"])
        #expect(missing.status != 0)
        #expect(missing.stderr.hasPrefix(folder + "/ingen: error: "))
    }
}
