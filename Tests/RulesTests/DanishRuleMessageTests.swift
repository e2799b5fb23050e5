import Diagnostics
import Testing
import Model
@testable import Rules

/// The rule messages in Danish and in English: the same positions and key paths, the same
/// Danish-formatted numbers, the sentence in the reader's language.
@Suite struct DanishRuleMessageTests {
    @Test func theLBFShareAndTheLocalShareInBothLanguages() throws {
        let plan = helhedsplan
            .replacingLine("  - {kilde: Landsbyggefonden, art: lbf, beløb: 4.500.000}",
                           with: "  - {kilde: Landsbyggefonden, art: lbf, beløb: 4.680.000}")
            .replacingLine("  - {kilde: Boligforeningen Nordlys, art: boligorganisation, beløb: 600.000}",
                           with: "  - {kilde: Boligforeningen Nordlys, art: boligorganisation, beløb: 420.000}")
        #expect(try violations(plan, in: .da) == [
            "plan.yaml:16:48: fejl: finansiering: Landsbyggefonden betaler 78,0 pct. (4.680.000 kr. af 6.000.000 kr.); højst 75 pct. er tilladt for helhedsplaner (LBF 2019-26)",
            "plan.yaml:17:54: fejl: finansiering: den lokale medfinansiering er 22,0 pct. (1.320.000 kr. af 6.000.000 kr.); mindst 25 pct. er påkrævet for helhedsplaner (LBF 2019-26)",
        ])
        #expect(try violations(plan, in: .en) == [
            "plan.yaml:16:48: error: finansiering: Landsbyggefonden pays 78,0 pct. (4.680.000 kr. of 6.000.000 kr.); at most 75 pct. is allowed for helhedsplaner (LBF 2019-26)",
            "plan.yaml:17:54: error: finansiering: local co-financing is 22,0 pct. (1.320.000 kr. of 6.000.000 kr.); at least 25 pct. is required for helhedsplaner (LBF 2019-26)",
        ])
    }

    @Test func aLaterStepCannotBeApprovedBeforeAnEarlierOneInDanish() throws {
        let plan = helhedsplan.replacingLine("  - {udvalg: BR, dato: 2019-10-10, status: planlagt}",
                                             with: "  - {udvalg: BR, dato: 2019-10-10, status: godkendt}")
            .replacingLine("  - {udvalg: ØU, dato: 2019-10-01, status: godkendt}",
                           with: "  - {udvalg: ØU, dato: 2019-10-01, status: planlagt}")
        #expect(try violations(plan, in: .da) == [
            "plan.yaml:22:5: fejl: forløb[2].status: BR kan ikke være godkendt, mens ØU er planlagt; alle tidligere trin skal være godkendt først",
        ])
    }

    @Test func routeOrderAndDatesInDanish() throws {
        let order = helhedsplan
            .replacingLine("  - {udvalg: ØU, dato: 2019-10-01, status: godkendt}", with: "  - {udvalg: BR, dato: 2019-10-01, status: godkendt}")
            .replacingLine("  - {udvalg: BR, dato: 2019-10-10, status: planlagt}", with: "  - {udvalg: ØU, dato: 2019-10-10, status: planlagt}")
        #expect(try violations(order, in: .da) == [
            "plan.yaml:22:5: fejl: forløb[2].udvalg: ØU kan ikke komme efter BR; forløbet er TMU → ØU → BR → LBF, hvert trin én gang",
        ])
        let dates = helhedsplan.replacingLine("  - {udvalg: ØU, dato: 2019-10-01, status: godkendt}",
                                              with: "  - {udvalg: ØU, dato: 2019-09-02, status: godkendt}")
        #expect(try violations(dates, in: .da) == [
            "plan.yaml:21:5: fejl: forløb[1].dato: ØU holder møde den 02-09-2019, ikke efter TMU (02-09-2019); datoerne skal være stigende gennem forløbet",
        ])
    }

    @Test func anUnknownLBFPeriodInDanish() throws {
        let plan = helhedsplan.replacingLine("lbf-periode: 2019-26", with: "lbf-periode: 2019-25")
        #expect(try violations(plan, in: .da) == [
            "plan.yaml:9:14: fejl: lbf-periode: \"2019-25\" er ikke en LBF-støtteperiode i regeltabellen (mente du \"2019-26\"? kendte: 2015-18, 2019-26)",
        ])
    }

    @Test func everyRuleMessageDiffersBetweenTheLanguagesAndIsFilled() {
        for entry in RulesText.allCases {
            let names = Message.placeholders(in: entry.texts.en)
            let filled = Message.placeholders(in: entry.texts.da)
            #expect(Set(filled) == Set(names), "\(entry)")
            #expect(entry.texts.en != entry.texts.da || names == ["hint"], "\(entry)")
        }
    }

    @Test func theRulesTableMessagesInDanish() {
        #expect(throws: IdentifierError(RulesText.notAShare(["value": "\"80 procent\""]))) {
            try RuleTableDecoder.parseShare("80 procent")
        }
        #expect(RulesText.notAShare(["value": "\"80 procent\""]).description(in: .da)
            == "\"80 procent\" er ikke en andel (forventet en brøk som 3/4 eller ¾ eller en hel procentsats som 75 pct.)")
    }
}
