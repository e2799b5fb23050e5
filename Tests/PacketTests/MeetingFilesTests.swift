import CommitteeDocsDiagnostics
import Foundation
import CommitteeDocsLoading
import CommitteeDocsModel
import Testing
@testable import CommitteeDocsPacket

/// A meeting folder in a temporary directory, removed when the test ends.
final class MeetingFolder {
    let path = NSTemporaryDirectory() + "committee-docs-meeting-" + UUID().uuidString

    init() throws {
        try FileManager.default.createDirectory(atPath: path + "/bilag", withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func write(_ name: String, _ text: String) {
        FileManager.default.createFile(atPath: path + "/" + name, contents: Data(text.utf8))
    }

    /// The problems `MeetingFiles` finds for the meeting file `name`, with the folder's path shortened to `…`.
    func problems(_ name: String) throws -> [String] {
        let file = path + "/" + name
        let møde = try MeetingDecoder.decode(DataLoader.load([UInt8](FileManager.default.contents(atPath: file)!), file: file,
                                                             format: .yaml))
        return MeetingFiles.problems(møde, meetingFile: file).map { $0.description.replacingOccurrences(of: path, with: "…") }
    }
}

func meeting(tillægTil: String? = nil, source: String = "notat.yaml", attachment: String = "bilag/kort.pdf") -> String {
    """
    møde:
      udvalg: TMU
      type: ordinært
      dato: 2019-09-02
      tid: "16:00"
      sted: Rådhuset, udvalgsværelse B
    \(tillægTil.map { "  tillæg-til: \($0)\n" } ?? "")punkter:
      - titel: Foreløbig helhedsplan for Solhaven
        nummer: TMU 112/19
        sagsnr: 2019-0412587
        kilde: \(source)
        bilag:
          - {titel: Kort, fil: \(attachment)}

    """
}

@Suite("Files a meeting refers to")
struct MeetingFilesTests {
    @Test func aMeetingWhoseFilesArePresentHasNoProblems() throws {
        let folder = try MeetingFolder()
        folder.write("notat.yaml", "dokument: notat\n")
        folder.write("bilag/kort.pdf", "%PDF-1.4\n")
        folder.write("møde.yaml", meeting())
        #expect(try folder.problems("møde.yaml") == [])
    }

    @Test func aMissingSourceAndAMissingAttachmentAreEachNamed() throws {
        let folder = try MeetingFolder()
        folder.write("møde.yaml", meeting())
        #expect(try folder.problems("møde.yaml") == [
            "…/møde.yaml:11:12: error: punkter[0].kilde: the source \"notat.yaml\" does not exist (looked for …/notat.yaml)",
            "…/møde.yaml:13:28: error: punkter[0].bilag[0].fil: the attachment \"bilag/kort.pdf\" does not exist (looked for …/bilag/kort.pdf)",
        ])
    }

    @Test func aSymbolicLinkOutOfTheFolderIsRefused() throws {
        let folder = try MeetingFolder()
        folder.write("notat.yaml", "dokument: notat\n")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/bilag/kort.pdf", withDestinationPath: "/etc/hostname")
        folder.write("møde.yaml", meeting())
        #expect(try folder.problems("møde.yaml") == [
            "…/møde.yaml:13:28: error: punkter[0].bilag[0].fil: the attachment \"bilag/kort.pdf\" leads outside the meeting's folder (to /etc/hostname)",
        ])
    }

    @Test func aCycleOfSupplementaryAgendasIsFound() throws {
        let folder = try MeetingFolder()
        folder.write("notat.yaml", "dokument: notat\n")
        folder.write("bilag/kort.pdf", "%PDF-1.4\n")
        folder.write("a.yaml", meeting(tillægTil: "b.yaml"))
        folder.write("b.yaml", meeting(tillægTil: "c.yaml"))
        folder.write("c.yaml", meeting(tillægTil: "a.yaml"))
        #expect(try folder.problems("a.yaml") == [
            "…/a.yaml:7:15: error: møde.tillæg-til: the supplementary agendas refer to each other in a cycle: a.yaml → b.yaml → c.yaml → a.yaml",
        ])
        // A chain that ends at a main agenda is fine.
        folder.write("c.yaml", meeting())
        #expect(try folder.problems("a.yaml") == [])
    }

    @Test func aMissingMainAgendaIsNamed() throws {
        let folder = try MeetingFolder()
        folder.write("notat.yaml", "dokument: notat\n")
        folder.write("bilag/kort.pdf", "%PDF-1.4\n")
        folder.write("tillæg.yaml", meeting(tillægTil: "hoved.yaml"))
        #expect(try folder.problems("tillæg.yaml") == [
            "…/tillæg.yaml:7:15: error: møde.tillæg-til: the main agenda \"hoved.yaml\" does not exist (looked for …/hoved.yaml)",
        ])
    }
}
