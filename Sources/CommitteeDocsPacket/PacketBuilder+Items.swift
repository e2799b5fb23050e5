import CommitteeDocsDiagnostics
import CommitteeDocsDocumentTree
import CommitteeDocsFormatting
import CommitteeDocsLoading
import CommitteeDocsModel
import CommitteeDocsRendering
import CommitteeDocsTemplating
import CommitteeDocsView
import Foundation

/// An item's page: its document from a memo or plan file, or its own text, as an edition shows
/// it; the public stand-in of a closed item; the agenda's approval; its attachments' list.
extension PacketBuilder {

    /// The item's attachments as its page lists them: numbered from 1 in the meeting file's order,
    /// linked to their files in the packet (relative to the page in `punkter/`); in the public
    /// edition a closed attachment is listed by number only.
    static func bilagEntries(_ punkt: Punkt, slug: String, udgave: Udgave) -> [BilagEntry] {
        punkt.bilag.enumerated().map { index, bilag in
            if udgave == .offentlig, bilag.adgang == .lukket {
                return BilagEntry(nummer: index + 1, titel: bilag.titel, tilbageholdt: true)
            }
            return BilagEntry(nummer: index + 1, titel: bilag.titel, link: "../" + bilagPath(bilag, slug: slug, index: index))
        }
    }

    /// `bilag/02-br-412-19-1-solhaven-helhedsplan.md`: the attachment's path in the packet.
    static func bilagPath(_ bilag: Bilag, slug: String, index: Int) -> String {
        "bilag/\(slug)-\(index + 1)-\((bilag.fil.value as NSString).lastPathComponent)"
    }

    /// The item's page: the chosen document of its plan or memo file, presented at this meeting
    /// (with its dokumentnr, the file and the file's access as a whole), or its own text. An open
    /// item cannot present a closed document: the public edition would show it.
    func document(for punkt: Punkt, folder: String, presentation: Presentation, slug: String) throws(DiagnosticList)
        -> (RenderedDocument, dokumentnr: Dokumentnummer?, source: Packet.Item.Source?) {
        let basePath = "punkter/" + slug
        switch punkt.indhold {
        case .tekst(let located):
            let tekst = located.value
            let unresolved = BilagReferences.unresolved(in: tekst, count: punkt.bilag.count)
            if !unresolved.isEmpty {
                throw DiagnosticList(unresolved.map { reference in
                    Diagnostic(at: located.position, keyPath: located.keyPath,
                               PacketText.unresolvedBilag(["reference": quoted(reference.text),
                                                           "bilag": punkt.bilag.isEmpty ? PacketText.noBilag() : PacketText.bilagRange(["count": punkt.bilag.count])]))
                })
            }
            let meeting = presentation.meeting
            return (try renderer.render(template: "punkt", view: itemView(punkt, tekst: tekst, presentation: presentation),
                                        basePath: basePath,
                                        properties: Self.properties(meeting.udvalg, meeting.dato,
                                                                    subject: "\(punkt.nummer), Sagsnr. \(punkt.sagsnr)")), nil, nil)
        case .fil(let source, let dokumentnr):
            let path = DataFilePath.resolve(source.value, in: folder)
            try renderer.options.checkInputFile(path)
            guard let data = FileManager.default.contents(atPath: path) else {
                throw DiagnosticList(Diagnostic(at: source.position, keyPath: source.keyPath,
                                                MeetingFiles.missingMessage(PacketText.theSource(), source.value, path)))
            }
            let documents = try renderer.render(bytes: [UInt8](data), file: path, only: { submission in
                dokumentnr.map { submission.dokumentnr == $0 } ?? true
            }, presentation: presentation)
            guard documents.count == 1, var document = documents.first else {
                let message = documents.isEmpty
                    ? PacketText.sourceHasNoDocument(["value": quoted(source.value), "dokumentnr": dokumentnr.map(String.init(describing:)) ?? ""])
                    : PacketText.sourceHasManyDocuments(["value": quoted(source.value), "count": documents.count,
                                                         "names": documents.compactMap { $0.identity?.name }.joined(separator: ", ")])
                throw DiagnosticList(Diagnostic(at: source.position, keyPath: source.keyPath, message))
            }
            // A document rendered from data always has its identity.
            guard let identity = document.identity else { preconditionFailure("a data file's document has its identity") }
            if identity.sagsnr != punkt.sagsnr {
                throw DiagnosticList(Diagnostic(at: punkt.position, keyPath: punkt.keyPath + ".sagsnr",
                    PacketText.itemCaseDiffers(["sagsnr": punkt.sagsnr.description, "documentCase": identity.sagsnr.description,
                                                "source": source.value])))
            }
            let dokumentnr = identity.dokumentnr
            if punkt.adgang == .åben, identity.adgang == .lukket {
                throw DiagnosticList(Diagnostic(at: source.position, keyPath: source.keyPath,
                    PacketText.openItemClosedDocument(["dokumentnr": dokumentnr.description])))
            }
            // An indstilling lists its bilag; the item must attach exactly those, in that order.
            if let listed = document.facts?.bilag, listed != punkt.bilag.map(\.titel) {
                throw DiagnosticList(Diagnostic(at: punkt.position, keyPath: punkt.keyPath + ".bilag",
                    PacketText.bilagDiffer(["attached": Self.titles(punkt.bilag.map(\.titel)), "dokumentnr": dokumentnr.description, "listed": Self.titles(listed)])))
            }
            document.basePath = basePath
            return (document, dokumentnr, Packet.Item.Source(path: path, adgang: document.facts?.kildeAdgang ?? .lukket))
        }
    }

    /// "no bilag", "1 bilag (“A”)", "2 bilag (“A”, “B”)".
    static func titles(_ titles: [String]) -> Message {
        titles.isEmpty ? PacketText.noBilag() : PacketText.bilagTitles(["count": titles.count, "titles": titles.map(quoted).joined(separator: ", ")])
    }

    func approvalDocument(_ møde: Møde) throws(DiagnosticList) -> Document {
        let view = TemplateValue.object([
            "nr": .string("1"), "titel": .string("Godkendelse af dagsordenen"), "nummer": .null, "sagsnr": .null,
            "tilbageholdt": .bool(false), "lukket": .bool(false), "grund": .null, "behandling": .null, "bilagsliste": .null,
            "tekst": .markdown("\(møde.udvalg.navn) godkender dagsordenen for mødet \(møde.dato.withWeekday)."),
        ], text: nil)
        return try renderer.render(template: "punkt", view: view, basePath: "punkt").document
    }

    /// What the public edition shows of a closed item: its title, number and case, the marking
    /// "Lukket punkt" and the standard text that it is treated behind closed doors; never its
    /// ground (`lukket-grund`), content or attachments.
    func standIn(titel: String, nummer: String, sagsnr: Sagsnummer, slug: String) throws(DiagnosticList) -> RenderedDocument {
        try renderer.render(template: "punkt", view: .object([
            "nr": .null,
            "titel": .string(titel),
            "nummer": .string(nummer),
            "sagsnr": .string(sagsnr.description),
            "lukket": .bool(true),
            "grund": .null,
            "tilbageholdt": .bool(true),
            "tekst": .null,
            "behandling": .null,
            "bilagsliste": .null,
        ], text: nil), basePath: "punkter/" + slug)
    }

    /// An item written in the meeting file, as the edition of `presentation` shows it. (Not
    /// private: the round-trip tests render it to get the page's tree, which a packet drops.)
    func itemView(_ punkt: Punkt, tekst: String, presentation: Presentation) -> TemplateValue {
        .object([
            "nr": .null,
            "titel": .string(punkt.titel),
            "nummer": .string(punkt.nummer),
            "sagsnr": .string(punkt.sagsnr.description),
            "lukket": .bool(punkt.adgang == .lukket),
            "grund": punkt.adgang == .lukket ? punkt.lukketGrund.map(TemplateValue.string) ?? .null : .null,
            "tilbageholdt": .bool(false),
            "tekst": .markdown(tekst),
            "behandling": punkt.behandling.map { .string(String($0)) } ?? .null,
            "bilagsliste": SubmissionView.bilagList(presentation.bilag),
        ], text: nil)
    }
}
