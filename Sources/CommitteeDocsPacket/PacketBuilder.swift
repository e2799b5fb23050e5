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

        func shown(in udgave: Udgave) -> RenderedDocument {
            udgave == .offentlig ? withheld ?? full : full
        }
    }

    /// What one worker makes of one item.
    struct Rendered: Sendable {
        var full: RenderedDocument
        var withheld: RenderedDocument?
        var dokumentnr: Dokumentnummer?
        var source: Packet.Item.Source?
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
                // Only the files are kept: the combined document is put together from them.
                return Rendered(full: full.withoutTree, withheld: withheld?.withoutTree, dokumentnr: dokumentnr, source: source)
            }
        }
        var items: [Item] = []
        do throws(DiagnosticList) {
            let slug = Packet.Item.approvalSlug
            items.append(Item(nr: 1, punkt: nil, slug: slug,
                              full: try renderer.files(for: try approvalDocument(møde), basePath: "punkter/" + slug)))
        } catch {
            problems.append(contentsOf: error)
        }
        for (index, punkt) in punkter.enumerated() {
            switch results[index] {
            case .success(let rendered):
                let nr = index + 2
                items.append(Item(nr: nr, punkt: punkt, slug: Packet.Item.slug(nr, punkt.nummer), full: rendered.full,
                                  withheld: rendered.withheld, dokumentnr: rendered.dokumentnr, source: rendered.source))
            case .failure(let error):
                problems.append(contentsOf: error)
            }
        }
        return items
    }

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
    private func document(for punkt: Punkt, folder: String, presentation: Presentation, slug: String) throws(DiagnosticList)
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

    private func approvalDocument(_ møde: Møde) throws(DiagnosticList) -> Document {
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

    // MARK: - One edition

    private func packet(_ møde: Møde, items: [Item], udgave: Udgave, folder: String, meetingFile: String) throws(DiagnosticList) -> Packet {
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

        // One combined document: the agenda, then every item after a page break. It is put
        // together from the files already written and validated for each item, so a packet of
        // thousands of items never needs one giant tree.
        let combined = try combine(agenda: agenda, items: items.map { item in
            (header: Document(blocks: [.paragraph([.strong([.text("Punkt \(item.nr)")]),
                .text(item.punkt.map { " · \($0.nummer) · \($0.adgang == .lukket ? "Lukket" : "Åben")" } ?? "")])]),
             files: item.shown(in: udgave))
        }, identifier: møde.id.packetFolder(udgave) + "/pakke")
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

    // MARK: - The combined document

    /// A meeting's document as the committee's, dated the meeting's day.
    static func properties(_ udvalg: Udvalg, _ dato: DanishDate, subject: String) -> DocumentProperties {
        DocumentProperties(author: udvalg.navn, subject: subject, keywords: [udvalg.rawValue], date: dato.iso)
    }

    /// The combined document's PDF outline: one bookmark per agenda item, named by the line
    /// that opens the item after its page break ("Punkt 2 · BR 412/19 · Åben"), with the item's
    /// headings below it; the agenda's title is the first.
    static let bookmarks = """
    div.sideskift + p { bookmark-level: 1; bookmark-label: content(text); }
    h2 { bookmark-level: 2; } h3 { bookmark-level: 3; } h4, h5, h6 { bookmark-level: none; }

    """

    /// The agenda followed by every item, each after a page break and a line naming it, in
    /// every format, from the formats' own files:
    /// - XHTML: the bodies of the item pages inside the agenda's page; an item's `h1` becomes `h2`,
    ///   so the packet keeps one `h1`. The result is validated while it is read (libxml2's
    ///   streaming reader), without building its tree.
    /// - PDF: printed from that XHTML, with a bookmark per item.
    /// - Markdown: the item files without their front matter, after a `<!-- pagebreak -->`.
    /// - Text: the item files after a form feed line.
    func combine(agenda: RenderedDocument, items: [(header: Document, files: RenderedDocument)],
                 identifier: String) throws(DiagnosticList) -> RenderedDocument {
        var files: [RenderedFile] = []
        var page: String?
        for file in agenda.files {
            switch file.format {
            case .html:
                let combined = try combinedPage(agenda.text(.html), items: items)
                page = combined
                files.append(RenderedFile(format: .html, contents: combined))
            case .pdf:
                let combined: String
                if let page { combined = page } else { combined = try combinedPage(agenda.xhtml, items: items) }
                let pdf = try renderer.printPDF(PDFJob(html: combined, identifier: identifier, date: agenda.document.properties.date,
                                                       stylesheet: Self.bookmarks), file: "pakke.pdf")
                files.append(RenderedFile(format: .pdf, content: .data(pdf)))
            case .md:
                var out = agenda.text(.md)
                for item in items {
                    out += "\n<!-- pagebreak -->\n\n" + renderer.write(item.header, as: .md) + "\n"
                    out += Self.rebasedBilagLinks(Self.withoutFrontMatter(item.files.text(.md)), .md)
                }
                files.append(RenderedFile(format: .md, contents: out))
            case .txt:
                var out = agenda.text(.txt)
                for item in items {
                    out += "\u{0C}\n" + renderer.write(item.header, as: .txt) + "\n" + Self.rebasedBilagLinks(item.files.text(.txt), .txt)
                }
                files.append(RenderedFile(format: .txt, contents: out))
            }
        }
        return RenderedDocument(basePath: "pakke", document: Document(blocks: []), files: files)
    }

    /// The combined XHTML page, validated, from the agenda's and the items' validated pages.
    private func combinedPage(_ agenda: String, items: [(header: Document, files: RenderedDocument)]) throws(DiagnosticList) -> String {
        let (head, tail) = Self.splitPage(agenda)
        var out = ""
        out.reserveCapacity(agenda.utf8.count + items.reduce(0) { $0 + $1.files.xhtml.utf8.count })
        out += head
        for item in items {
            out += "<div class=\"sideskift\"></div>\n"
            out += Self.splitBody(renderer.write(item.header, as: .html))
            out += Self.rebasedBilagLinks(Self.demoteTitle(Self.splitBody(item.files.xhtml)), .html)
        }
        out += tail
        if let validator = renderer.validator {
            let problems = validator.validateStreaming(out, file: "pakke.html")
            if !problems.isEmpty { throw DiagnosticList(problems) }
        }
        return out
    }

    /// Our XHTML page split where the content ends: everything before `</div>\n</body>` and the rest.
    static func splitPage(_ page: String) -> (String, String) {
        guard let end = page.range(of: "</div>\n</body>\n</html>\n", options: .backwards) else { return (page, "") }
        return (String(page[..<end.lowerBound]), String(page[end.lowerBound...]))
    }

    /// The content of our XHTML page: between `<div class="indhold">` and its end.
    static func splitBody(_ page: String) -> String {
        guard let start = page.range(of: "<div class=\"indhold\">\n"),
              let end = page.range(of: "</div>\n</body>\n</html>\n", options: .backwards) else { return "" }
        return String(page[start.upperBound..<end.lowerBound])
    }

    /// An item's title becomes a second-level heading in the packet. Text is escaped (`<` is
    /// `&lt;`), so only real tags match.
    static func demoteTitle(_ body: String) -> String {
        body.replacingOccurrences(of: "<h1>", with: "<h2>").replacingOccurrences(of: "</h1>", with: "</h2>")
    }

    /// An item page links its attachments as `../bilag/…` (from `punkter/`); in the combined
    /// document at the packet's top they are `bilag/…`. Each writer's link markup is matched:
    /// XHTML `<a href="../bilag/` (text escapes `<`), Markdown `](../bilag/` or, for a path with
    /// a space or parenthesis, `](<../bilag/` (text escapes `]`), and the text writer's
    /// "title (../bilag/…)", where the path may have wrapped to a line of its own.
    /// (Issue 12 makes combining a tree operation, where this becomes a link transform.)
    static func rebasedBilagLinks(_ page: String, _ format: OutputFormat) -> String {
        switch format {
        case .html, .pdf: return page.replacingOccurrences(of: "<a href=\"../bilag/", with: "<a href=\"bilag/")
        case .md:
            return page.replacingOccurrences(of: "](../bilag/", with: "](bilag/")
                .replacingOccurrences(of: "](<../bilag/", with: "](<bilag/")
        case .txt:
            return page.replacingOccurrences(of: " (../bilag/", with: " (bilag/")
                .replacingOccurrences(of: "\n(../bilag/", with: "\n(bilag/")
        }
    }

    /// Markdown without the YAML front matter our writer puts first.
    static func withoutFrontMatter(_ markdown: String) -> String {
        guard markdown.hasPrefix("---\n"), let end = markdown.range(of: "\n---\n\n") else { return markdown }
        return String(markdown[end.upperBound...])
    }
}
