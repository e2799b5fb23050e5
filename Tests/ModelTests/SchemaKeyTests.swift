import CommitteeDocsDiagnostics
import Foundation
import CommitteeDocsLoading
import TestSupport
import Testing
@testable import CommitteeDocsModel

// A JSON file cannot carry the YAML header comment, so it names its JSON Schema (for VS Code)
// with a top-level "$schema" key; the loader accepts that key in every kind of data file and
// ignores it.

@Test func aMemoMayNameItsSchemaWithADollarSchemaKey() throws {
    let json = """
    {"$schema": "../schemas/notat.schema.json", "dokument": "notat", "til": "Borgerrepræsentationen",
     "titel": "Tidsplan", "dato": "2012-11-29", "sagsnr": "2012-77431", "dokumentnr": "2012-1102455",
     "sagsbehandler": "Peter Aagaard", "afsnit": [{"overskrift": "Tidsplan", "tekst": "Fem år."}]}
    """
    let submission = try SubmissionDecoder.decode(DataLoader.load(Array(json.utf8), file: "notat.json", format: .json))
    guard case .notat(let notat) = submission else {
        Issue.record("expected a notat")
        return
    }
    #expect(notat.titel == "Tidsplan")
    #expect(problems("$schema: ../schemas/notat.schema.json\n" + validMemo) == [])
}

@Test func theSchemaKeyMustBeTextAndIsNotOfferedAsAKey() {
    #expect(problems("$schema: [a, b]\n" + validMemo)
            == ["memo.yaml:1:10: error: $schema: expected text, found a list"])
    // The did-you-mean of an unknown key lists the memo's keys, not "$schema".
    let unknown = problems(validMemo + "\nschema: x")
    #expect(unknown.count == 1)
    #expect(unknown.first?.contains("$schema") == false, "\(unknown)")
}

@Test func meetingsDecisionsAndPlansAcceptTheSchemaKeyToo() throws {
    let meeting = """
    $schema: ../../schemas/moede.schema.json
    møde: {udvalg: TMU, type: ordinært, dato: 2019-09-02, tid: "15.00", sted: Rådhuset}
    punkter:
      - {titel: Personalesag, nummer: TMU 234/19, sagsnr: 2019-0599321, tekst: Sagen.}
    """
    _ = try MeetingDecoder.decode(DataLoader.load(Array(meeting.utf8), file: "møde.yaml", format: .yaml))
    let decisions = """
    $schema: ../../schemas/referat.schema.json
    referat: {møde: møde.yaml, start: "15.00", slut: "16.00"}
    punkter:
      - {nummer: TMU 234/19, resultat: godkendt}
    """
    _ = try DecisionsDecoder.decode(DataLoader.load(Array(decisions.utf8), file: "referat.yaml", format: .yaml))
    let plan = try sample("plan-omraadefornyelse-sydhavn.yaml")
    let root = try DataLoader.load(Array(("$schema: ../schemas/plan.schema.json\n" + plan).utf8), file: "plan.yaml", format: .yaml)
    guard case .plan = try SubmissionDecoder.decodeFile(root) else {
        Issue.record("expected a plan")
        return
    }
}
