import Foundation
import TestSupport
import Testing

/// samples/invalid/ holds plans that each break one funding or route rule. `check` must refuse each
/// with exactly these messages (exit 65), and `render` must write nothing for it.
let invalidSamples: [(file: String, errors: [String])] = [
    ("samples/invalid/endelig-uden-foreloebig.yaml", [
        "samples/invalid/endelig-uden-foreloebig.yaml:3:1: error: foreløbig: an endelig plan needs the approved foreløbig plan: add foreløbig with its dokumentnr and the date BR approved it (godkendt)",
    ]),
    ("samples/invalid/finansiering-summer-ikke.yaml", [
        "samples/invalid/finansiering-summer-ikke.yaml:32:3: error: finansiering: the sources add up to 5.970.000 kr., but the budget total is 6.000.000 kr. (30.000 kr. short)",
        "samples/invalid/finansiering-summer-ikke.yaml:33:54: error: finansiering: local co-financing is 24,5 pct. (1.470.000 kr. of 6.000.000 kr.); at least 25 pct. is required for helhedsplaner (LBF 2019-26)",
    ]),
    ("samples/invalid/forkert-indsatsomraade.yaml", [
        "samples/invalid/forkert-indsatsomraade.yaml:28:41: error: budget.indsatsområder[2].navn: \"Tryghed og trivsel\" is not an activity area of LBF 2019-26 (expected one of: Uddannelse og livschancer; Beskæftigelse; Kriminalitetsforebyggelse; Sammenhængskraft og medborgerskab)",
    ]),
    // A decision in the future: the plan types TMU's decision, dated after the indstilling that shows it.
    ("samples/invalid/forloeb-beslutning-efter-dokumentet.yaml", [
        "samples/invalid/forloeb-beslutning-efter-dokumentet.yaml:29:5: error: forløb[0].status: the route says TMU decided (godkendt) on 23-11-2015, after the indstilling 2015-0933140 of 09-11-2015 that shows the route; a document cannot know a later decision: record it in the meeting's decisions file (referat: …) or keep the step planlagt",
    ]),
    ("samples/invalid/forloeb-datoer-falder.yaml", [
        "samples/invalid/forloeb-datoer-falder.yaml:29:5: error: forløb[1].dato: ØU meets 16-11-2015, not after TMU (23-11-2015); dates must increase along the route",
    ]),
    ("samples/invalid/forloeb-forkert-raekkefoelge.yaml", [
        "samples/invalid/forloeb-forkert-raekkefoelge.yaml:30:5: error: forløb[2].udvalg: ØU cannot follow BR; the route is TMU → ØU → BR → LBF, each step once",
    ]),
    ("samples/invalid/forloeb-godkendt-foer-tidligere-trin.yaml", [
        // The decisions it types are also later than its indstilling (the next sample's rule).
        "samples/invalid/forloeb-godkendt-foer-tidligere-trin.yaml:28:5: error: forløb[0].status: the route says TMU decided (godkendt) on 23-11-2015, after the indstilling 2015-0933140 of 09-11-2015 that shows the route; a document cannot know a later decision: record it in the meeting's decisions file (referat: …) or keep the step planlagt",
        "samples/invalid/forloeb-godkendt-foer-tidligere-trin.yaml:30:5: error: forløb[2].status: BR cannot be godkendt while ØU is planlagt; every earlier step must be godkendt first",
        "samples/invalid/forloeb-godkendt-foer-tidligere-trin.yaml:30:5: error: forløb[2].status: the route says BR decided (godkendt) on 17-12-2015, after the indstilling 2015-0933140 of 09-11-2015 that shows the route; a document cannot know a later decision: record it in the meeting's decisions file (referat: …) or keep the step planlagt",
    ]),
    ("samples/invalid/indsatsomraader-summer-ikke.yaml", [
        "samples/invalid/indsatsomraader-summer-ikke.yaml:24:10: error: budget.indsatsområder: the activity areas add up to 6.100.000 kr., but the budget total is 6.000.000 kr. (100.000 kr. too much)",
    ]),
    ("samples/invalid/lbf-over-tre-fjerdedele.yaml", [
        "samples/invalid/lbf-over-tre-fjerdedele.yaml:32:48: error: finansiering: Landsbyggefonden pays 78,0 pct. (4.680.000 kr. of 6.000.000 kr.); at most 75 pct. is allowed for helhedsplaner (LBF 2019-26)",
        "samples/invalid/lbf-over-tre-fjerdedele.yaml:33:54: error: finansiering: local co-financing is 22,0 pct. (1.320.000 kr. of 6.000.000 kr.); at least 25 pct. is required for helhedsplaner (LBF 2019-26)",
    ]),
    ("samples/invalid/omraadefornyelse-over-loftet.yaml", [
        "samples/invalid/omraadefornyelse-over-loftet.yaml:24:64: error: finansiering: the state pays 11.000.000 kr.; at most 10.000.000 kr. per project is allowed for områdefornyelser (områdefornyelse fra 2015)",
    ]),
    ("samples/invalid/omraadefornyelse-stat-over-en-tredjedel.yaml", [
        "samples/invalid/omraadefornyelse-stat-over-en-tredjedel.yaml:24:64: error: finansiering: the state pays 37,5 pct. (9.000.000 kr. of 24.000.000 kr.); at most ⅓ (33,3 pct.) is allowed for områdefornyelser (områdefornyelse fra 2015)",
    ]),
    ("samples/invalid/statslig-medfinansiering.yaml", [
        "samples/invalid/statslig-medfinansiering.yaml:33:54: error: finansiering: local co-financing is 18,0 pct. (1.080.000 kr. of 6.000.000 kr.); at least 25 pct. is required for helhedsplaner (LBF 2019-26)",
        "samples/invalid/statslig-medfinansiering.yaml:34:64: error: finansiering[2].art: \"Puljen til udsatte boligområder\" (art: stat) may not finance helhedsplaner (LBF 2019-26)",
    ]),
    ("samples/invalid/ukendt-lbf-periode.yaml", [
        "samples/invalid/ukendt-lbf-periode.yaml:21:14: error: lbf-periode: \"2019-2026\" is not an LBF funding period in the rules table (did you mean \"2019-26\"? known: 2015-18, 2019-26)",
    ]),
]

@Test(arguments: invalidSamples.map(\.file))
func anInvalidPlanIsRefusedWithItsRule(_ file: String) throws {
    let expected = invalidSamples.first { $0.file == file }!.errors
    let check = try committeeDocs(["check", file])
    #expect(check.status == 65)
    #expect(check.stdout == "")
    #expect(check.stderr == expected.joined(separator: "\n") + "\n")

    let out = try temporaryFolder()

    defer { try? FileManager.default.removeItem(atPath: out) }
    let render = try committeeDocs(["render", file, "--out", out])
    #expect(render.status == 65)
    #expect(filesBelow(out) == [])
}

@Test func everyInvalidSampleIsCovered() throws {
    let present = try FileManager.default.contentsOfDirectory(atPath: packageRoot + "/samples/invalid").sorted()
    #expect(present.map { "samples/invalid/" + $0 } == invalidSamples.map(\.file))
}

@Test func aPlanRendersEveryDocumentItLists() throws {
    let out = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: out) }
    let run = try committeeDocs(["render", "samples/plan-helhedsplan-solhaven-foreloebig.yaml", "--out", out, "--format", "md"])
    #expect(run.status == 0)
    #expect(run.stderr == "")
    #expect(run.stdout == """
    \(out)/2019-0412587/2019-0874120-indstilling.md
    \(out)/2019-0412587/2019-0893318-notat.md
    \(out)/2019-0412587/2019-0931455-ansøgning.md

    """)
}

@Test func theRulesCommandPrintsTheRulesInForceOnADate() throws {
    let run = try committeeDocs(["rules", "--date", "2016-05-01"])
    #expect(run.status == 0)
    #expect(run.stdout == """
    Finansieringsregler i kraft søndag den 1. maj 2016 (regeltabel 2026.2, indbygget)

    LBF 2015-18 (helhedsplaner, gælder 01-01-2015–31-12-2018)
      LBF-periode         2015-18
      LBF højst           75 pct.
      Lokal andel mindst  25 pct.
      Udelukkede kilder   stat
      Indsatsområder      Tryghed og trivsel
                          Kriminalpræventiv indsats
                          Uddannelse og beskæftigelse
                          Forebyggelse og forældreansvar
      Hjemmel             Landsbyggefondens regulativ om tilskud til boligsocial indsats i udsatte almene boligafdelinger (2015-18-midlerne)
                            paragraf ikke fundet; ikrafttræden ukendt
                            https://www.lbf.dk/stoette/boligsocial-indsats-aktiviteter/ansoegning-om-stoette-til-en-boligsocial-indsats-afsat-inden-for-rammerne-af-2015-18-midlerne/
                          Lov om almene boliger m.v. (almenboligloven)
                            § 91 a; ikrafttræden ukendt

    områdefornyelse fra 2015 (områdefornyelser, gælder 01-01-2015–31-12-2017)
      Stat højst          ⅓ (33,3 pct.)
      Statsligt loft      10.000.000 kr. pr. projekt
      Udelukkede kilder   lbf
      Hjemmel             Lov om byfornyelse og udvikling af byer, ændret ved L 39 (2014-15)
                            § 6, stk. 1-2; ikrafttræden ukendt
                            https://www.ft.dk/samling/20141/lovforslag/l39/20141_l39_som_fremsat.htm
                          Lov om ændring af lov om byfornyelse og udvikling af byer, L 154 (2015-16)
                            § 1, nr. 5 (byfornyelseslovens § 6, stk. 2); ikrafttræden ukendt
                            https://www.ft.dk/samling/20151/lovforslag/l154/20151_l154_som_fremsat.htm

    """)
    #expect(try committeeDocs(["rules", "--date", "2016-13-01"]).status == 64)
}

@Test func theRulesCommandShowsTheStateShareOf2018WithItsLaw() throws {
    let run = try committeeDocs(["rules", "--date", "2019-06-01"])
    #expect(run.status == 0)
    #expect(run.stdout == """
    Finansieringsregler i kraft lørdag den 1. juni 2019 (regeltabel 2026.2, indbygget)

    områdefornyelse fra 2018 (områdefornyelser, gælder fra 01-01-2018)
      Stat højst          50 pct.
      Udelukkede kilder   lbf
      Hjemmel             Lov nr. 1562 af 19. december 2017 om ændring af lov om byfornyelse og udvikling af byer (L 65, 2017-18)
                            byfornyelseslovens § 7, stk. 1 (statens refusion, 50 pct.); i kraft 01-01-2018
                            https://www.retsinformation.dk/Forms/R0710.aspx?id=194272
                          Lov nr. 465 af 29. april 2019 om ændring af lov om byfornyelse og udvikling af byer (L 185, 2018-19)
                            § 1, nr. 1 (byfornyelseslovens § 7, stk. 1, "op til 50 pct."); ikrafttræden ukendt
                            https://www.retsinformation.dk/Forms/R0710.aspx?id=208877

    """)
}

@Test func aRulesTableRowWithoutItsLegalSourceIsRefused() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let rules = folder + "/regler.yaml"
    try Data("""
    version: "1"
    regler:
      - plan: områdefornyelse
        navn: områdefornyelse fra 2018
        gælder: {fra: 2018-01-01}
        stat-højst: 1/2

    """.utf8).write(to: URL(fileURLWithPath: rules))
    for arguments in [["rules", "--rules", rules], ["check", "samples/plan-omraadefornyelse-sydhavn.yaml", "--rules", rules]] {
        let run = try committeeDocs(arguments)
        #expect(run.status == 65)
        #expect(run.stdout == "")
        #expect(run.stderr == "\(rules):3:5: error: regler[0].hjemmel: the rule names no legal source; add hjemmel: a list of {navn, paragraf, i-kraft, url} (i-kraft a date or \"ukendt\", url where the text is public)\n")
    }
}
