import CommitteeDocsFormatting
import Testing
@testable import CommitteeDocsRules

/// The route: TMU → ØU → BR → LBF, approved in order, on increasing dates; endelig after foreløbig.
@Suite("Route rules")
struct RouteRuleTests {
    @Test func stepsComeInTheOrderTMUØUBRLBF() throws {
        let plan = helhedsplan
            .replacingLine("  - {udvalg: ØU, dato: 2019-10-01, status: godkendt}", with: "  - {udvalg: BR, dato: 2019-10-01, status: godkendt}")
            .replacingLine("  - {udvalg: BR, dato: 2019-10-10, status: planlagt}", with: "  - {udvalg: ØU, dato: 2019-10-10, status: planlagt}")
        #expect(try violations(plan) == [
            "plan.yaml:22:5: error: forløb[2].udvalg: ØU cannot follow BR; the route is TMU → ØU → BR → LBF, each step once",
        ])
    }

    @Test func aLaterStepCannotBeApprovedBeforeAnEarlierOne() throws {
        let plan = helhedsplan.replacingLine("  - {udvalg: BR, dato: 2019-10-10, status: planlagt}",
                                             with: "  - {udvalg: BR, dato: 2019-10-10, status: godkendt}")
            .replacingLine("  - {udvalg: ØU, dato: 2019-10-01, status: godkendt}",
                           with: "  - {udvalg: ØU, dato: 2019-10-01, status: udsat}")
        #expect(try violations(plan) == [
            "plan.yaml:22:5: error: forløb[2].status: BR cannot be godkendt while ØU is udsat; every earlier step must be godkendt first",
        ])
    }

    @Test func datesIncreaseAlongTheRoute() throws {
        let plan = helhedsplan.replacingLine("  - {udvalg: ØU, dato: 2019-10-01, status: godkendt}",
                                             with: "  - {udvalg: ØU, dato: 2019-09-02, status: godkendt}")
        #expect(try violations(plan) == [
            "plan.yaml:21:5: error: forløb[1].dato: ØU meets 02-09-2019, not after TMU (02-09-2019); dates must increase along the route",
        ])
    }

    @Test func anEndeligPlanNeedsItsApprovedForeløbigPlan() throws {
        let endelig = helhedsplan.replacingLine("fase: foreløbig", with: "fase: endelig")
        #expect(try violations(endelig) == [
            "plan.yaml:1:1: error: foreløbig: an endelig plan needs the approved foreløbig plan: add foreløbig with its dokumentnr and the date BR approved it (godkendt)",
        ])
        let referenced = endelig.replacingLine("lbf-periode: 2019-26",
                                               with: "lbf-periode: 2019-26\nforeløbig: {dokumentnr: 2019-0874120, godkendt: 2019-06-13}")
        #expect(try violations(referenced) == [])
    }

    @Test func theEndeligRouteStartsAfterTheForeløbigApproval() throws {
        let plan = helhedsplan.replacingLine("fase: foreløbig", with: "fase: endelig")
            .replacingLine("lbf-periode: 2019-26", with: "lbf-periode: 2019-26\nforeløbig: {godkendt: 2019-10-10}")
        #expect(try violations(plan) == [
            "plan.yaml:21:5: error: forløb[0].dato: the endelig plan's route starts 02-09-2019, not after the foreløbig plan was approved (10-10-2019)",
        ])
    }

    @Test func onlyAnEndeligPlanRefersToAForeløbigPlan() throws {
        let plan = helhedsplan.replacingLine("lbf-periode: 2019-26", with: "lbf-periode: 2019-26\nforeløbig: {godkendt: 2019-06-13}")
        #expect(try violations(plan) == [
            "plan.yaml:10:12: error: foreløbig: only an endelig plan refers to its foreløbig plan",
        ])
    }

    @Test func områdefornyelseDoesNotGoToLandsbyggefonden() throws {
        let plan = områdefornyelse.replacingLine("  - {udvalg: BR, dato: 2015-12-17, status: planlagt}",
                                                 with: "  - {udvalg: BR, dato: 2015-12-17, status: planlagt}\n  - {udvalg: LBF, dato: 2016-02-01, status: planlagt}")
        #expect(try violations(plan) == [
            "plan.yaml:18:5: error: forløb[3].udvalg: Landsbyggefonden decides on helhedsplaner only; an områdefornyelse ends with BR",
        ])
    }

    @Test func everyViolationOfAPlanIsReportedAtOnce() throws {
        let plan = helhedsplan
            .replacingLine("  - {kilde: Landsbyggefonden, art: lbf, beløb: 4.500.000}", with: "  - {kilde: Landsbyggefonden, art: lbf, beløb: 5.000.000}")
            .replacingLine("  - {udvalg: ØU, dato: 2019-10-01, status: godkendt}", with: "  - {udvalg: ØU, dato: 2019-08-01, status: godkendt}")
        #expect(try violations(plan) == [
            "plan.yaml:16:3: error: finansiering: the sources add up to 6.500.000 kr., but the budget total is 6.000.000 kr. (500.000 kr. too much)",
            "plan.yaml:16:48: error: finansiering: Landsbyggefonden pays 83,3 pct. (5.000.000 kr. of 6.000.000 kr.); at most 75 pct. is allowed for helhedsplaner (LBF 2019-26)",
            "plan.yaml:21:5: error: forløb[1].dato: ØU meets 01-08-2019, not after TMU (02-09-2019); dates must increase along the route",
        ])
    }
}

/// The rules table is data: its own mistakes are reported like a plan's.
@Suite("The rules table")
struct RuleTableTests {
    @Test func theShippedTableHasBothLBFPeriodsAndTheThreeOmrådefornyelseRules() {
        #expect(shippedTable.rules.map(\.navn) == ["LBF 2015-18", "LBF 2019-26", "områdefornyelse før 2015",
                                                   "områdefornyelse fra 2015", "områdefornyelse fra 2018"])
        #expect(shippedTable.rules(inForceOn: .init(year: 2016, month: 5, day: 1)!).map(\.navn)
                == ["LBF 2015-18", "områdefornyelse fra 2015"])
        // LBF's regulativ for the 2019-26 funds came into force on 1 January 2020, not in 2019.
        #expect(shippedTable.rules(inForceOn: .init(year: 2019, month: 6, day: 1)!).map(\.navn)
                == ["områdefornyelse fra 2018"])
        #expect(shippedTable.rules(inForceOn: .init(year: 2020, month: 1, day: 1)!).map(\.navn)
                == ["LBF 2019-26", "områdefornyelse fra 2018"])
    }

    @Test func sharesAreReadAsFractionsOrWholePercentages() throws {
        #expect(try RuleTableDecoder.parseShare("3/4") == Ratio(3, 4)!)
        #expect(try RuleTableDecoder.parseShare("¾") == Ratio(3, 4)!)
        #expect(try RuleTableDecoder.parseShare("⅓") == Ratio(1, 3)!)
        #expect(try RuleTableDecoder.parseShare("75 pct.") == Ratio(3, 4)!)
        #expect(throws: (any Error).self) { try RuleTableDecoder.parseShare("0,75") }
    }

    @Test func aStateCapBelowOneKroneIsRefused() throws {
        let text = """
        version: "1"
        regler:
          - plan: områdefornyelse
            navn: Fejl
            gælder: {fra: 2015-01-01}
            stat-højst: ⅓
            stat-loft: -10.000.000 kr.
            hjemmel: [{navn: Byfornyelsesloven, paragraf: § 6, i-kraft: 2004-01-01}]

        """
        do {
            _ = try RuleTableDecoder.load(bytes: Array(text.utf8), file: "regler.yaml")
            Issue.record("expected the table to be refused")
        } catch {
            #expect(error.sorted.map(\.description) == [
                "regler.yaml:7:16: error: regler[0].stat-loft: \"-10.000.000 kr.\" is not allowed: the state's cap per project is more than 0 kr.",
            ])
        }
    }

    @Test func aBrokenTableIsReportedWithPositions() throws {
        let text = """
        version: "1"
        regler:
          - plan: helhedsplan
            navn: LBF 2019-26
            lbf-periode: 2019-26
            gælder: {fra: 2019-01-01, til: 2026-12-31}
            lbf-højst: 0,75
            hjemmel: [{navn: LBF's regulativ, paragraf: § 1, i-kraft: 2020-01-01}]
          - plan: helhedsplan
            navn: Dobbelt
            lbf-periode: 2019-26
            gælder: {fra: 2020-01-01}
            hjemmel: [{navn: LBF's regulativ, paragraf: § 1, i-kraft: 2020-01-01}]

        """
        #expect(throws: (any Error).self) { try RuleTableDecoder.load(bytes: Array(text.utf8), file: "regler.yaml") }
        do {
            _ = try RuleTableDecoder.load(bytes: Array(text.utf8), file: "regler.yaml")
        } catch {
            #expect(error.sorted.map(\.description) == [
                "regler.yaml:7:16: error: regler[0].lbf-højst: \"0,75\" is not a share (expected a fraction such as 3/4 or ¾, or a whole percentage such as 75 pct.)",
                "regler.yaml:12:13: error: regler[1].gælder: the rule \"Dobbelt\" overlaps \"LBF 2019-26\" (01-01-2019–31-12-2026)",
            ])
        }
    }
}

/// The documents a plan lists must fit its route and kind.
@Suite("Document rules")
struct DocumentRuleTests {
    @Test func aDocumentGoesToACommitteeOnTheRoute() throws {
        let plan = områdefornyelse.replacingLine(
            "  - {dokument: notat, dokumentnr: 2015-0978812, dato: 2015-12-01, til: BR, afsnit: [{overskrift: Formål, tekst: Kort.}]}",
            with: "  - {dokument: notat, dokumentnr: 2015-0978812, dato: 2015-12-01, til: LBF, afsnit: [{overskrift: Formål, tekst: Kort.}]}")
        #expect(try violations(plan) == [
            "plan.yaml:19:72: error: dokumenter[0].til: a notat goes to a committee on the route (TMU, ØU or BR); Landsbyggefonden gets the ansøgning",
        ])
    }

    @Test func anAnsøgningIsForAHelhedsplanOnly() throws {
        let plan = områdefornyelse.replacingLine(
            "  - {dokument: notat, dokumentnr: 2015-0978812, dato: 2015-12-01, til: BR, afsnit: [{overskrift: Formål, tekst: Kort.}]}",
            with: "  - {dokument: ansøgning, dokumentnr: 2015-0978812, dato: 2015-12-01, indledning: Tekst., anbefaling: Tekst., underskrift: [{navn: Sofie Lund Andersen, titel: Projektleder}]}")
        #expect(try violations(plan) == [
            "plan.yaml:19:16: error: dokumenter[0].dokument: an ansøgning goes to Landsbyggefonden, which funds helhedsplaner, not områdefornyelser",
        ])
    }

    @Test func twoDocumentsCannotShareADokumentnr() throws {
        let line = "  - {dokument: notat, dokumentnr: 2019-0893318, dato: 2019-09-12, til: ØU, afsnit: [{overskrift: Baggrund, tekst: Kort.}]}"
        let plan = helhedsplan.replacingLine(line, with: line + "\n" + line)
        #expect(try violations(plan) == [
            "plan.yaml:26:35: error: dokumenter[1].dokumentnr: dokumentnr 2019-0893318 is used by two documents of the plan",
        ])
    }
}
