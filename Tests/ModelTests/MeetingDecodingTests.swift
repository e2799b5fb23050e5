import CommitteeDocsDiagnostics
import CommitteeDocsFormatting
import CommitteeDocsLoading
import Testing
@testable import CommitteeDocsModel

/// Decodes a meeting file's text, or lists its problems in file order.
func meetingProblems(_ yaml: String) -> [String] {
    do {
        _ = try MeetingDecoder.decode(DataLoader.load(Array(yaml.utf8), file: "møde.yaml", format: .yaml))
        return []
    } catch {
        return error.sorted.map(\.description)
    }
}

let validMeeting = """
møde:
  udvalg: BR
  type: ordinært
  dato: 2008-04-03
  tid: "17:30"
  sted: Rådhuset, Borgerrepræsentationens mødesal
punkter:
  - titel: Foreløbig helhedsplan for Solhaven
    nummer: BR 294/08
    sagsnr: 2008-12345
    kilde: planer/solhaven.yaml
    dokumentnr: 2008-345678
    bilag:
      - {titel: Helhedsplanen, fil: bilag/solhaven.pdf}
  - titel: Salg af ejendom
    nummer: BR 295/08
    sagsnr: 2008-22222
    adgang: lukket
    tekst: Forvaltningen indstiller, at ejendommen sælges.
    bilag:
      - {titel: Vurdering, fil: bilag/vurdering.pdf}

"""

@Suite("Meeting files")
struct MeetingDecodingTests {
    @Test func aValidMeetingReadsWithItsItemsInOrder() throws {
        let møde = try MeetingDecoder.decode(DataLoader.load(Array(validMeeting.utf8), file: "møde.yaml", format: .yaml))
        #expect(møde.udvalg == .BR)
        #expect(møde.dato.withWeekday == "torsdag den 3. april 2008")
        #expect(møde.tid.formatted == "17.30")
        #expect(møde.punkter.map(\.nummer) == ["BR 294/08", "BR 295/08"])
        #expect(møde.punkter[0].indhold == .fil(Located("planer/solhaven.yaml", at: SourcePosition(file: "møde.yaml", line: 11, column: 12),
                                                        keyPath: "punkter[0].kilde"),
                                                dokumentnr: try Dokumentnummer(parsing: "2008-345678")))
        // A closed item's attachments are closed unless stated.
        #expect(møde.punkter[1].bilag.map(\.adgang) == [.lukket])
        #expect(møde.punkter[0].bilag.map(\.adgang) == [.åben])
    }

    @Test func twoItemsCannotShareANumber() {
        #expect(meetingProblems(validMeeting.replacingOccurrences(of: "BR 295/08", with: "BR 294/08")) == [
            "møde.yaml:15:5: error: punkter[1].nummer: \"BR 294/08\" is already the number of punkter[0]; every item has its own number",
        ])
    }

    @Test func anItemNumberHasTheBodySerialAndYear() {
        #expect(meetingProblems(validMeeting.replacingOccurrences(of: "BR 295/08", with: "295/2008")) == [
            "møde.yaml:16:13: error: punkter[1].nummer: \"295/2008\" is not an item number (expected the body, its serial and the year, e.g. BR 294/08)",
        ])
    }

    @Test func anAttachmentOutsideTheMeetingsFolderIsRefused() {
        #expect(meetingProblems(validMeeting.replacingOccurrences(of: "bilag/solhaven.pdf", with: "../../etc/passwd")) == [
            "møde.yaml:14:37: error: punkter[0].bilag[0].fil: \"../../etc/passwd\" is outside the meeting's folder; attachments must be files in it or below it",
        ])
        #expect(meetingProblems(validMeeting.replacingOccurrences(of: "bilag/solhaven.pdf", with: "/etc/passwd")) == [
            "møde.yaml:14:37: error: punkter[0].bilag[0].fil: \"/etc/passwd\" is outside the meeting's folder; attachments must be files in it or below it",
        ])
        // A source is read, not copied: it may be kept with its case, outside the meeting's folder.
        #expect(meetingProblems(validMeeting.replacingOccurrences(of: "planer/solhaven.yaml", with: "../planer/solhaven.yaml")) == [])
        // Climbing down and up again inside the folder is fine.
        #expect(meetingProblems(validMeeting.replacingOccurrences(of: "bilag/solhaven.pdf", with: "bilag/../bilag/solhaven.pdf")) == [])
    }

    @Test func aClosedItemsAttachmentCannotBePublic() {
        let yaml = validMeeting.replacingOccurrences(of: "{titel: Vurdering, fil: bilag/vurdering.pdf}",
                                                     with: "{titel: Vurdering, fil: bilag/vurdering.pdf, adgang: åben}")
        #expect(meetingProblems(yaml) == [
            "møde.yaml:21:62: error: punkter[1].bilag[0].adgang: an attachment of a closed item (adgang: lukket) cannot be public; remove \"adgang: åben\" or open the item",
        ])
    }

    @Test func aMeetingWithoutItemsIsRefused() {
        let yaml = String(validMeeting[..<validMeeting.range(of: "punkter:")!.lowerBound]) + "punkter: []\n"
        #expect(meetingProblems(yaml) == ["møde.yaml:7:10: error: punkter: must not be an empty list"])
    }

    @Test func anItemHasEitherASourceOrText() {
        let yaml = validMeeting.replacingOccurrences(of: "    tekst: Forvaltningen indstiller, at ejendommen sælges.\n", with: "")
        #expect(meetingProblems(yaml) == [
            "møde.yaml:15:5: error: punkter[1]: an item needs \"kilde\" (a plan or memo file) or \"tekst\"",
        ])
    }

    @Test func everyProblemOfTheFileIsReportedAtOnce() {
        let yaml = validMeeting.replacingOccurrences(of: "udvalg: BR", with: "udvalg: BRR")
            .replacingOccurrences(of: "2008-22222", with: "2008-2x")
            .replacingOccurrences(of: "\"17:30\"", with: "\"25:00\"")
        #expect(meetingProblems(yaml).count == 3)
    }
}
