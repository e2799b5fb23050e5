import CommitteeDocsDiagnostics
import Foundation
import CommitteeDocsLoading
import CommitteeDocsModel
import Testing
@testable import CommitteeDocsPacket

/// Packet messages in both languages: the paths and key paths read the same.
@Suite struct DanishPacketMessageTests {
    func problems(_ folder: MeetingFolder, _ name: String, in language: Language) throws -> [String] {
        let file = folder.path + "/" + name
        let møde = try MeetingDecoder.decode(DataLoader.load([UInt8](FileManager.default.contents(atPath: file)!), file: file, format: .yaml))
        return MeetingFiles.problems(møde, meetingFile: file).map {
            $0.description(in: language).replacingOccurrences(of: folder.path, with: "…")
        }
    }

    @Test func aMissingSourceAndAttachmentInBothLanguages() throws {
        let folder = try MeetingFolder()
        folder.write("møde.yaml", meeting())
        #expect(try problems(folder, "møde.yaml", in: .en) == [
            "…/møde.yaml:11:12: error: punkter[0].kilde: the source \"notat.yaml\" does not exist (looked for …/notat.yaml)",
            "…/møde.yaml:13:28: error: punkter[0].bilag[0].fil: the attachment \"bilag/kort.pdf\" does not exist (looked for …/bilag/kort.pdf)",
        ])
        #expect(try problems(folder, "møde.yaml", in: .da) == [
            "…/møde.yaml:11:12: fejl: punkter[0].kilde: kildefilen \"notat.yaml\" findes ikke (søgte efter …/notat.yaml)",
            "…/møde.yaml:13:28: fejl: punkter[0].bilag[0].fil: bilaget \"bilag/kort.pdf\" findes ikke (søgte efter …/bilag/kort.pdf)",
        ])
    }

    @Test func packetFolderMessagesInDanish() {
        #expect(PacketText.editionsDisagree(["named": Udgave.offentlig.described, "claimed": Udgave.intern.described]).description(in: .da)
            == "mappens navn angiver den offentlige udgave, dens manifest.json den interne; en mappe med modstridende oplysninger afvises")
        #expect(PacketText.editionsDisagree(["named": Udgave.offentlig.described, "claimed": Udgave.intern.described]).description(in: .en)
            == "the folder's name says the public edition, its manifest.json the internal one; refusing a folder whose claims disagree")
        #expect(PacketBuilder.titles([]).description(in: .da) == "ingen bilag")
    }
}
