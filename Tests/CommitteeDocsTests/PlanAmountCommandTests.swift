import Foundation
import TestSupport
import Testing

// Amounts that crashed the share arithmetic (issue 13): refused at load with their position, exit 65.

/// The Solhaven plan with `old` replaced by `new`, written into `folder`.
func changedSolhaven(_ old: String, _ new: String, in folder: String,
                     from source: String = packageRoot + "/samples/plan-helhedsplan-solhaven-foreloebig.yaml") throws -> String {
    let original = try String(contentsOfFile: source, encoding: .utf8)
    #expect(original.contains(old))
    let path = folder + "/plan.yaml"
    try original.replacingOccurrences(of: old, with: new).write(toFile: path, atomically: true, encoding: .utf8)
    return path
}

@Test func aNegativeActivityAreaIsRefusedAtItsPosition() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    // It used to render, with "0,-1 pct." in the budget table: the areas still add up to the total.
    _ = try changedSolhaven("{navn: Beskæftigelse, beløb: 1.500.000}", "{navn: Beskæftigelse, beløb: 3.000.001}", in: folder)
    let plan = try changedSolhaven("{navn: Sammenhængskraft og medborgerskab, beløb: 1.500.000}",
                                   "{navn: Sammenhængskraft og medborgerskab, beløb: -1}", in: folder, from: folder + "/plan.yaml")
    let run = try committeeDocs(["render", plan, "--out", folder + "/ud"])
    #expect(run.status == 65)
    #expect(run.stderr == "\(plan):32:56: error: budget.indsatsområder[3].beløb: \"-1\" is not allowed: an activity area's amount cannot be negative (write 0 for an area without money)\n")
    #expect(run.stdout == "" && !FileManager.default.fileExists(atPath: folder + "/ud"))
}

@Test func hugeAreasOfATinyTotalAreRefusedNotACrash() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    // Overflowed the share arithmetic: SIGILL, exit 132.
    let yaml = """
    plan: områdefornyelse
    fase: foreløbig
    titel: Overløb
    område: Sydhavn
    periode: {start: 2016-01-01, slut: 2021-12-31}
    sag: {sagsnr: 2015-0287731, forvaltning: Teknik- og Miljøforvaltningen, sagsbehandler: Sofie Lund}
    budget:
      total: "0,01"
      indsatsområder:
        - {navn: Stor, beløb: "92.233.720.368.547.758,07"}
        - {navn: Negativ, beløb: "-92.233.720.368.547.758,06"}
    finansiering:
      - {kilde: Kommunen, art: kommune, beløb: "0,01"}
    forløb:
      - {udvalg: TMU, dato: 2015-11-23, status: planlagt}
    dokumenter:
      - {dokument: indstilling, dokumentnr: 2015-0933140, dato: 2015-11-09, til: TMU, resumé: R, indstilling: [at x], problemstilling: P, løsning: L, økonomi: Ø, underskrift: [{navn: N, titel: T}]}
    """
    try yaml.write(toFile: folder + "/plan.yaml", atomically: true, encoding: .utf8)
    let run = try committeeDocs(["render", folder + "/plan.yaml", "--out", folder + "/ud"])
    #expect(run.status == 65, "\(run.stderr)")
    #expect(run.stderr.contains("plan.yaml:11:30: error: budget.indsatsområder[1].beløb: \"-92.233.720.368.547.758,06\" is not allowed"), "\(run.stderr)")
}
