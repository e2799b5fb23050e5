import CommitteeDocsFormatting
import CommitteeDocsModel
import Testing

@Suite("Typed identity and the names derived from it")
struct IdentityTests {
    private let memo = DocumentIdentity(sagsnr: try! Sagsnummer(parsing: "2009-45219"), dokumentnr: try! Dokumentnummer(parsing: "2009-199623"),
                                        kind: .notat, adgang: .åben, dato: DanishDate(parsing: "2009-04-06")!,
                                        til: "Teknik- og Miljøudvalget")

    @Test func aDocumentsPathIsItsCaseThenItsNumberAndKind() {
        #expect(memo.name == "2009-199623-notat")
        #expect(memo.path == "2009-45219/2009-199623-notat")
        var application = memo
        application.kind = .ansøgning
        #expect(application.path == "2009-45219/2009-199623-ansøgning")
    }

    @Test func aMeetingNamesItsPacketAndMinutesFolders() {
        let meeting = MeetingID(udvalg: .BR, dato: DanishDate(parsing: "2019-10-10")!, tillæg: false)
        #expect(meeting.description == "BR-2019-10-10")
        #expect(meeting.packetFolder(.offentlig) == "BR-2019-10-10-offentlig")
        #expect(meeting.minutesFolder(.intern) == "BR-2019-10-10-referat-intern")
        let supplement = MeetingID(udvalg: .TMU, dato: DanishDate(parsing: "2019-09-02")!, tillæg: true)
        #expect(supplement.packetFolder(.intern) == "TMU-2019-09-02-tillæg-intern")
    }

    @Test func anOpenDocumentIsPublicAndAClosedOneInternal() {
        #expect(Udgave(.åben) == .offentlig)
        #expect(Udgave(.lukket) == .intern)
    }

    @Test func oneCommitteeTypeKnowsTheRouteAndTheBodiesWithMeetings() {
        #expect(Udvalg.route == [.TMU, .ØU, .BR, .LBF])
        #expect(Udvalg.route.sorted() == Udvalg.route)
        // Landsbyggefonden is on the route but holds no meeting with an agenda; the other
        // committees hold meetings but no plan passes them.
        #expect(!Udvalg.meetingBodies.contains(.LBF))
        #expect(Udvalg.meetingBodies.contains(.KFU) && !Udvalg.KFU.isOnRoute)
        #expect(Udvalg.BR < Udvalg.KFU)
        #expect(Udvalg.SOU.navn == "Socialudvalget" && Udvalg.ØU.genitiv == "Økonomiudvalgets")
    }
}
