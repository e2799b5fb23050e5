import CommitteeDocsArchive
import CommitteeDocsArchiving
import CommitteeDocsDiagnostics
import Foundation
import CommitteeDocsModel
import CommitteeDocsRendering
import CommitteeDocsRules
import CommitteeDocsTemplating
import TestSupport
import Testing
import CommitteeDocsXHTMLValidation
import CommitteeDocsPacket

/// A packet builder with the project's templates and rules.
private func builder() throws -> PacketBuilder {
    let rulesFile = packageRoot + "/Rules/finansieringsregler.yaml"
    let rules = try RuleTableDecoder.load(bytes: [UInt8](FileManager.default.contents(atPath: rulesFile)!), file: rulesFile)
    return PacketBuilder(renderer: Renderer(templates: try TemplateLibrary(directory: packageRoot + "/Templates"),
                                            validator: try XHTMLValidator.shared(), rules: rules))
}

/// The BR sample meeting's two editions, built in memory.
private func brPackets() async throws -> [Packet] {
    try await builder().build(meetingFile: packageRoot + "/samples/møder/br-2019-10-10.yaml", editions: [.intern, .offentlig])
}

private func bytes(_ packet: Packet) -> [String: [UInt8]] {
    Dictionary(uniqueKeysWithValues: packet.files.map { ($0.path, $0.bytes) })
}

@Suite("What the archive keeps of a packet")
struct PacketDepositTests {
    @Test func aPacketIsABagPerItemAndOneForThePacket() async throws {
        let intern = try await brPackets()[0]
        let deposits = Archiving.deposits(intern)
        #expect(deposits.map(\.series.path) == intern.items.map { "bags/møder/BR-2019-10-10/" + $0.slug } + ["bags/møder/BR-2019-10-10/pakke"])
        #expect(deposits.allSatisfy { $0.udgave == .intern && $0.baggingDate.iso == "2019-10-10" })

        // Item 2 presents the Solhaven plan's document: its pages, its attachments, its plan file.
        let item = try #require(deposits.first { $0.series.path.hasSuffix("/02-br-412-19") })
        #expect(item.series == .meetingItem(intern.meeting, item: "02-br-412-19", sagsnr: try Sagsnummer(parsing: "2019-0412587"),
                                            dokumentnr: try Dokumentnummer(parsing: "2019-0874120")))
        #expect(item.payload.map(\.path).sorted() == [
            "bilag/02-br-412-19-1-solhaven-helhedsplan.md", "bilag/02-br-412-19-2-solhaven-budget.md",
            "bilag/02-br-412-19-3-solhaven-brev.txt",
            "kilde/plan-helhedsplan-solhaven-foreloebig.yaml",
            "punkter/02-br-412-19.html", "punkter/02-br-412-19.md", "punkter/02-br-412-19.txt",
        ])
        #expect(item.info.map(\.0) == ["Udvalg", "Mødedato", "Punkt", "Punktnummer", "External-Description", "Access"])
        #expect(item.info.map(\.1) == ["Borgerrepræsentationen", "2019-10-10", "2", "BR 412/19", "Foreløbig helhedsplan for Solhaven", "åben"])

        // The packet's bag holds every published file and the meeting file.
        let whole = deposits.last!
        #expect(Set(whole.payload.map(\.path)) == Set(intern.files.map(\.path) + ["kilde/br-2019-10-10.yaml"]))
        #expect(whole.series == .meetingPacket(intern.meeting))
    }

    @Test func theClosedItemsPublicBagHoldsOnlyItsStandIn() async throws {
        let packets = try await brPackets()
        let closed = try #require(packets[0].items.first { $0.adgang == .lukket })
        let intern = try #require(Archiving.deposits(packets[0]).first { $0.series.path.hasSuffix("/" + closed.slug) })
        let offentlig = try #require(Archiving.deposits(packets[1]).first { $0.series.path.hasSuffix("/" + closed.slug) })
        #expect(intern.info.contains { $0 == ("Access", "lukket") })
        // What a public bag holds is public, the stand-in included.
        #expect(offentlig.info.contains { $0 == ("Access", "åben") })
        #expect(Archiving.deposits(packets[0]).last!.info.contains { $0 == ("Access", "lukket") })
        #expect(Archiving.deposits(packets[1]).last!.info.contains { $0 == ("Access", "åben") })
        #expect(offentlig.payload.allSatisfy { !$0.path.hasPrefix("bilag/") })
        let publicText = String(decoding: try #require(offentlig.payload.first { $0.path.hasSuffix(".txt") }).bytes, as: UTF8.self)
        let internalText = String(decoding: try #require(intern.payload.first { $0.path.hasSuffix(".txt") && !$0.path.hasPrefix("bilag/") }).bytes, as: UTF8.self)
        #expect(publicText != internalText)
    }

    @Test func aPublishedFolderReadsBackAsTheSamePacket() async throws {
        let folder = NSTemporaryDirectory() + "committee-docs-packet-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for packet in try await brPackets() {
            let published = try PacketPublisher.publish(packet, into: folder)
            let read = try PacketFolder.read(published, builder: builder())
            #expect(read.folder == packet.folder)
            #expect(read.items == packet.items.map { item in var item = item; item.source = nil; return item })
            #expect(bytes(read) == bytes(packet))
            // Only the sources differ: a folder has none.
            let fromFolder = Archiving.deposits(read).map { $0.payload.map(\.path).sorted() }
            let fromData = Archiving.deposits(packet).map { $0.payload.map(\.path).filter { !$0.hasPrefix("kilde/") }.sorted() }
            #expect(fromFolder == fromData)
        }
    }
}
