import CommitteeDocsConcurrency
import Crypto
import CommitteeDocsDiagnostics
import CommitteeDocsDocumentTree
import Foundation
import CommitteeDocsFormatting
import CommitteeDocsLoading
import CommitteeDocsModel
import CommitteeDocsPDFPrinting
import CommitteeDocsRendering
import CommitteeDocsTemplating
import CommitteeDocsView

/// Builds a meeting's packets: the agenda, every item's document, one combined document, the
/// attachments and a manifest with SHA-256 checksums, for each edition, all in memory. Items
/// render in parallel on all cores; every problem of every item is collected, and nothing is
/// returned unless all are fine.
public struct PacketBuilder: Sendable {
    public let renderer: Renderer
    /// Called after each item is rendered, with the number done and the total (for a progress bar).
    public var progress: (@Sendable (Int, Int) -> Void)?
    /// How many items render at once; all cores by default.
    public var concurrency: Int

    public init(renderer: Renderer, concurrency: Int = ProcessInfo.processInfo.activeProcessorCount,
                progress: (@Sendable (Int, Int) -> Void)? = nil) {
        self.renderer = renderer
        self.concurrency = max(1, concurrency)
        self.progress = progress
    }

    /// One rendered item of the agenda, in its place.
    struct Item: Sendable {
        var nr: Int
        var punkt: Punkt?
        var slug: String
        /// The item's document and its files, as the internal edition shows it.
        var full: RenderedDocument
        /// What the public edition shows instead: a closed item's stand-in, or an open item's page
        /// with its closed attachments named as withheld; nil when it shows `full`.
        var withheld: RenderedDocument?
        /// The document's number, when the item presents a memo's or plan's document.
        var dokumentnr: Dokumentnummer?
        /// The memo or plan file.
        var source: Packet.Item.Source?
        /// Its part of the combined document, as the internal edition shows it, and as the public
        /// edition does when it shows `withheld`.
        var fullPart: Part
        var withheldPart: Part?

        func shown(in udgave: Udgave) -> RenderedDocument {
            udgave == .offentlig ? withheld ?? full : full
        }

        func part(in udgave: Udgave) -> Part {
            udgave == .offentlig ? withheldPart ?? fullPart : fullPart
        }
    }

    /// What one worker makes of one item.
    struct Rendered: Sendable {
        var full: RenderedDocument
        var withheld: RenderedDocument?
        var dokumentnr: Dokumentnummer?
        var source: Packet.Item.Source?
        var fullPart: Part
        var withheldPart: Part?
    }

    public func build(meetingFile: String, editions: [Udgave]) async throws(DiagnosticList) -> [Packet] {
        try renderer.options.checkInputFile(meetingFile)
        guard let data = FileManager.default.contents(atPath: meetingFile) else {
            throw DiagnosticList(Diagnostic(file: meetingFile, PacketText.meetingFileUnreadable()))
        }
        let root = try DataLoader.load([UInt8](data), file: meetingFile, format: DataFormat(path: meetingFile))
        let møde = try MeetingDecoder.decode(root)
        // Every problem is collected: the attachments', and every item's (a failing item does
        // not stop the others); then nothing is built if there is any.
        var problems = DiagnosticCollector()
        problems.append(contentsOf: DiagnosticList(MeetingFiles.problems(møde, meetingFile: meetingFile, sources: false)))
        let folder = (meetingFile as NSString).deletingLastPathComponent
        let ordered = Self.agendaOrder(møde)
        let items = await renderItems(ordered, møde: møde, folder: folder, &problems)
        try problems.check()
        // The editions share the items' files; each builds its agenda and combined document.
        let results = await orderedParallelMap(count: editions.count, width: concurrency) { index in
            Result { () throws(DiagnosticList) -> Packet in try packet(møde, items: items, udgave: editions[index], folder: folder, meetingFile: meetingFile) }
        }
        var packets: [Packet] = []
        for index in editions.indices {
            switch results[index] {
            case .success(let packet): packets.append(packet)
            case .failure(let error): problems.append(contentsOf: error)
            }
        }
        try problems.check()
        return packets
    }

    /// Item 1 approves the agenda; open items follow in the file's order, closed items last.
    static func agendaOrder(_ møde: Møde) -> [Punkt] {
        møde.punkter.filter { $0.adgang == .åben } + møde.punkter.filter { $0.adgang == .lukket }
    }

    // MARK: - Items

    private func renderItems(_ punkter: [Punkt], møde: Møde, folder: String,
                             _ problems: inout DiagnosticCollector) async -> [Item] {
        let results = await orderedParallelMap(count: punkter.count, width: concurrency, progress: progress) { index in
            Result { () throws(DiagnosticList) -> Rendered in
                let punkt = punkter[index]
                let slug = Packet.Item.slug(index + 2, punkt.nummer)
                let meeting = MeetingContext(udvalg: møde.udvalg, dato: møde.dato, behandling: punkt.behandling)
                let inFull = Presentation(meeting: meeting, bilag: Self.bilagEntries(punkt, slug: slug, udgave: .intern),
                                          lukketPunkt: punkt.adgang == .lukket ? LukketPunkt(grund: punkt.lukketGrund) : nil)
                let (full, dokumentnr, source) = try document(for: punkt, folder: folder, presentation: inFull, slug: slug)
                var withheld: RenderedDocument?
                if punkt.adgang == .lukket {
                    withheld = try standIn(titel: punkt.titel, nummer: punkt.nummer, sagsnr: punkt.sagsnr, slug: slug)
                } else if punkt.bilag.contains(where: { $0.adgang == .lukket }) {
                    // The public page names the closed attachments as withheld, without title or link.
                    let shown = Presentation(meeting: meeting, bilag: Self.bilagEntries(punkt, slug: slug, udgave: .offentlig))
                    withheld = try document(for: punkt, folder: folder, presentation: shown, slug: slug).0
                }
                // Only the files and the parts of the combined document are kept, not the trees.
                return Rendered(full: full.withoutTree, withheld: withheld?.withoutTree, dokumentnr: dokumentnr, source: source,
                                fullPart: part(nr: index + 2, punkt: punkt, document: full.document),
                                withheldPart: withheld.map { part(nr: index + 2, punkt: punkt, document: $0.document) })
            }
        }
        var items: [Item] = []
        do throws(DiagnosticList) {
            let slug = Packet.Item.approvalSlug
            let approval = try renderer.files(for: try approvalDocument(møde), basePath: "punkter/" + slug)
            items.append(Item(nr: 1, punkt: nil, slug: slug, full: approval.withoutTree,
                              fullPart: part(nr: 1, punkt: nil, document: approval.document)))
        } catch {
            problems.append(contentsOf: error)
        }
        for (index, punkt) in punkter.enumerated() {
            switch results[index] {
            case .success(let rendered):
                let nr = index + 2
                items.append(Item(nr: nr, punkt: punkt, slug: Packet.Item.slug(nr, punkt.nummer), full: rendered.full,
                                  withheld: rendered.withheld, dokumentnr: rendered.dokumentnr, source: rendered.source,
                                  fullPart: rendered.fullPart, withheldPart: rendered.withheldPart))
            case .failure(let error):
                problems.append(contentsOf: error)
            }
        }
        return items
    }
}
