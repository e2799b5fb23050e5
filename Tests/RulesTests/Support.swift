import CommitteeDocsDiagnostics
import Foundation
import TestSupport
import CommitteeDocsLoading
import CommitteeDocsModel
@testable import CommitteeDocsRules


/// The rules table shipped in Rules/.
let shippedTable: RuleTable = {
    let file = packageRoot + "/Rules/finansieringsregler.yaml"
    return try! RuleTableDecoder.load(bytes: [UInt8](FileManager.default.contents(atPath: file)!), file: file)
}()

/// A helhedsplan that keeps every rule: LBF ¾, local ¼, the 2019-26 areas, an approved route.
/// Line numbers matter: the tests' expected messages point into this text.
let helhedsplan = """
plan: helhedsplan
fase: foreløbig
titel: Helhedsplan for Solhaven
område: Solhaven
periode: {start: 2020-01-01, slut: 2023-12-31}
sag: {sagsnr: 2019-0412587, forvaltning: Teknik- og Miljøforvaltningen, sagsbehandler: Jonas Kjær Nielsen}
boligorganisation: Boligforeningen Nordlys
afdelinger: [{navn: Solhaven, husstande: 412}]
lbf-periode: 2019-26
budget:
  total: 6.000.000
  indsatsområder:
    - {navn: Uddannelse og livschancer, beløb: 3.000.000}
    - {navn: Beskæftigelse, beløb: 3.000.000}
finansiering:
  - {kilde: Landsbyggefonden, art: lbf, beløb: 4.500.000}
  - {kilde: Københavns Kommune, art: kommune, beløb: 900.000}
  - {kilde: Boligforeningen Nordlys, art: boligorganisation, beløb: 600.000}
forløb:
  - {udvalg: TMU, dato: 2019-09-02, status: godkendt}
  - {udvalg: ØU, dato: 2019-10-01, status: godkendt}
  - {udvalg: BR, dato: 2019-10-10, status: planlagt}
  - {udvalg: LBF, dato: 2019-12-12, status: planlagt}
dokumenter:
  - {dokument: notat, dokumentnr: 2019-0893318, dato: 2019-09-12, til: ØU, afsnit: [{overskrift: Baggrund, tekst: Kort.}]}

"""

/// An områdefornyelse that keeps every rule: the state pays ⅓ (8 mio. kr., under the 10 mio. kr. cap).
let områdefornyelse = """
plan: områdefornyelse
fase: foreløbig
titel: Områdefornyelse i Sydhavn
område: Sydhavn
periode: {start: 2016-01-01, slut: 2021-12-31}
sag: {sagsnr: 2015-0287731, forvaltning: Teknik- og Miljøforvaltningen, sagsbehandler: Sofie Lund Andersen}
budget:
  total: 24.000.000
  indsatsområder:
    - {navn: Byrum, beløb: 24.000.000}
finansiering:
  - {kilde: Staten, art: stat, beløb: 8.000.000}
  - {kilde: Københavns Kommune, art: kommune, beløb: 16.000.000}
forløb:
  - {udvalg: TMU, dato: 2015-11-23, status: godkendt}
  - {udvalg: ØU, dato: 2015-12-08, status: planlagt}
  - {udvalg: BR, dato: 2015-12-17, status: planlagt}
dokumenter:
  - {dokument: notat, dokumentnr: 2015-0978812, dato: 2015-12-01, til: BR, afsnit: [{overskrift: Formål, tekst: Kort.}]}

"""

/// The rule violations of a plan file's text, as the CLI prints them.
func violations(_ yaml: String, file: String = "plan.yaml", table: RuleTable = shippedTable) throws -> [String] {
    try violations(yaml, in: .en, file: file, table: table)
}

/// The rule violations as `violations(_:)` gives them, in `language`.
func violations(_ yaml: String, in language: Language, file: String = "plan.yaml", table: RuleTable = shippedTable) throws -> [String] {
    let root = try DataLoader.load(Array(yaml.utf8), file: file, format: .yaml)
    guard case .plan(let plan) = try SubmissionDecoder.decodeFile(root) else { fatalError("not a plan") }
    return PlanChecker(table: table).violations(of: plan).map { $0.description(in: language) }
}

extension String {
    /// The text with one exact line replaced; the test fails loudly if the line is not there.
    func replacingLine(_ old: String, with new: String) -> String {
        precondition(contains(old + "\n"), "no line \(old)")
        return replacingOccurrences(of: old + "\n", with: new + "\n")
    }
}
