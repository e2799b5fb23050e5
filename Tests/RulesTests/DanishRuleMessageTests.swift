import CommitteeDocsDiagnostics
import Testing
import CommitteeDocsModel
@testable import CommitteeDocsRules

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

// Every rule message (RulesText) produced from a real input that breaks the rule, and asserted
// exactly in English and in Danish: the same positions, key paths and Danish-formatted numbers,
// the sentence in the reader's language.


func plan(_ yaml: String) -> @Sendable (Language) throws -> [String] {
    { language in
        do {
            return try violations(yaml, in: language)
        } catch let error as DiagnosticList {
            return error.sorted.map { $0.description(in: language) }
        }
    }
}

func table(_ text: String) -> @Sendable (Language) throws -> [String] {
    { language in
        do {
            _ = try RuleTableDecoder.load(bytes: Array(text.utf8), file: "regler.yaml")
            return []
        } catch let error as DiagnosticList {
            return error.sorted.map { $0.description(in: language) }
        }
    }
}

/// A rules table with one rule; `rule` replaces its lines after `- plan: …`.
func oneRule(_ lines: String) -> String {
    "version: \"1\"\nregler:\n" + lines + "\n"
}

let hjemmel = "    hjemmel: [{navn: Byfornyelsesloven, paragraf: § 6, i-kraft: 2004-01-01}]"
let ansøgningLine = "  - {dokument: ansøgning, dokumentnr: 2019-0893319, dato: 2019-09-12, til: ØU, indledning: Tekst., anbefaling: Tekst., underskrift: [{navn: Jonas Kjær Nielsen, titel: Projektleder}]}"
let notatLine = "  - {dokument: notat, dokumentnr: 2019-0893318, dato: 2019-09-12, til: ØU, afsnit: [{overskrift: Baggrund, tekst: Kort.}]}"
let områdeNotat = "  - {dokument: notat, dokumentnr: 2015-0978812, dato: 2015-12-01, til: BR, afsnit: [{overskrift: Formål, tekst: Kort.}]}"
let aThirdOf36Millions = områdefornyelse
    .replacingLine("  total: 24.000.000", with: "  total: 36.000.000")
    .replacingLine("    - {navn: Byrum, beløb: 24.000.000}", with: "    - {navn: Byrum, beløb: 36.000.000}")
    .replacingLine("  - {kilde: Staten, art: stat, beløb: 8.000.000}", with: "  - {kilde: Staten, art: stat, beløb: 12.000.000}")
    .replacingLine("  - {kilde: Københavns Kommune, art: kommune, beløb: 16.000.000}", with: "  - {kilde: Københavns Kommune, art: kommune, beløb: 24.000.000}")

/// The inputs that break each rule: a name, the RulesText entries their messages use (a fragment
/// such as `short` counts inside `sourcesDoNotAddUp`), and what the messages are in a language.
let ruleInputs: [(name: String, ids: [RulesText], produce: @Sendable (Language) throws -> [String])] = [
    ("unknown LBF period", [.unknownLbfPeriod], plan(helhedsplan.replacingLine("lbf-periode: 2019-26", with: "lbf-periode: 2019-25"))),
    ("starts outside its rule", [.startsOutsideRule], plan(helhedsplan.replacingLine("periode: {start: 2020-01-01, slut: 2023-12-31}", with: "periode: {start: 2019-06-01, slut: 2023-05-31}"))),
    ("no områdefornyelse rule", [.noOmraadeRule], plan(områdefornyelse.replacingLine("periode: {start: 2016-01-01, slut: 2021-12-31}", with: "periode: {start: 2001-01-01, slut: 2003-12-31}")
        .replacingLine("  - {udvalg: TMU, dato: 2015-11-23, status: godkendt}", with: "  - {udvalg: TMU, dato: 2000-11-23, status: godkendt}"))),
    ("sources short, local share", [.sourcesDoNotAddUp, .short, .localBelowMinimum, .shareOfTotal], plan(helhedsplan.replacingLine(
        "  - {kilde: Boligforeningen Nordlys, art: boligorganisation, beløb: 600.000}",
        with: "  - {kilde: Boligforeningen Nordlys, art: boligorganisation, beløb: \"599.999,99\"}"))),
    ("areas too much", [.areasDoNotAddUp, .tooMuch], plan(helhedsplan.replacingLine("    - {navn: Beskæftigelse, beløb: 3.000.000}", with: "    - {navn: Beskæftigelse, beløb: 3.100.000}"))),
    ("amounts too large", [.amountsTooLarge], plan(helhedsplan.replacingLine("  total: 6.000.000", with: "  total: 90.000.000.000.000.000")
        .replacingLine("    - {navn: Uddannelse og livschancer, beløb: 3.000.000}", with: "    - {navn: Uddannelse og livschancer, beløb: 90.000.000.000.000.000}")
        .replacingLine("    - {navn: Beskæftigelse, beløb: 3.000.000}", with: "    - {navn: Beskæftigelse, beløb: 90.000.000.000.000.000}"))),
    ("area twice", [.areaTwice], plan(helhedsplan.replacingLine("    - {navn: Beskæftigelse, beløb: 3.000.000}", with: "    - {navn: Uddannelse og livschancer, beløb: 3.000.000}"))),
    ("not an activity area", [.notAnActivityArea], plan(helhedsplan.replacingLine("    - {navn: Beskæftigelse, beløb: 3.000.000}", with: "    - {navn: Beskæftigelsen, beløb: 3.000.000}"))),
    ("excluded source", [.excludedSource], plan(helhedsplan.replacingLine("  - {kilde: Boligforeningen Nordlys, art: boligorganisation, beløb: 600.000}", with: "  - {kilde: Statens pulje, art: stat, beløb: 600.000}"))),
    ("LBF over its share", [.lbfOverLimit], plan(helhedsplan
        .replacingLine("  - {kilde: Landsbyggefonden, art: lbf, beløb: 4.500.000}", with: "  - {kilde: Landsbyggefonden, art: lbf, beløb: 4.680.000}")
        .replacingLine("  - {kilde: Københavns Kommune, art: kommune, beløb: 900.000}", with: "  - {kilde: Københavns Kommune, art: kommune, beløb: 720.000}"))),
    ("state over its share", [.stateOverLimit], plan(områdefornyelse
        .replacingLine("  - {kilde: Staten, art: stat, beløb: 8.000.000}", with: "  - {kilde: Staten, art: stat, beløb: 9.600.000}")
        .replacingLine("  - {kilde: Københavns Kommune, art: kommune, beløb: 16.000.000}", with: "  - {kilde: Københavns Kommune, art: kommune, beløb: 14.400.000}"))),
    ("state over its cap", [.stateOverCap], plan(aThirdOf36Millions)),
    ("dokumentnr twice", [.dokumentnrTwice], plan(helhedsplan.replacingLine(notatLine, with: notatLine + "\n" + notatLine))),
    ("ansøgning for an områdefornyelse", [.ansoegningOnlyForHelhedsplan], plan(områdefornyelse.replacingLine(områdeNotat,
        with: "  - {dokument: ansøgning, dokumentnr: 2015-0978812, dato: 2015-12-01, indledning: Tekst., anbefaling: Tekst., underskrift: [{navn: Sofie Lund Andersen, titel: Projektleder}]}"))),
    ("ansøgning to a committee", [.ansoegningToLBF], plan(helhedsplan.replacingLine(notatLine, with: notatLine + "\n" + ansøgningLine))),
    ("notat to LBF", [.documentToCommittee], plan(områdefornyelse.replacingLine(områdeNotat, with: områdeNotat.replacingOccurrences(of: "til: BR", with: "til: LBF")))),
    ("notat to a body off the route", [.notOnRoute], plan(områdefornyelse.replacingLine("  - {udvalg: ØU, dato: 2015-12-08, status: planlagt}", with: "")
        .replacingLine(områdeNotat, with: områdeNotat.replacingOccurrences(of: "til: BR", with: "til: ØU")))),
    ("LBF after an områdefornyelse", [.lbfOnlyHelhedsplaner], plan(områdefornyelse.replacingLine("  - {udvalg: BR, dato: 2015-12-17, status: planlagt}",
        with: "  - {udvalg: BR, dato: 2015-12-17, status: planlagt}\n  - {udvalg: LBF, dato: 2016-02-01, status: planlagt}"))),
    ("step order", [.stepOrder], plan(helhedsplan
        .replacingLine("  - {udvalg: ØU, dato: 2019-10-01, status: godkendt}", with: "  - {udvalg: BR, dato: 2019-10-01, status: godkendt}")
        .replacingLine("  - {udvalg: BR, dato: 2019-10-10, status: planlagt}", with: "  - {udvalg: ØU, dato: 2019-10-10, status: planlagt}"))),
    ("step dates", [.stepDates], plan(helhedsplan.replacingLine("  - {udvalg: ØU, dato: 2019-10-01, status: godkendt}", with: "  - {udvalg: ØU, dato: 2019-09-02, status: godkendt}"))),
    ("approved before an earlier step", [.approvedBeforeEarlierStep], plan(helhedsplan
        .replacingLine("  - {udvalg: BR, dato: 2019-10-10, status: planlagt}", with: "  - {udvalg: BR, dato: 2019-10-10, status: godkendt}")
        .replacingLine("  - {udvalg: ØU, dato: 2019-10-01, status: godkendt}", with: "  - {udvalg: ØU, dato: 2019-10-01, status: udsat}"))),
    ("decision after the indstilling", [.claimedDecisionAfterIndstilling], plan(helhedsplan.replacingLine(notatLine,
        with: "  - {dokument: indstilling, dokumentnr: 2019-0893320, dato: 2019-09-20, til: ØU, titel: Helhedsplan for Solhaven, indstilling: [at helhedsplanen godkendes], problemstilling: Tekst., løsning: Tekst., økonomi: Tekst., resumé: Tekst., underskrift: [{navn: Jonas Kjær Nielsen, titel: Projektleder}]}"))),
    ("foreløbig referred to by a foreløbig plan", [.onlyEndeligRefersToForeloebig], plan(helhedsplan.replacingLine("lbf-periode: 2019-26", with: "lbf-periode: 2019-26\nforeløbig: {godkendt: 2019-06-13}"))),
    ("endelig without foreløbig", [.endeligNeedsForeloebig], plan(helhedsplan.replacingLine("fase: foreløbig", with: "fase: endelig"))),
    ("foreløbig without its approval", [.foreloebigApprovalMissing], plan(helhedsplan.replacingLine("fase: foreløbig", with: "fase: endelig")
        .replacingLine("lbf-periode: 2019-26", with: "lbf-periode: 2019-26\nforeløbig: {dokumentnr: 2019-0874120}"))),
    ("endelig starts too early", [.endeligStartsTooEarly], plan(helhedsplan.replacingLine("fase: foreløbig", with: "fase: endelig")
        .replacingLine("lbf-periode: 2019-26", with: "lbf-periode: 2019-26\nforeløbig: {godkendt: 2019-10-10}"))),
    ("rule ends before it starts", [.ruleEndsBeforeStart], table(oneRule("  - plan: områdefornyelse\n    navn: Fejl\n    gælder: {fra: 2015-01-01, til: 2014-12-31}\n    stat-højst: ⅓\n" + hjemmel))),
    ("helhedsplan rule without LBF period", [.ruleNeedsLbfPeriod], table(oneRule("  - plan: helhedsplan\n    navn: Fejl\n    gælder: {fra: 2015-01-01}\n    lbf-højst: ¾\n" + hjemmel))),
    ("rule without hjemmel", [.ruleNeedsLegalSource], table(oneRule("  - plan: områdefornyelse\n    navn: Fejl\n    gælder: {fra: 2015-01-01}\n    stat-højst: ⅓"))),
    ("in-force date", [.notAnInForceDate], table(oneRule("  - plan: områdefornyelse\n    navn: Fejl\n    gælder: {fra: 2015-01-01}\n    stat-højst: ⅓\n    hjemmel: [{navn: Byfornyelsesloven, paragraf: § 6, i-kraft: snart}]"))),
    ("public address", [.notAPublicAddress], table(oneRule("  - plan: områdefornyelse\n    navn: Fejl\n    gælder: {fra: 2015-01-01}\n    stat-højst: ⅓\n    hjemmel: [{navn: Byfornyelsesloven, paragraf: § 6, i-kraft: 2004-01-01, url: ftp://example.dk/lov}]"))),
    ("rules overlap", [.rulesOverlap], table(oneRule("  - plan: områdefornyelse\n    navn: Første\n    gælder: {fra: 2015-01-01}\n    stat-højst: ⅓\n" + hjemmel + "\n  - plan: områdefornyelse\n    navn: Anden\n    gælder: {fra: 2016-01-01}\n    stat-højst: ⅓\n" + hjemmel))),
    ("not a share", [.notAShare], table(oneRule("  - plan: områdefornyelse\n    navn: Fejl\n    gælder: {fra: 2015-01-01}\n    stat-højst: 0,33\n" + hjemmel))),
    ("state cap not positive", [.stateCapPositive], table(oneRule("  - plan: områdefornyelse\n    navn: Fejl\n    gælder: {fra: 2015-01-01}\n    stat-højst: ⅓\n    stat-loft: -10.000.000 kr.\n" + hjemmel))),
]

/// The exact messages of each input above, in English and in Danish.
let expectedMessages: [String: (en: [String], da: [String])] = [
    "unknown LBF period": (
        en: ["plan.yaml:9:14: error: lbf-periode: \"2019-25\" is not an LBF funding period in the rules table (did you mean \"2019-26\"? known: 2015-18, 2019-26)"],
        da: ["plan.yaml:9:14: fejl: lbf-periode: \"2019-25\" er ikke en LBF-støtteperiode i regeltabellen (mente du \"2019-26\"? kendte: 2015-18, 2019-26)"]),
    "starts outside its rule": (
        en: ["plan.yaml:9:14: error: lbf-periode: the plan starts 01-06-2019, outside LBF 2019-26 (01-01-2020–31-12-2026)"],
        da: ["plan.yaml:9:14: fejl: lbf-periode: planen starter 01-06-2019, uden for LBF 2019-26 (01-01-2020–31-12-2026)"]),
    "no områdefornyelse rule": (
        en: ["plan.yaml:1:1: error: periode.start: no funding rule for områdefornyelser is in force on 01-01-2001 (rules table 2026.2)"],
        da: ["plan.yaml:1:1: fejl: periode.start: ingen finansieringsregel for områdefornyelser gælder den 01-01-2001 (regeltabel 2026.2)"]),
    "sources short, local share": (
        en: ["plan.yaml:16:3: error: finansiering: the sources add up to 5.999.999,99 kr., but the budget total is 6.000.000 kr. (0,01 kr. short)",
             "plan.yaml:17:54: error: finansiering: local co-financing is 24,9999998 pct. (1.499.999,99 kr. of 6.000.000 kr.); at least 25 pct. is required for helhedsplaner (LBF 2019-26)"],
        da: ["plan.yaml:16:3: fejl: finansiering: finansieringskilderne giver i alt 5.999.999,99 kr., men budgettets total er 6.000.000 kr. (0,01 kr. for lidt)",
             "plan.yaml:17:54: fejl: finansiering: den lokale medfinansiering er 24,9999998 pct. (1.499.999,99 kr. af 6.000.000 kr.); mindst 25 pct. er påkrævet for helhedsplaner (LBF 2019-26)"]),
    "areas too much": (
        en: ["plan.yaml:11:10: error: budget.indsatsområder: the activity areas add up to 6.100.000 kr., but the budget total is 6.000.000 kr. (100.000 kr. too much)"],
        da: ["plan.yaml:11:10: fejl: budget.indsatsområder: indsatsområderne giver i alt 6.100.000 kr., men budgettets total er 6.000.000 kr. (100.000 kr. for meget)"]),
    "amounts too large": (
        en: ["plan.yaml:11:3: error: budget: the amounts are too large to add up",
             "plan.yaml:16:3: error: finansiering: the sources add up to 6.000.000 kr., but the budget total is 90.000.000.000.000.000 kr. (89.999.999.994.000.000 kr. short)",
             "plan.yaml:17:54: error: finansiering: local co-financing is 0,0 pct. (1.500.000 kr. of 90.000.000.000.000.000 kr.); at least 25 pct. is required for helhedsplaner (LBF 2019-26)"],
        da: ["plan.yaml:11:3: fejl: budget: beløbene er for store til at blive lagt sammen",
             "plan.yaml:16:3: fejl: finansiering: finansieringskilderne giver i alt 6.000.000 kr., men budgettets total er 90.000.000.000.000.000 kr. (89.999.999.994.000.000 kr. for lidt)",
             "plan.yaml:17:54: fejl: finansiering: den lokale medfinansiering er 0,0 pct. (1.500.000 kr. af 90.000.000.000.000.000 kr.); mindst 25 pct. er påkrævet for helhedsplaner (LBF 2019-26)"]),
    "area twice": (
        en: ["plan.yaml:14:48: error: budget.indsatsområder[1].navn: \"Uddannelse og livschancer\" appears twice in the budget; give each activity area one amount"],
        da: ["plan.yaml:14:48: fejl: budget.indsatsområder[1].navn: \"Uddannelse og livschancer\" står to gange i budgettet; angiv ét beløb for hvert indsatsområde"]),
    "not an activity area": (
        en: ["plan.yaml:14:37: error: budget.indsatsområder[1].navn: \"Beskæftigelsen\" is not an activity area of LBF 2019-26 (did you mean \"Beskæftigelse\"? expected one of: Uddannelse og livschancer; Beskæftigelse; Kriminalitetsforebyggelse; Sammenhængskraft og medborgerskab)"],
        da: ["plan.yaml:14:37: fejl: budget.indsatsområder[1].navn: \"Beskæftigelsen\" er ikke et indsatsområde i LBF 2019-26 (mente du \"Beskæftigelse\"? gyldige indsatsområder: Uddannelse og livschancer; Beskæftigelse; Kriminalitetsforebyggelse; Sammenhængskraft og medborgerskab)"]),
    "excluded source": (
        en: ["plan.yaml:17:54: error: finansiering: local co-financing is 15,0 pct. (900.000 kr. of 6.000.000 kr.); at least 25 pct. is required for helhedsplaner (LBF 2019-26)",
             "plan.yaml:18:46: error: finansiering[2].art: \"Statens pulje\" (art: stat) may not finance helhedsplaner (LBF 2019-26)"],
        da: ["plan.yaml:17:54: fejl: finansiering: den lokale medfinansiering er 15,0 pct. (900.000 kr. af 6.000.000 kr.); mindst 25 pct. er påkrævet for helhedsplaner (LBF 2019-26)",
             "plan.yaml:18:46: fejl: finansiering[2].art: \"Statens pulje\" (art: stat) må ikke finansiere helhedsplaner (LBF 2019-26)"]),
    "LBF over its share": (
        en: ["plan.yaml:16:48: error: finansiering: Landsbyggefonden pays 78,0 pct. (4.680.000 kr. of 6.000.000 kr.); at most 75 pct. is allowed for helhedsplaner (LBF 2019-26)",
             "plan.yaml:17:54: error: finansiering: local co-financing is 22,0 pct. (1.320.000 kr. of 6.000.000 kr.); at least 25 pct. is required for helhedsplaner (LBF 2019-26)"],
        da: ["plan.yaml:16:48: fejl: finansiering: Landsbyggefonden betaler 78,0 pct. (4.680.000 kr. af 6.000.000 kr.); højst 75 pct. er tilladt for helhedsplaner (LBF 2019-26)",
             "plan.yaml:17:54: fejl: finansiering: den lokale medfinansiering er 22,0 pct. (1.320.000 kr. af 6.000.000 kr.); mindst 25 pct. er påkrævet for helhedsplaner (LBF 2019-26)"]),
    "state over its share": (
        en: ["plan.yaml:12:39: error: finansiering: the state pays 40,0 pct. (9.600.000 kr. of 24.000.000 kr.); at most ⅓ (33,3 pct.) is allowed for områdefornyelser (områdefornyelse fra 2015)"],
        da: ["plan.yaml:12:39: fejl: finansiering: staten betaler 40,0 pct. (9.600.000 kr. af 24.000.000 kr.); højst ⅓ (33,3 pct.) er tilladt for områdefornyelser (områdefornyelse fra 2015)"]),
    "state over its cap": (
        en: ["plan.yaml:12:39: error: finansiering: the state pays 12.000.000 kr.; at most 10.000.000 kr. per project is allowed for områdefornyelser (områdefornyelse fra 2015)"],
        da: ["plan.yaml:12:39: fejl: finansiering: staten betaler 12.000.000 kr.; højst 10.000.000 kr. pr. projekt er tilladt for områdefornyelser (områdefornyelse fra 2015)"]),
    "dokumentnr twice": (
        en: ["plan.yaml:26:35: error: dokumenter[1].dokumentnr: dokumentnr 2019-0893318 is used by two documents of the plan"],
        da: ["plan.yaml:26:35: fejl: dokumenter[1].dokumentnr: dokumentnr. 2019-0893318 bruges af to af planens dokumenter"]),
    "ansøgning for an områdefornyelse": (
        en: ["plan.yaml:19:16: error: dokumenter[0].dokument: an ansøgning goes to Landsbyggefonden, which funds helhedsplaner, not områdefornyelser"],
        da: ["plan.yaml:19:16: fejl: dokumenter[0].dokument: en ansøgning går til Landsbyggefonden, som støtter helhedsplaner, ikke områdefornyelser"]),
    "ansøgning to a committee": (
        en: ["plan.yaml:26:76: error: dokumenter[1].til: an ansøgning is addressed to LBF"],
        da: ["plan.yaml:26:76: fejl: dokumenter[1].til: en ansøgning stiles til LBF"]),
    "notat to LBF": (
        en: ["plan.yaml:19:72: error: dokumenter[0].til: a notat goes to a committee on the route (TMU, ØU or BR); Landsbyggefonden gets the ansøgning"],
        da: ["plan.yaml:19:72: fejl: dokumenter[0].til: et dokument af typen notat stiles til et udvalg i forløbet (TMU, ØU eller BR); Landsbyggefonden får ansøgningen"]),
    "notat to a body off the route": (
        en: ["plan.yaml:19:72: error: dokumenter[0].til: ØU is not on the plan's route (forløb)"],
        da: ["plan.yaml:19:72: fejl: dokumenter[0].til: ØU indgår ikke i planens forløb"]),
    "LBF after an områdefornyelse": (
        en: ["plan.yaml:18:5: error: forløb[3].udvalg: Landsbyggefonden decides on helhedsplaner only; an områdefornyelse ends with BR"],
        da: ["plan.yaml:18:5: fejl: forløb[3].udvalg: Landsbyggefonden træffer kun afgørelse om helhedsplaner; en områdefornyelse slutter i BR"]),
    "step order": (
        en: ["plan.yaml:22:5: error: forløb[2].udvalg: ØU cannot follow BR; the route is TMU → ØU → BR → LBF, each step once"],
        da: ["plan.yaml:22:5: fejl: forløb[2].udvalg: ØU kan ikke komme efter BR; forløbet er TMU → ØU → BR → LBF, hvert trin én gang"]),
    "step dates": (
        en: ["plan.yaml:21:5: error: forløb[1].dato: ØU meets 02-09-2019, not after TMU (02-09-2019); dates must increase along the route"],
        da: ["plan.yaml:21:5: fejl: forløb[1].dato: ØU holder møde den 02-09-2019, ikke efter TMU (02-09-2019); datoerne skal være stigende gennem forløbet"]),
    "approved before an earlier step": (
        en: ["plan.yaml:22:5: error: forløb[2].status: BR cannot be godkendt while ØU is udsat; every earlier step must be godkendt first"],
        da: ["plan.yaml:22:5: fejl: forløb[2].status: BR kan ikke være godkendt, mens ØU er udsat; alle tidligere trin skal være godkendt først"]),
    "decision after the indstilling": (
        en: ["plan.yaml:21:5: error: forløb[1].status: the route says ØU decided (godkendt) on 01-10-2019, after the indstilling 2019-0893320 of 20-09-2019 that shows the route; a document cannot know a later decision: record it in the meeting's decisions file (referat: …) or keep the step planlagt"],
        da: ["plan.yaml:21:5: fejl: forløb[1].status: ifølge forløbet har ØU truffet beslutning (godkendt) den 01-10-2019, efter indstillingen 2019-0893320 af 20-09-2019, som viser forløbet; et dokument kan ikke kende en senere beslutning: skriv den i mødets beslutningsfil (referat: …), eller lad trinnet stå som planlagt"]),
    "foreløbig referred to by a foreløbig plan": (
        en: ["plan.yaml:10:12: error: foreløbig: only an endelig plan refers to its foreløbig plan"],
        da: ["plan.yaml:10:12: fejl: foreløbig: kun en endelig plan henviser til sin foreløbige plan"]),
    "endelig without foreløbig": (
        en: ["plan.yaml:1:1: error: foreløbig: an endelig plan needs the approved foreløbig plan: add foreløbig with its dokumentnr and the date BR approved it (godkendt)"],
        da: ["plan.yaml:1:1: fejl: foreløbig: en endelig plan forudsætter den godkendte foreløbige plan: tilføj foreløbig med dens dokumentnr. og datoen, hvor BR godkendte den (godkendt)"]),
    "foreløbig without its approval": (
        en: ["plan.yaml:10:12: error: foreløbig.godkendt: missing the date the foreløbig plan was approved (godkendt); an endelig plan follows an approved foreløbig plan"],
        da: ["plan.yaml:10:12: fejl: foreløbig.godkendt: datoen, hvor den foreløbige plan blev godkendt (godkendt), mangler; en endelig plan følger efter en godkendt foreløbig plan"]),
    "endelig starts too early": (
        en: ["plan.yaml:21:5: error: forløb[0].dato: the endelig plan's route starts 02-09-2019, not after the foreløbig plan was approved (10-10-2019)"],
        da: ["plan.yaml:21:5: fejl: forløb[0].dato: den endelige plans forløb starter den 02-09-2019, ikke efter at den foreløbige plan blev godkendt (10-10-2019)"]),
    "rule ends before it starts": (
        en: ["regler.yaml:5:36: error: regler[0].gælder.til: the rule ends before it starts"],
        da: ["regler.yaml:5:36: fejl: regler[0].gælder.til: reglen slutter, før den begynder"]),
    "helhedsplan rule without LBF period": (
        en: ["regler.yaml:3:5: error: regler[0].lbf-periode: a helhedsplan rule names its LBF period"],
        da: ["regler.yaml:3:5: fejl: regler[0].lbf-periode: en regel for helhedsplaner angiver sin LBF-periode"]),
    "rule without hjemmel": (
        en: ["regler.yaml:3:5: error: regler[0].hjemmel: the rule names no legal source; add hjemmel: a list of {navn, paragraf, i-kraft, url} (i-kraft a date or \"ukendt\", url where the text is public)"],
        da: ["regler.yaml:3:5: fejl: regler[0].hjemmel: reglen angiver ingen hjemmel; tilføj hjemmel: en liste af {navn, paragraf, i-kraft, url} (i-kraft en dato eller \"ukendt\", url hvor teksten er offentlig)"]),
    "in-force date": (
        en: ["regler.yaml:7:65: error: regler[0].hjemmel[0].i-kraft: \"snart\" is not a date (expected 2018-01-01 or 01-01-2018, or \"ukendt\" when the day is not known)"],
        da: ["regler.yaml:7:65: fejl: regler[0].hjemmel[0].i-kraft: \"snart\" er ikke en dato (forventet 2018-01-01 eller 01-01-2018, eller \"ukendt\", når dagen ikke kendes)"]),
    "public address": (
        en: ["regler.yaml:7:82: error: regler[0].hjemmel[0].url: \"ftp://example.dk/lov\" is not a public address (expected one starting with https:// or http://)"],
        da: ["regler.yaml:7:82: fejl: regler[0].hjemmel[0].url: \"ftp://example.dk/lov\" er ikke en offentlig adresse (forventet en, der begynder med https:// eller http://)"]),
    "rules overlap": (
        en: ["regler.yaml:10:13: error: regler[1].gælder: the rule \"Anden\" overlaps \"Første\" (fra 01-01-2015)"],
        da: ["regler.yaml:10:13: fejl: regler[1].gælder: reglen \"Anden\" overlapper \"Første\" (fra 01-01-2015)"]),
    "not a share": (
        en: ["regler.yaml:6:17: error: regler[0].stat-højst: \"0,33\" is not a share (expected a fraction such as 3/4 or ¾, or a whole percentage such as 75 pct.)"],
        da: ["regler.yaml:6:17: fejl: regler[0].stat-højst: \"0,33\" er ikke en andel (forventet en brøk som 3/4 eller ¾ eller en hel procentsats som 75 pct.)"]),
    "state cap not positive": (
        en: ["regler.yaml:7:16: error: regler[0].stat-loft: \"-10.000.000 kr.\" is not allowed: the state's cap per project is more than 0 kr."],
        da: ["regler.yaml:7:16: fejl: regler[0].stat-loft: \"-10.000.000 kr.\" er ikke tilladt: statens loft pr. projekt er større end 0 kr."]),
]

/// Entries no input of the checker or the table decoder can produce here, and why. The test
/// below fails when a RulesText case is neither covered above nor listed here.
let ruleMessagesNotFromInput: [RulesText: String] = [
    // PlanView's share computation guards: the decoder refuses a source of 0 kr. or less, and
    // amounts near Int64's limit are refused as "too large to add up" before shares are made.
    .negativeAmountShare: "the decoder refuses negative amounts first (texts: PresentationRuleMessageTests)",
    .sharesTooLarge: "amounts that large stop at amountsTooLarge first (texts: PresentationRuleMessageTests)",
    // The table decoder reports the missing key itself; this is its last guard.
    .tableUnreadable: "a table without a version is reported as a missing key (texts: PresentationRuleMessageTests)",
    // A plan's indstilling on a meeting's agenda: PresentationRuleMessageTests asserts each in
    // both languages, from the plan and the meeting's body and date.
    .meetingOf: "PresentationRuleMessageTests",
    .agendaBodyNotOnRoute: "PresentationRuleMessageTests",
    .agendaBeforeAddressee: "PresentationRuleMessageTests",
    .agendaDateDiffers: "PresentationRuleMessageTests",
    .agendaBeforeDecision: "PresentationRuleMessageTests",
]

@Suite struct EveryRuleMessageInBothLanguages {
    @Test(arguments: ruleInputs.map(\.name))
    func theExactMessagesInEnglishAndDanish(name: String) throws {
        let input = try #require(ruleInputs.first { $0.name == name })
        let expected = try #require(expectedMessages[name])
        #expect(try input.produce(.en) == expected.en)
        #expect(try input.produce(.da) == expected.da)
    }

    /// Each case's messages use the entries it names, in both languages.
    @Test(arguments: ruleInputs.map(\.name))
    func eachCaseShowsItsRulesText(name: String) throws {
        let input = try #require(ruleInputs.first { $0.name == name })
        let expected = try #require(expectedMessages[name])
        for id in input.ids {
            let english = Self.fixedWords(id.texts.en)
            let danish = Self.fixedWords(id.texts.da)
            #expect(english.allSatisfy { word in expected.en.contains { $0.contains(word) } }, "\(id) in English")
            #expect(danish.allSatisfy { word in expected.da.contains { $0.contains(word) } }, "\(id) in Danish")
        }
    }

    @Test func everyRulesTextCaseHasAnExactPairOrAReason() {
        let covered = Set(ruleInputs.flatMap(\.ids))
        let listed = Set(ruleMessagesNotFromInput.keys)
        #expect(covered.isDisjoint(with: listed))
        let missing = RulesText.allCases.filter { !covered.contains($0) && !listed.contains($0) }
        #expect(missing.isEmpty, "no exact English and Danish test for \(missing)")
        #expect(Set(expectedMessages.keys) == Set(ruleInputs.map(\.name)))
    }

    /// The text of a catalog entry between its placeholders.
    static func fixedWords(_ text: String) -> [String] {
        text.split(separator: "%{").flatMap { part -> [Substring] in
            guard let end = part.firstIndex(of: "}") else { return [part] }
            return [part[part.index(after: end)...]]
        }.map(String.init).filter { $0.count > 3 }
    }
}
