import Foundation
import TestSupport
import Testing

/// README (packet, Publishing): "An earlier packet of the same name is moved aside first and then
/// removed." Run twice into the same --out, the second run's editions replace the first's
/// completely: the folders hold exactly what a fresh run writes, nothing of the first is left, and
/// no hidden temporary or moved-aside folder stays behind.
@Suite("packet: publishing over an earlier packet")
struct PacketReplacementTests {
    /// The meeting again, with the plan item's first attachment in another file and the closed item retitled.
    static let revisedMeeting = baseMeeting
        .replacingOccurrences(of: "fil: bilag/a.txt}", with: "fil: bilag/c.txt}")
        .replacingOccurrences(of: "titel: Salg af ejendom", with: "titel: Salg af ejendommen Valby Langgade 180")

    @Test func theSecondPacketReplacesTheFirstCompletely() throws {
        #expect(Self.revisedMeeting != baseMeeting && !Self.revisedMeeting.contains("bilag/a.txt"))
        let folder = try meetingFolder(baseMeeting)
        defer { try? FileManager.default.removeItem(atPath: folder) }

        let first = try packet(in: folder)
        #expect(first.status == 0, "\(first.stderr)")
        let firstFiles = filesBelow(folder + "/ud")
        #expect(firstFiles.contains("BR-2019-10-10-intern/bilag/02-br-412-19-1-a.txt"))
        // Something a person left in the published folder goes with the edition it was put in.
        try "noter".write(toFile: folder + "/ud/BR-2019-10-10-intern/noter.txt", atomically: true, encoding: .utf8)

        try Self.revisedMeeting.write(toFile: folder + "/møde.yaml", atomically: true, encoding: .utf8)
        let second = try packet(in: folder)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout == "ud/BR-2019-10-10-intern\nud/BR-2019-10-10-offentlig\n")

        let fresh = try packet(in: folder, out: "frisk")
        #expect(fresh.status == 0, "\(fresh.stderr)")
        let replaced = filesBelow(folder + "/ud")
        #expect(replaced == filesBelow(folder + "/frisk"))
        #expect(!replaced.contains("BR-2019-10-10-intern/noter.txt"))
        #expect(!replaced.contains { $0.contains("bilag/02-br-412-19-1-a.txt") })
        for file in replaced where !FileManager.default.isDirectory(folder + "/ud/" + file) {
            #expect(FileManager.default.contents(atPath: folder + "/ud/" + file) == FileManager.default.contents(atPath: folder + "/frisk/" + file),
                    "\(file) differs from a fresh packet's")
        }
        let agenda = try String(contentsOfFile: folder + "/ud/BR-2019-10-10-offentlig/dagsorden.txt", encoding: .utf8)
        #expect(agenda.contains("Salg af ejendommen Valby Langgade 180"))

        // Hidden entries included: only the two editions are there.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/ud").sorted()
                == ["BR-2019-10-10-intern", "BR-2019-10-10-offentlig"])
    }

    @Test func publishingOneEditionLeavesTheOtherAsItWas() throws {
        let folder = try meetingFolder(baseMeeting)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(try packet(in: folder).status == 0)
        let internalBefore = try String(contentsOfFile: folder + "/ud/BR-2019-10-10-intern/dagsorden.txt", encoding: .utf8)

        try Self.revisedMeeting.write(toFile: folder + "/møde.yaml", atomically: true, encoding: .utf8)
        let run = try committeeDocs(["packet", "møde.yaml", "--out", "ud", "--edition", "public"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "ud/BR-2019-10-10-offentlig\n")
        #expect(try String(contentsOfFile: folder + "/ud/BR-2019-10-10-intern/dagsorden.txt", encoding: .utf8) == internalBefore)
        #expect(try String(contentsOfFile: folder + "/ud/BR-2019-10-10-offentlig/dagsorden.txt", encoding: .utf8)
                    .contains("Salg af ejendommen Valby Langgade 180"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/ud").sorted()
                == ["BR-2019-10-10-intern", "BR-2019-10-10-offentlig"])
    }
}
