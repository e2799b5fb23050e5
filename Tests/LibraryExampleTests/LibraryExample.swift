// committee-docs as a library, as a client package uses it: only the library products' modules,
// nothing @testable. README "Use as a library" shows the same code.
import CommitteeDocsArchive
import CommitteeDocsArchiving
import CommitteeDocsPacket
import CommitteeDocsRendering
import CommitteeDocsResources
import Foundation
import Testing

@Suite("Using committee-docs as a library")
struct LibraryExample {
    private let memo = """
    dokument: notat
    til: Teknik- og Miljøudvalget
    titel: Status for områdefornyelsen
    dato: 2024-03-14
    sagsnr: 2024-18822
    dokumentnr: 2024-410066
    sagsbehandler: Mette Hansen
    afsnit:
      - overskrift: Baggrund
        tekst: Områdefornyelsen i Sydhavnen er i sit tredje år.
    """

    @Test func renderAMemoFromData() throws {
        let renderer = try Renderer.builtIn()
        let documents = try renderer.render(bytes: Array(memo.utf8), file: "status.yaml")
        let document = try #require(documents.first)
        // Who it is, typed, and where it goes.
        #expect(document.identity?.kind == .notat)
        #expect(document.identity?.path == "2024-18822/2024-410066-notat")
        // Three formats, the XHTML validated against XHTML 1.0 Strict.
        #expect(document.text(.html).contains("<h1>Status for områdefornyelsen</h1>"))
        #expect(document.text(.md).contains("Områdefornyelsen i Sydhavnen er i sit tredje år."))
        #expect(document.text(.txt).contains("Sagsnr."))
    }

    @Test func buildPublishAndArchiveAMeetingPacket() async throws {
        let folder = NSTemporaryDirectory() + "committee-docs-library-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let meetingFile = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path + "/samples/møder/br-2019-10-10.yaml"

        let packets = try await PacketBuilder(renderer: try Renderer.builtIn()).build(meetingFile: meetingFile,
                                                                                       editions: [.intern, .offentlig])
        for packet in packets {
            let published = try PacketPublisher.publish(packet, into: folder + "/udsendelse")
            #expect(published.hasSuffix("/BR-2019-10-10-" + packet.udgave.rawValue))
        }

        let archive = Archive(root: folder + "/arkiv")
        let deposits = packets.flatMap { Archiving.deposits($0) }
        for result in try archive.add(deposits, generator: "library example") {
            guard case .added = try result.get() else { Issue.record("expected a new bag"); continue }
        }
        #expect(archive.verify().isEmpty)
        #expect(archive.bags().count == deposits.count)
    }
}
