import CommitteeDocsDiagnostics
import CommitteeDocsDocumentTree
import CommitteeDocsFormatting
import CommitteeDocsLoading
import CommitteeDocsModel
import CommitteeDocsRendering
import CommitteeDocsTemplating
import CommitteeDocsView
import Foundation

/// One edition of a packet, from the items rendered once for both: every item's page as the
/// edition shows it, the agenda, the combined document, the attachments it may hold, and the manifest.
extension PacketBuilder {
    func packet(_ møde: Møde, items: [Item], udgave: Udgave, folder: String, meetingFile: String) throws(DiagnosticList) -> Packet {
        var files: [Packet.File] = []

        func add(_ rendered: RenderedDocument, base: String, punkt: Int?, adgang: Adgang) {
            for file in rendered.files {
                files.append(Packet.File(path: base + "." + file.format.fileExtension, content: file.content,
                                         punkt: punkt, adgang: adgang))
            }
        }

        // Each item's document, as this edition shows it (rendered once, in parallel, before). In
        // the public edition every page is public: a closed item's page there is its stand-in.
        for item in items {
            add(item.shown(in: udgave), base: "punkter/" + item.slug, punkt: item.nr,
                adgang: udgave == .offentlig ? .åben : item.punkt?.adgang ?? .åben)
        }

        // The agenda.
        let agendaView = TemplateValue.object([
            "udvalg": .string(møde.udvalg.navn),
            "type": .string(møde.type.rawValue),
            "dato": SubmissionView.date(møde.dato),
            "tid": .string(møde.tid.formatted),
            "sted": .string(møde.sted),
            "tillæg": .bool(møde.tillægTil != nil),
            "offentlig": .bool(udgave == .offentlig),
            "punkter": .list(items.map { item in
                .object([
                    "nr": .string(String(item.nr)),
                    "sag": .string(item.punkt?.nummer ?? "–"),
                    "titel": .string(item.punkt?.titel ?? "Godkendelse af dagsordenen"),
                    "adgang": .string(item.punkt?.adgang == .lukket ? "Lukket" : "Åben"),
                    "link": .string("punkter/\(item.slug).html"),
                ], text: nil)
            }),
        ], text: nil)
        let agenda = try renderer.render(template: "dagsorden", view: agendaView, basePath: "dagsorden",
                                         properties: Self.properties(møde.udvalg, møde.dato,
                                                                     subject: "Dagsorden for mødet \(møde.dato.withWeekday)"))
        add(agenda, base: "dagsorden", punkt: nil, adgang: .åben)

        // One combined document: the agenda, then every item's part (see PacketCombiner).
        let combined = try combine(agenda: agenda, parts: items.map { $0.part(in: udgave) }, identifier: møde.id.packetFolder(udgave) + "/pakke")
        add(combined, base: "pakke", punkt: nil, adgang: .åben)

        // Attachments, copied unchanged; the public edition leaves out what is not public.
        for item in items {
            guard let punkt = item.punkt else { continue }
            for (index, bilag) in punkt.bilag.enumerated() {
                if udgave == .offentlig, bilag.adgang == .lukket || punkt.adgang == .lukket { continue }
                let source = DataFilePath.resolve(bilag.fil.value, in: folder)
                guard let data = FileManager.default.contents(atPath: source) else {
                    throw DiagnosticList(Diagnostic(at: bilag.fil.position, keyPath: bilag.fil.keyPath,
                                                    PacketText.attachmentUnreadable(["value": quoted(bilag.fil.value)])))
                }
                files.append(Packet.File(path: Self.bilagPath(bilag, slug: item.slug, index: index), content: .data([UInt8](data)),
                                         punkt: item.nr, adgang: bilag.adgang))
            }
        }

        let described = items.map { item in
            Packet.Item(nr: item.nr, nummer: item.punkt?.nummer, titel: item.punkt?.titel ?? "Godkendelse af dagsordenen",
                        sagsnr: item.punkt?.sagsnr, dokumentnr: item.dokumentnr, adgang: item.punkt?.adgang ?? .åben,
                        source: item.source)
        }
        let meetingFileAdgang = Adgang.strictest(møde.punkter.flatMap { [$0.adgang] + $0.bilag.map(\.adgang) })
        var packet = Packet(meeting: møde.id, udgave: udgave, files: files, items: described, meetingFile: meetingFile,
                            meetingFileAdgang: meetingFileAdgang)
        packet.files.append(PacketManifest(packet).file)
        return packet
    }

    // MARK: - Properties

    /// A meeting's document as the committee's, dated the meeting's day.
    static func properties(_ udvalg: Udvalg, _ dato: DanishDate, subject: String) -> DocumentProperties {
        DocumentProperties(author: udvalg.navn, subject: subject, keywords: [udvalg.rawValue], date: dato.iso)
    }
}
