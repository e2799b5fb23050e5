import CommitteeDocsDiagnostics
import CommitteeDocsFormatting
import CommitteeDocsLoading
import CommitteeDocsModel
import CommitteeDocsRules
import Testing

/// The rules for a plan's indstilling on a meeting's agenda (PresentationRules), in both
/// languages: the meeting's body must be on the route, not before the body the indstilling is
/// addressed to, on the route's date, and the plan cannot claim this meeting's decision.
@Suite struct PresentationRuleMessageTests {
    /// The test plan with an indstilling to ØU (line 26).
    static let plan = helhedsplan + """
      - {dokument: indstilling, dokumentnr: 2019-0874120, dato: 2019-09-20, til: ØU, titel: Helhedsplan for Solhaven, resumé: Kort., indstilling: [at planen godkendes], problemstilling: P., løsning: L., økonomi: Ø., videre-proces: V., underskrift: [{navn: Anne-Marie Falk, titel: Direktør}]}

    """

    func problems(body: Udvalg, on date: String, in language: Language) throws -> [String] {
        let root = try DataLoader.load(Array(Self.plan.utf8), file: "plan.yaml", format: .yaml)
        guard case .plan(let plan) = try SubmissionDecoder.decodeFile(root) else { fatalError("not a plan") }
        let indstilling = try #require(plan.dokumenter.first { $0.dokumentnr.description == "2019-0874120" })
        return PresentationRules.problems(plan, indstilling, body: body, dato: DanishDate(parsing: date)!)
            .map { $0.description(in: language) }
    }

    @Test func aBodyOffTheRoute() throws {
        #expect(try problems(body: .KFU, on: "2019-10-01", in: .en) == [
            "plan.yaml:20:3: error: forløb: the indstilling 2019-0874120 is on the agenda of KFU's meeting of 01-10-2019, but the plan's route (forløb) does not pass KFU",
        ])
        #expect(try problems(body: .KFU, on: "2019-10-01", in: .da) == [
            "plan.yaml:20:3: fejl: forløb: indstillingen 2019-0874120 er på dagsordenen for KFU's møde den 01-10-2019, men planens forløb går ikke gennem KFU",
        ])
    }

    /// TMU's meeting is also before the decisions the route claims for TMU and ØU.
    @Test func aBodyBeforeTheAddressee() throws {
        #expect(try problems(body: .TMU, on: "2019-09-02", in: .en) == [
            "plan.yaml:26:78: error: til: the indstilling 2019-0874120 is addressed to ØU, which the case reaches after TMU; it cannot be on the agenda of TMU's meeting of 02-09-2019",
            "plan.yaml:20:5: error: forløb[0].status: the route says TMU decided (godkendt) on 02-09-2019, but the agenda of TMU's meeting of 02-09-2019 is printed before that; record decisions in the meeting's decisions file (referat: …), which an agenda shows only once they are taken",
            "plan.yaml:21:5: error: forløb[1].status: the route says ØU decided (godkendt) on 01-10-2019, but the agenda of TMU's meeting of 02-09-2019 is printed before that; record decisions in the meeting's decisions file (referat: …), which an agenda shows only once they are taken",
        ])
        #expect(try problems(body: .TMU, on: "2019-09-02", in: .da) == [
            "plan.yaml:26:78: fejl: til: indstillingen 2019-0874120 er stilet til ØU, som sagen først når efter TMU; den kan ikke være på dagsordenen for TMU's møde den 02-09-2019",
            "plan.yaml:20:5: fejl: forløb[0].status: ifølge forløbet har TMU truffet beslutning (godkendt) den 02-09-2019, men dagsordenen for TMU's møde den 02-09-2019 trykkes inden da; skriv beslutninger i mødets beslutningsfil (referat: …), som en dagsorden først viser, når de er truffet",
            "plan.yaml:21:5: fejl: forløb[1].status: ifølge forløbet har ØU truffet beslutning (godkendt) den 01-10-2019, men dagsordenen for TMU's møde den 02-09-2019 trykkes inden da; skriv beslutninger i mødets beslutningsfil (referat: …), som en dagsorden først viser, når de er truffet",
        ])
    }

    @Test func aMeetingOnAnotherDayThanTheRoutes() throws {
        #expect(try problems(body: .BR, on: "2019-10-11", in: .en) == [
            "plan.yaml:22:5: error: forløb[2].dato: the route has BR treat the case on 10-10-2019, but the indstilling 2019-0874120 is on the agenda of BR's meeting of 11-10-2019",
        ])
        #expect(try problems(body: .BR, on: "2019-10-11", in: .da) == [
            "plan.yaml:22:5: fejl: forløb[2].dato: ifølge forløbet behandler BR sagen den 10-10-2019, men indstillingen 2019-0874120 er på dagsordenen for BR's møde den 11-10-2019",
        ])
    }

    @Test func anAgendaCannotShowItsOwnMeetingsDecision() throws {
        #expect(try problems(body: .ØU, on: "2019-10-01", in: .en) == [
            "plan.yaml:21:5: error: forløb[1].status: the route says ØU decided (godkendt) on 01-10-2019, but the agenda of ØU's meeting of 01-10-2019 is printed before that; record decisions in the meeting's decisions file (referat: …), which an agenda shows only once they are taken",
        ])
        #expect(try problems(body: .ØU, on: "2019-10-01", in: .da) == [
            "plan.yaml:21:5: fejl: forløb[1].status: ifølge forløbet har ØU truffet beslutning (godkendt) den 01-10-2019, men dagsordenen for ØU's møde den 01-10-2019 trykkes inden da; skriv beslutninger i mødets beslutningsfil (referat: …), som en dagsorden først viser, når de er truffet",
        ])
    }

    /// The three guards no input reaches (the decoders refuse such data first), in both languages.
    @Test func theGuardsNoInputReachesInBothLanguages() {
        #expect(RulesText.negativeAmountShare().description(in: .en) == "a negative amount has no share of the total")
        #expect(RulesText.negativeAmountShare().description(in: .da) == "et negativt beløb har ingen andel af totalen")
        #expect(RulesText.sharesTooLarge().description(in: .en) == "the amounts are too large to compute their shares of the total")
        #expect(RulesText.sharesTooLarge().description(in: .da) == "beløbene er for store til at beregne deres andele af totalen")
        #expect(RulesText.tableUnreadable().description(in: .en) == "the rules table could not be read")
        #expect(RulesText.tableUnreadable().description(in: .da) == "regeltabellen kunne ikke læses")
    }
}
