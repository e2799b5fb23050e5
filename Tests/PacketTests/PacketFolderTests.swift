import CommitteeDocsDiagnostics
import Foundation
import CommitteeDocsModel
import CommitteeDocsRendering
import CommitteeDocsRules
import CommitteeDocsTemplating
import TestSupport
import Testing
import CommitteeDocsXHTMLValidation
@testable import CommitteeDocsPacket

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

@Suite("A packet folder read back")
struct PacketFolderTests {
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
