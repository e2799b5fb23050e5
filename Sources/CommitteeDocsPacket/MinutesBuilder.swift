import CommitteeDocsDiagnostics
import Foundation
import CommitteeDocsModel
import CommitteeDocsRendering
import CommitteeDocsView

/// Builds a meeting's minutes (beslutningsprotokol) from its decisions file: `referat.html`, `.md`
/// and `.txt` with a manifest, for each edition. The internal edition holds every decision; the
/// public one shows a closed item's title and "Lukket punkt" without its decision, vote or remarks.
/// The folder is `<udvalg>-<dato>-referat-<udgave>`, beside the meeting's agenda packets.
public struct MinutesBuilder: Sendable {
    public let renderer: Renderer

    public init(renderer: Renderer) {
        self.renderer = renderer
    }

    public func build(decisionsFile: String, editions: [Udgave]) throws(DiagnosticList) -> [Packet] {
        let (protokol, møde) = try DecisionsFile.load(decisionsFile, read: renderer.options.readInputFile)
        var problems = DiagnosticCollector()
        var packets: [Packet] = []
        for udgave in editions {
            do throws(DiagnosticList) {
                let minutes = try renderer.render(template: "referat", view: MinutesView.make(protokol, møde: møde, public: udgave == .offentlig),
                                                  basePath: "referat",
                                                  properties: PacketBuilder.properties(møde.udvalg, møde.dato,
                                                                                       subject: "Beslutningsprotokol for mødet \(møde.dato.withWeekday)"))
                // The internal minutes hold the closed items' decisions: closed when there are any.
                let adgang = udgave == .offentlig ? Adgang.åben : Adgang.strictest(møde.punkter.map(\.adgang))
                let files = minutes.files.map { file in
                    Packet.File(path: "referat." + file.format.fileExtension, content: file.content, punkt: nil, adgang: adgang)
                }
                var packet = Packet(kind: .referat, meeting: møde.id, udgave: udgave, files: files, items: [],
                                    meetingFile: decisionsFile, meetingFileAdgang: Adgang.strictest(møde.punkter.map(\.adgang)))
                packet.files.append(PacketManifest(packet).file)
                packets.append(packet)
            } catch {
                problems.append(contentsOf: error)
            }
        }
        try problems.check()
        return packets
    }
}
