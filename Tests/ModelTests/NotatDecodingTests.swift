import CommitteeDocsDiagnostics
import CommitteeDocsLoading
import Testing
@testable import CommitteeDocsModel

/// Decodes YAML text the way the CLI does.
func decode(_ yaml: String, file: String = "memo.yaml") throws(DiagnosticList) -> Submission {
    try SubmissionDecoder.decode(DataLoader.load(Array(yaml.utf8), file: file, format: .yaml))
}

/// The messages of every problem in a file, in file order.
func problems(_ yaml: String) -> [String] {
    do {
        _ = try decode(yaml)
        return []
    } catch {
        return error.sorted.map(\.description)
    }
}

let validMemo = """
dokument: notat
til: Teknik- og Miljøudvalget
titel: Nye procesmuligheder
dato: 2009-04-06
sagsnr: 2009-45219
dokumentnr: 2009-199623
sagsbehandler: Mette Holm
kle: 03.10.00G01
afsnit:
  - overskrift: Baggrund
    tekst: Udvalget bad om et notat.
  - overskrift: Muligheder
    afsnit:
      - betegnelse: A
        overskrift: Fælles politik
        tekst: En politik for alle indsatser.
"""

@Test func aCompleteMemoBecomesANotat() throws {
    guard case .notat(let notat) = try decode(validMemo) else { Issue.record("not a notat"); return }
    #expect(notat.til == "Teknik- og Miljøudvalget")
    #expect(notat.dato.long == "6. april 2009")
    #expect(notat.sagsnr.description == "2009-45219")
    #expect(notat.dokumentnr.description == "2009-199623")
    #expect(notat.kle?.description == "03.10.00G01")
    #expect(notat.adgang == .åben)
    #expect(notat.afsnit.count == 2)
    #expect(notat.afsnit[1].afsnit == [Afsnit(betegnelse: "A", overskrift: "Fælles politik",
                                              tekst: "En politik for alle indsatser.")])
}

@Test func everyProblemOfAFileIsReportedAtOnce() {
    let yaml = """
    dokument: notat
    til: Teknik- og Miljøudvalget
    titel: "  "
    dato: 2009-02-29
    sagsnr: 2009-4521x
    dokumentnr: 1850-199623
    sagsbehandlr: Mette Holm
    afsnit:
      - overskrift: Baggrund
        tekst: Udvalget bad om et notat.
    """
    #expect(problems(yaml) == [
        "memo.yaml:1:1: error: sagsbehandler: missing required key \"sagsbehandler\"",
        "memo.yaml:3:8: error: titel: must not be empty",
        "memo.yaml:4:7: error: dato: \"2009-02-29\" is not a date: February 2009 has 28 days",
        "memo.yaml:5:9: error: sagsnr: \"2009-4521x\" is not a case number (expected YYYY-NNNNN: a year, a dash and 4–7 digits, e.g. 2009-45219)",
        "memo.yaml:6:13: error: dokumentnr: \"1850-199623\" is not a document number: the year 1850 is outside 1970–2099",
        "memo.yaml:7:1: error: sagsbehandlr: unknown key \"sagsbehandlr\" (did you mean \"sagsbehandler\"?)",
    ])
}

@Test func aListWhereTextBelongsIsATypeError() {
    let yaml = validMemo.replacingOccurrences(of: "titel: Nye procesmuligheder", with: "titel:\n  - Nye\n  - procesmuligheder")
    #expect(problems(yaml) == ["memo.yaml:4:3: error: titel: expected text, found a list"])
}

@Test func theDocumentKindMustBeKnown() {
    #expect(problems("dokument: notits\ntitel: x\n")
        == ["memo.yaml:1:11: error: dokument: \"notits\" is not allowed (did you mean \"notat\"? expected one of: notat)"])
    #expect(problems("titel: x\n")
        == ["memo.yaml:1:1: error: dokument: missing required key \"dokument\" or \"plan\" (expected dokument: notat, or plan: helhedsplan or områdefornyelse)"])
}

@Test func aFileThatIsNotAMappingIsRefused() {
    #expect(problems("- a\n- b\n")
        == ["memo.yaml:1:1: error: expected a mapping of keys such as dokument, titel, sagsnr; found a list"])
}

@Test func sectionsNestTwoLevelsDeep() {
    let yaml = validMemo + """

            afsnit:
              - overskrift: For dybt
                tekst: Tredje niveau.
    """
    #expect(problems(yaml) == [
        "memo.yaml:18:11: error: afsnit[1].afsnit[0].afsnit: sections nest at most 2 levels deep (sections and their sub-sections)",
    ])
}

@Test func aSectionNeedsTextOrSubSections() {
    let yaml = validMemo.replacingOccurrences(of: "    tekst: Udvalget bad om et notat.\n", with: "")
    #expect(problems(yaml) == ["memo.yaml:10:5: error: afsnit[0]: a section needs \"tekst\" or sub-sections in \"afsnit\""])
}

@Test func accessIsÅbenOrLukket() {
    let yaml = validMemo + "\nadgang: hemmelig"
    #expect(problems(yaml) == ["memo.yaml:17:9: error: adgang: \"hemmelig\" is not allowed (expected one of: åben, lukket)"])
}

@Test func identifiersFollowTheMunicipalFormats() throws {
    #expect(try Sagsnummer(parsing: "2009-45219").description == "2009-45219")
    #expect(try Sagsnummer(parsing: "2019-0412587").serial == "0412587")
    #expect(throws: IdentifierError.self) { try Sagsnummer(parsing: "2009-123") }
    #expect(throws: IdentifierError.self) { try Sagsnummer(parsing: "2009-12345678") }
    #expect(throws: IdentifierError.self) { try Sagsnummer(parsing: "09-45219") }
    #expect(throws: IdentifierError.self) { try Sagsnummer(parsing: "2009–45219") }  // en dash
    #expect(try KLENummer(parsing: "00.22.04P35").description == "00.22.04P35")
    #expect(try KLENummer(parsing: "08.03.00").description == "08.03.00")
    #expect(throws: IdentifierError.self) { try KLENummer(parsing: "8.03.00") }
    #expect(throws: IdentifierError.self) { try KLENummer(parsing: "08.03.00p35") }
}
