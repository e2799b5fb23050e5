import Archive
import Diagnostics
import Foundation
import Model
import Rendering
import Rules
import Templating
import TestSupport
import Testing
import XHTMLValidation
@testable import Packet

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

@Suite("A packet in the archive")
struct PacketArchiveTests {
    @Test func aPacketIsABagPerItemAndOneForThePacket() async throws {
        let intern = try await brPackets()[0]
        let submissions = intern.archiveSubmissions()
        #expect(submissions.map(\.series) == intern.items.map { "bags/møder/BR-2019-10-10/" + $0.slug } + ["bags/møder/BR-2019-10-10/pakke"])
        #expect(submissions.allSatisfy { $0.edition == "intern" && $0.baggingDate == "2019-10-10" })

        // Item 2 presents the Solhaven plan's document: its pages, its attachments, its plan file.
        let item = try #require(submissions.first { $0.series.hasSuffix("/02-br-412-19") })
        #expect(item.sagsnr == "2019-0412587")
        #expect(item.dokumentnr == "2019-0874120")
        #expect(item.payload.map(\.path).sorted() == [
            "bilag/02-br-412-19-1-solhaven-helhedsplan.md", "bilag/02-br-412-19-2-solhaven-budget.md",
            "bilag/02-br-412-19-3-solhaven-brev.txt",
            "kilde/plan-helhedsplan-solhaven-foreloebig.yaml",
            "punkter/02-br-412-19.html", "punkter/02-br-412-19.md", "punkter/02-br-412-19.txt",
        ])
        #expect(item.info.map(\.0) == ["Udvalg", "Mødedato", "Punkt", "Punktnummer", "External-Description", "Access"])
        #expect(item.info.map(\.1) == ["Borgerrepræsentationen", "2019-10-10", "2", "BR 412/19", "Foreløbig helhedsplan for Solhaven", "åben"])

        // The packet's bag holds every published file and the meeting file.
        let whole = submissions.last!
        #expect(Set(whole.payload.map(\.path)) == Set(intern.files.map(\.path) + ["kilde/br-2019-10-10.yaml"]))
        #expect(whole.sagsnr == "" && whole.dokumentnr == "")
    }

    @Test func theClosedItemsPublicBagHoldsOnlyItsStandIn() async throws {
        let packets = try await brPackets()
        let closed = try #require(packets[0].items.first { $0.adgang == .lukket })
        let intern = try #require(packets[0].archiveSubmissions().first { $0.series.hasSuffix("/" + closed.slug) })
        let offentlig = try #require(packets[1].archiveSubmissions().first { $0.series.hasSuffix("/" + closed.slug) })
        #expect(intern.info.contains { $0 == ("Access", "lukket") })
        // What a public bag holds is public, the stand-in included.
        #expect(offentlig.info.contains { $0 == ("Access", "åben") })
        #expect(packets[0].archiveSubmissions().last!.info.contains { $0 == ("Access", "lukket") })
        #expect(packets[1].archiveSubmissions().last!.info.contains { $0 == ("Access", "åben") })
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
            let fromFolder = read.archiveSubmissions().map { $0.payload.map(\.path).sorted() }
            let fromData = packet.archiveSubmissions().map { $0.payload.map(\.path).filter { !$0.hasPrefix("kilde/") }.sorted() }
            #expect(fromFolder == fromData)
        }
    }

    @Test func aFolderChangedAfterPublishingIsRefusedWithEveryProblem() async throws {
        let folder = NSTemporaryDirectory() + "committee-docs-packet-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let published = try PacketPublisher.publish(try await brPackets()[1], into: folder)
        try "ændret\n".write(toFile: published + "/dagsorden.txt", atomically: false, encoding: .utf8)
        try FileManager.default.removeItem(atPath: published + "/pakke.md")
        try "løs\n".write(toFile: published + "/noter.txt", atomically: false, encoding: .utf8)
        let builder = try builder()
        do {
            _ = try PacketFolder.read(published, builder: builder)
            Issue.record("expected the folder to be refused")
        } catch {
            let messages = error.diagnostics.map(\.description)
            #expect(messages.count == 3)
            #expect(messages.contains { $0.contains("/dagsorden.txt differs from the manifest") && $0.contains("manifest.json:") })
            #expect(messages.contains { $0.contains("/pakke.md is listed but missing") })
            #expect(messages.contains { $0.hasSuffix("/noter.txt: error: is in the packet folder but not in its manifest.json") })
        }
    }

    @Test func aFolderWithoutManifestIsNotAPacket() throws {
        let builder = try builder()
        do {
            _ = try PacketFolder.read(packageRoot + "/samples", builder: builder)
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("samples: error: not a packet folder: it has no manifest.json"))
        }
    }
}
