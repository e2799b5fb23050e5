import CommitteeDocsDiagnostics
import Foundation
import CommitteeDocsLoading
import Testing
@testable import CommitteeDocsModel

/// A small valid områdefornyelse; each test changes one line of it.
let validPlan = """
plan: områdefornyelse
fase: foreløbig
titel: Områdefornyelse i Sydhavn
område: Sydhavn
periode: {start: 2016-01-01, slut: 2021-12-31}
sag:
  sagsnr: 2015-0287731
  forvaltning: Teknik- og Miljøforvaltningen
  sagsbehandler: Sofie Lund Andersen
budget:
  total: 24.000.000 kr.
  indsatsområder:
    - {navn: Byrum, beløb: 18.000.000}
    - {navn: Kultur, beløb: 6.000.000}
finansiering:
  - {kilde: Staten, art: stat, beløb: 8.000.000}
  - {kilde: Københavns Kommune, art: kommune, beløb: 16.000.000}
forløb:
  - {udvalg: TMU, dato: 2015-11-23, status: planlagt}
dokumenter:
  - dokument: ansøgning
    dokumentnr: 2015-0933140
    dato: 2015-11-09
    indledning: Vi søger.
    anbefaling: Vi anbefaler.
    underskrift: [{navn: Sofie Lund Andersen, titel: Projektleder}]
"""

/// The plan with `old` replaced by `new`, decoded; the messages of its problems in file order.
func planProblems(replacing old: String, with new: String) -> [String] {
    #expect(validPlan.contains(old))
    let yaml = validPlan.replacingOccurrences(of: old, with: new)
    do {
        _ = try SubmissionDecoder.decodeFile(DataLoader.load(Array(yaml.utf8), file: "plan.yaml", format: .yaml))
        return []
    } catch {
        return error.sorted.map(\.description)
    }
}

@Test func theValidPlanDecodes() {
    #expect(planProblems(replacing: "fase", with: "fase") == [])
}

@Test func aNegativeBudgetTotalIsRefused() {
    #expect(planProblems(replacing: "total: 24.000.000 kr.", with: "total: -24.000.000 kr.") == [
        "plan.yaml:11:10: error: budget.total: \"-24.000.000 kr.\" is not allowed: the budget total must be more than 0 kr.",
    ])
    #expect(planProblems(replacing: "total: 24.000.000 kr.", with: "total: 0") == [
        "plan.yaml:11:10: error: budget.total: \"0\" is not allowed: the budget total must be more than 0 kr.",
    ])
}

@Test func aNegativeActivityAreaIsRefused() {
    #expect(planProblems(replacing: "{navn: Kultur, beløb: 6.000.000}", with: "{navn: Kultur, beløb: -1}") == [
        "plan.yaml:14:29: error: budget.indsatsområder[1].beløb: \"-1\" is not allowed: an activity area's amount cannot be negative (write 0 for an area without money)",
    ])
}

@Test func aFinancingSourcePaysAPositiveAmount() {
    #expect(planProblems(replacing: "art: stat, beløb: 8.000.000", with: "art: stat, beløb: -8.000.000") == [
        "plan.yaml:16:39: error: finansiering[0].beløb: \"-8.000.000\" is not allowed: a financing source pays more than 0 kr.",
    ])
}

@Test func aMisspelledKeyGetsADidYouMean() {
    #expect(planProblems(replacing: "  forvaltning:", with: "  forvaltnig:") == [
        "plan.yaml:7:3: error: sag.forvaltning: missing required key \"forvaltning\"",
        "plan.yaml:8:3: error: sag.forvaltnig: unknown key \"forvaltnig\" (did you mean \"forvaltning\"?)",
    ])
}

@Test func anAmountThatIsNotAnAmountSaysWhatIsExpected() {
    #expect(planProblems(replacing: "beløb: 18.000.000", with: "beløb: atten millioner").count == 1)
    #expect(planProblems(replacing: "status: planlagt", with: "status: planlag") == [
        "plan.yaml:19:45: error: forløb[0].status: \"planlag\" is not allowed (did you mean \"planlagt\"? expected one of: planlagt, godkendt, afvist, udsat)",
    ])
}
