import CommitteeDocsDiagnostics
import CommitteeDocsFormatting
import CommitteeDocsLoading
import Testing
@testable import CommitteeDocsModel

/// Decodes a decisions file's text.
func decodeDecisions(_ yaml: String) throws(DiagnosticList) -> Beslutningsprotokol {
    try DecisionsDecoder.decode(try DataLoader.load(Array(yaml.utf8), file: "referat.yaml", format: .yaml))
}

/// A decisions file's problems in file order, or none.
func decisionsProblems(_ yaml: String) -> [String] {
    do {
        _ = try decodeDecisions(yaml)
        return []
    } catch {
        return error.sorted.map(\.description)
    }
}

/// The meeting the decisions below belong to: four items, the last one closed.
let decidedMeeting = """
møde:
  udvalg: TMU
  type: ordinært
  dato: 2019-09-02
  tid: "15:00"
  sted: Rådhuset, udvalgsværelse B
punkter:
  - {titel: Foreløbig helhedsplan for Solhaven, nummer: TMU 231/19, sagsnr: 2019-0412587, tekst: Plan.}
  - {titel: Orientering om mødeplan, nummer: TMU 232/19, sagsnr: 2024-18822, tekst: Orientering.}
  - {titel: Personalesag, nummer: TMU 234/19, sagsnr: 2019-0599321, adgang: lukket, tekst: Lukket.}
  - {titel: Politisk inddragelse, nummer: TMU 233/19, sagsnr: 2009-45219, tekst: Notat.}

"""

func meeting(_ yaml: String = decidedMeeting) throws -> Møde {
    try MeetingDecoder.decode(DataLoader.load(Array(yaml.utf8), file: "tmu.yaml", format: .yaml))
}

let validDecisions = """
referat:
  møde: tmu.yaml
  start: "15:00"
  slut: "16:40"
  fraværende:
    - {navn: Jakob Thorsen, parti: V, grund: sygdom}
  stedfortrædere:
    - {navn: Louise Kragh, parti: V, for: Jakob Thorsen}
punkter:
  - nummer: TMU 231/19
    resultat: godkendt
    protokolbemærkninger:
      - {af: Det Konservative Folkeparti, tekst: Vi ønsker en status inden den endelige plan.}
  - nummer: TMU 232/19
    resultat: taget til efterretning
  - nummer: TMU 233/19
    resultat: godkendt
    afstemning:
      for: {partier: [A, B, F, Ø, Å], antal: 9}
      imod: {partier: [C, V], antal: 2}
  - nummer: TMU 234/19
    resultat: godkendt
    tekst: Udvalget bad om en orientering, når sagen er afsluttet.

"""

@Suite("Decisions files (beslutningsprotokol)")
struct DecisionsDecodingTests {
    @Test func aValidDecisionsFileReadsWithItsDecisionsInOrder() throws {
        let protokol = try decodeDecisions(validDecisions)
        #expect(protokol.møde.value == "tmu.yaml")
        #expect(protokol.møde.position == SourcePosition(file: "referat.yaml", line: 2, column: 9))
        #expect(protokol.start.formatted == "15.00")
        #expect(protokol.slut.formatted == "16.40")
        #expect(protokol.fraværende == [Fraværende(navn: "Jakob Thorsen", parti: "V", grund: "sygdom")])
        #expect(protokol.stedfortrædere.map(\.navn) == ["Louise Kragh"])
        #expect(protokol.stedfortrædere.map(\.for.value) == ["Jakob Thorsen"])
        // "Dagsordenen blev godkendt." unless the file says otherwise.
        #expect(protokol.dagsordenen == "Dagsordenen blev godkendt.")
        #expect(protokol.punkter.map(\.nummer.value) == ["TMU 231/19", "TMU 232/19", "TMU 233/19", "TMU 234/19"])
        #expect(protokol.punkter.map(\.resultat) == [.godkendt, .tagetTilEfterretning, .godkendt, .godkendt])
        #expect(protokol.punkter[0].protokolbemærkninger == [
            Protokolbemærkning(af: "Det Konservative Folkeparti", tekst: "Vi ønsker en status inden den endelige plan."),
        ])
        #expect(protokol.punkter[3].tekst == "Udvalget bad om en orientering, når sagen er afsluttet.")
        #expect(protokol.punkter[2].afstemning?.for.antal == 9)
        #expect(protokol.punkter[2].afstemning?.undlod == nil)
    }

    @Test func aDecisionReadsAsTheMinutesPrintIt() throws {
        let punkter = try decodeDecisions(validDecisions).punkter
        #expect(punkter[0].formulering == "Indstillingen blev godkendt uden afstemning.")
        #expect(punkter[1].formulering == "Orienteringen blev taget til efterretning.")
        #expect(punkter[2].formulering == """
        Indstillingen blev godkendt med 9 stemmer imod 2.
        For stemte: A, B, F, Ø og Å.
        Imod stemte: C og V.
        """)
    }

    @Test func abstentionsAndRejectionsAreCountedTheCopenhagenWay() throws {
        let rejected = validDecisions.replacingOccurrences(of: """
            resultat: godkendt
            afstemning:
              for: {partier: [A, B, F, Ø, Å], antal: 9}
              imod: {partier: [C, V], antal: 2}
        """, with: """
            resultat: ikke godkendt
            afstemning:
              for: {partier: [C], antal: 2}
              imod: {partier: [A, B, F, Ø], antal: 8}
              undlod: {partier: [V], antal: 1}
        """)
        let punkt = try decodeDecisions(rejected).punkter[2]
        // The winning side's count first, as kk.dk prints it ("forkastet med 31 stemmer imod 9. 7 undlod.").
        #expect(punkt.formulering == """
        Indstillingen blev ikke godkendt med 8 stemmer imod 2. 1 undlod.
        For stemte: C.
        Imod stemte: A, B, F og Ø.
        Følgende undlod at stemme: V.
        """)
        #expect(punkt.trinstatus == .afvist)
    }

    @Test func eachResultGivesTheRouteItsStatus() {
        #expect(Punktbeslutning.Resultat.godkendt.trinstatus == .godkendt)
        #expect(Punktbeslutning.Resultat.ikkeGodkendt.trinstatus == .afvist)
        #expect(Punktbeslutning.Resultat.udsat.trinstatus == .udsat)
        #expect(Punktbeslutning.Resultat.tagetTilEfterretning.trinstatus == .godkendt)
    }

    @Test func aDecisionWithoutAVoteIsWordedForItsResult() throws {
        func formulering(_ resultat: String) throws -> String {
            try decodeDecisions(validDecisions.replacingOccurrences(of: "resultat: taget til efterretning", with: "resultat: \(resultat)"))
                .punkter[1].formulering
        }
        #expect(try formulering("\"ikke godkendt\"") == "Indstillingen blev ikke godkendt.")
        #expect(try formulering("udsat") == "Sagen blev udsat.")
    }

    @Test func theAgendasApprovalCanBeWorded() throws {
        let yaml = validDecisions.replacingOccurrences(of: "punkter:\n", with: """
        dagsordenen: Dagsordenen blev godkendt med den ændring, at punkt 4 behandles før punkt 3.
        punkter:

        """)
        #expect(try decodeDecisions(yaml).dagsordenen == "Dagsordenen blev godkendt med den ændring, at punkt 4 behandles før punkt 3.")
    }

    @Test func unknownKeysAndValuesGetASuggestion() {
        let yaml = validDecisions.replacingOccurrences(of: "  stedfortrædere:", with: "  stedfortræder:")
            .replacingOccurrences(of: "resultat: taget til efterretning", with: "resultat: godkent")
        #expect(decisionsProblems(yaml) == [
            "referat.yaml:7:3: error: referat.stedfortræder: unknown key \"stedfortræder\" (did you mean \"stedfortrædere\"?)",
            "referat.yaml:15:15: error: punkter[1].resultat: \"godkent\" is not allowed (did you mean \"godkendt\"? expected one of: godkendt, ikke godkendt, udsat, taget til efterretning)",
        ])
    }

    @Test func requiredKeysAreNamed() {
        let yaml = validDecisions.replacingOccurrences(of: "  slut: \"16:40\"\n", with: "")
            .replacingOccurrences(of: "    resultat: taget til efterretning\n", with: "")
        #expect(decisionsProblems(yaml) == [
            "referat.yaml:2:3: error: referat.slut: missing required key \"slut\"",
            "referat.yaml:13:5: error: punkter[1].resultat: missing required key \"resultat\"",
        ])
    }

    @Test func theMeetingEndsAfterItStarts() {
        #expect(decisionsProblems(validDecisions.replacingOccurrences(of: "\"16:40\"", with: "\"14:40\"")) == [
            "referat.yaml:4:9: error: referat.slut: the meeting cannot end (14.40) before it starts (15.00)",
        ])
        #expect(decisionsProblems(validDecisions.replacingOccurrences(of: "\"16:40\"", with: "\"15:00\"")) == [
            "referat.yaml:4:9: error: referat.slut: the meeting cannot end (15.00) when it starts (15.00)",
        ])
        #expect(decisionsProblems(validDecisions.replacingOccurrences(of: "\"16:40\"", with: "\"16:70\"")) == [
            "referat.yaml:4:9: error: referat.slut: \"16:70\" is not a time of day: there is no minute 70 (minutes run 00–59)",
        ])
    }

    @Test func aSubstituteStandsInForAnAbsentMember() {
        #expect(decisionsProblems(validDecisions.replacingOccurrences(of: "for: Jakob Thorsen", with: "for: Jakob Torsen")) == [
            "referat.yaml:8:43: error: referat.stedfortrædere[0].for: \"Jakob Torsen\" is not among the absent members (fraværende) (did you mean \"Jakob Thorsen\"?)",
        ])
    }

    @Test func voteCountsAreWholeNumbersFromZero() {
        let yaml = validDecisions.replacingOccurrences(of: "antal: 2}", with: "antal: -2}")
        #expect(decisionsProblems(yaml) == [
            "referat.yaml:20:38: error: punkter[2].afstemning.imod.antal: \"-2\" is not a number of votes (expected a whole number from 0, e.g. 9)",
        ])
    }

    @Test func aPartyVotesOneWayOnly() {
        let yaml = validDecisions.replacingOccurrences(of: "imod: {partier: [C, V], antal: 2}", with: """
        imod: {partier: [C, B], antal: 2}
              undlod: {partier: [Å], antal: 1}
        """)
        #expect(decisionsProblems(yaml) == [
            "referat.yaml:20:27: error: punkter[2].afstemning.imod.partier[1]: \"B\" is already in afstemning.for.partier; a party votes one way only",
            "referat.yaml:21:26: error: punkter[2].afstemning.undlod.partier[0]: \"Å\" is already in afstemning.for.partier; a party votes one way only",
        ])
        let twice = validDecisions.replacingOccurrences(of: "[C, V]", with: "[C, C]")
        #expect(decisionsProblems(twice) == [
            "referat.yaml:20:27: error: punkter[2].afstemning.imod.partier[1]: \"C\" is already in afstemning.imod.partier; a party votes one way only",
        ])
    }

    @Test func eachPartyCastsAtLeastOneVote() {
        let yaml = validDecisions.replacingOccurrences(of: "imod: {partier: [C, V], antal: 2}", with: "imod: {partier: [C, V], antal: 0}")
        #expect(decisionsProblems(yaml) == [
            "referat.yaml:20:38: error: punkter[2].afstemning.imod.antal: 0 votes cannot come from 2 parties (C and V)",
        ])
    }

    @Test func theVoteMustCarryTheResult() {
        let yaml = validDecisions.replacingOccurrences(of: "antal: 9}", with: "antal: 2}")
            .replacingOccurrences(of: "[A, B, F, Ø, Å], antal: 2}", with: "[A, Å], antal: 2}")
        #expect(decisionsProblems(yaml) == [
            "referat.yaml:19:7: error: punkter[2].afstemning: 2 votes for and 2 against do not carry \"godkendt\": a proposal is carried by more votes for than against",
        ])
        let noted = validDecisions.replacingOccurrences(of: "resultat: taget til efterretning", with: """
        resultat: taget til efterretning
            afstemning: {for: {antal: 9}, imod: {antal: 2}}
        """)
        #expect(decisionsProblems(noted) == [
            "referat.yaml:16:17: error: punkter[1].afstemning: an item taken note of (taget til efterretning) is not voted on; remove afstemning",
        ])
    }

    @Test func aVoteNamesTheVotesForAndAgainst() {
        let yaml = validDecisions.replacingOccurrences(of: "      imod: {partier: [C, V], antal: 2}\n", with: "")
        #expect(decisionsProblems(yaml) == [
            "referat.yaml:19:7: error: punkter[2].afstemning.imod: missing required key \"imod\"",
        ])
    }
}

@Suite("Decisions checked against their meeting")
struct DecisionsAgainstMeetingTests {
    @Test func decisionsForEveryItemOfTheMeetingHaveNoProblems() throws {
        #expect(try decodeDecisions(validDecisions).problems(against: meeting()).isEmpty)
    }

    @Test func aDecisionForAnItemTheMeetingDoesNotHaveIsAnError() throws {
        let protokol = try decodeDecisions(validDecisions.replacingOccurrences(of: "nummer: TMU 233/19", with: "nummer: TMU 233/91"))
        #expect(protokol.problems(against: try meeting()).map(\.description) == [
            "referat.yaml:16:13: error: punkter[2].nummer: \"TMU 233/91\" is not an item of the meeting (did you mean \"TMU 233/19\"?)",
            "referat.yaml:9:1: error: punkter: no decision for TMU 233/19; every item of the meeting needs one",
        ])
        let far = try decodeDecisions(validDecisions.replacingOccurrences(of: "nummer: TMU 233/19", with: "nummer: BR 412/19"))
        #expect(far.problems(against: try meeting()).map(\.description).first ==
            "referat.yaml:16:13: error: punkter[2].nummer: \"BR 412/19\" is not an item of the meeting (expected one of: TMU 231/19, TMU 232/19, TMU 234/19, TMU 233/19)")
    }

    @Test func everyItemHasExactlyOneDecision() throws {
        let twice = try decodeDecisions(validDecisions.replacingOccurrences(of: "nummer: TMU 232/19", with: "nummer: TMU 231/19")
            .replacingOccurrences(of: "nummer: TMU 234/19", with: "nummer: TMU 231/19"))
        #expect(twice.problems(against: try meeting()).map(\.description) == [
            "referat.yaml:14:13: error: punkter[1].nummer: \"TMU 231/19\" already has a decision (punkter[0]); every item has exactly one",
            "referat.yaml:21:13: error: punkter[3].nummer: \"TMU 231/19\" already has a decision (punkter[0]); every item has exactly one",
            "referat.yaml:9:1: error: punkter: no decision for TMU 232/19 and TMU 234/19; every item of the meeting needs one",
        ])
    }

    @Test func theAgendaOrderPutsClosedItemsLast() throws {
        // Item 1 approves the agenda; open items follow in the file's order, closed ones last.
        #expect(try meeting().agendaOrder.map(\.nummer) == ["TMU 231/19", "TMU 232/19", "TMU 233/19", "TMU 234/19"])
    }

    @Test func decisionsAreFoundByTheirItemsNumber() throws {
        let protokol = try decodeDecisions(validDecisions)
        #expect(protokol.beslutning(for: "TMU 233/19")?.resultat == .godkendt)
        #expect(protokol.beslutning(for: "TMU 299/19") == nil)
    }
}
