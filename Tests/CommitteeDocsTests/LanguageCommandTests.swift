import TestSupport
import Testing

/// The messages' language: LANG=da…, --sprog da, and --sprog en over LANG.
@Suite struct LanguageCommandTests {
    let sample = "samples/invalid/lbf-over-tre-fjerdedele.yaml"

    /// The `file:line:col` of each error line.
    func positions(_ stderr: String) -> [Substring] {
        stderr.split(separator: "\n").map { $0.split(separator: " ").first ?? "" }
    }

    @Test func langDanishPrintsTheErrorsInDanishWithTheSamePositions() throws {
        let english = try committeeDocs(["check", sample])
        let danish = try committeeDocs(["check", sample], environment: ["LANG": "da_DK.UTF-8"])
        #expect(english.status == 65 && danish.status == 65)
        #expect(danish.stderr == """
            samples/invalid/lbf-over-tre-fjerdedele.yaml:32:48: fejl: finansiering: Landsbyggefonden betaler 78,0 pct. (4.680.000 kr. af 6.000.000 kr.); højst 75 pct. er tilladt for helhedsplaner (LBF 2019-26)
            samples/invalid/lbf-over-tre-fjerdedele.yaml:33:54: fejl: finansiering: den lokale medfinansiering er 22,0 pct. (1.320.000 kr. af 6.000.000 kr.); mindst 25 pct. er påkrævet for helhedsplaner (LBF 2019-26)

            """)
        #expect(english.stderr.contains(": error: finansiering: Landsbyggefonden pays 78,0 pct."))
        #expect(positions(danish.stderr) == positions(english.stderr))
    }

    @Test func sprogDaGivesDanish() throws {
        let run = try committeeDocs(["check", "--sprog", "da", sample])
        #expect(run.stderr.contains(": fejl: finansiering: Landsbyggefonden betaler 78,0 pct."))
        let missing = try committeeDocs(["check", "--sprog", "da", "nosuch.yaml"])
        #expect(missing.stderr == "nosuch.yaml: fejl: filen findes ikke\n")
    }

    @Test func sprogEnWinsOverLangDanish() throws {
        let run = try committeeDocs(["check", "--sprog", "en", sample], environment: ["LANG": "da_DK.UTF-8"])
        #expect(run.stderr.contains(": error: finansiering: Landsbyggefonden pays 78,0 pct."))
        #expect(!run.stderr.contains("fejl"))
    }

    @Test func lcAllWinsOverLang() throws {
        let run = try committeeDocs(["check", sample], environment: ["LANG": "da_DK.UTF-8", "LC_ALL": "en_US.UTF-8"])
        #expect(run.stderr.contains(": error: finansiering:"))
    }
}
