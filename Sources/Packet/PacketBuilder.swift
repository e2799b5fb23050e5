import Crypto
import Diagnostics
import DocumentTree
import Foundation
import Formatting
import Loading
import Model
import PDFPrinting
import Rendering
import Templating
import View

/// Which edition of a packet: everything (intern), or the public one, where closed items keep
/// their title but lose their content and their attachments.
public enum Udgave: String, Sendable, CaseIterable {
    case offentlig
    case intern

    /// "public", "internal": the edition in a message.
    public var described: Message {
        self == .offentlig ? PacketText.publicEdition() : PacketText.internalEdition()
    }
}

/// A packet in memory, ready to be published: its folder name and every file in it.
public struct Packet: Sendable {
    public struct File: Sendable {
        /// A rendered document's text (shared, not copied, between editions), a PDF's or an attachment's bytes.
        public typealias Content = FileContent

        /// The path inside the packet's folder.
        public var path: String
        public var content: Content
        /// The item (1 is "Godkendelse af dagsordenen") the file belongs to; nil for the agenda and packet.
        public var punkt: Int?
        public var adgang: Adgang

        /// The file's bytes, without copying them (a text in pieces is joined for the call).
        public func withBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
            try content.withBytes(body)
        }

        /// The file's bytes as an array (a copy).
        public var bytes: [UInt8] { content.bytes }
    }

    /// One item of the agenda, as an archive records it.
    public struct Item: Sendable, Equatable {
        /// Its place on the agenda (1 approves the agenda).
        public var nr: Int
        /// Its serial ("BR 412/19"); nil for the agenda's approval.
        public var nummer: String?
        public var titel: String
        public var sagsnr: String?
        /// The document it presents, when it comes from a memo or plan file.
        public var dokumentnr: String?
        public var adgang: Adgang
        /// Its files' names in the packet: `punkter/<slug>.html` …, `bilag/<slug>-1-…`.
        public var slug: String
        /// The memo or plan file it was rendered from, when the packet was built from data.
        public var source: Source?

        /// A data file as opened, and its access as a whole (a plan file holds all the plan's documents).
        public struct Source: Sendable, Equatable {
            public var path: String
            public var adgang: Adgang
        }

        public init(nr: Int, nummer: String?, titel: String, sagsnr: String?, dokumentnr: String?, adgang: Adgang,
                    slug: String, source: Source? = nil) {
            self.nr = nr
            self.nummer = nummer
            self.titel = titel
            self.sagsnr = sagsnr
            self.dokumentnr = dokumentnr
            self.adgang = adgang
            self.slug = slug
            self.source = source
        }
    }

    /// `BR-2019-10-10-offentlig`.
    public var folder: String
    public var udgave: Udgave
    public var files: [File]
    public var udvalg: MødeUdvalg
    public var dato: DanishDate
    /// A supplementary agenda (tillægsdagsorden).
    public var tillæg: Bool
    public var items: [Item]
    /// The meeting file it was built from (as opened); nil for a packet read from its folder.
    public var meetingFile: String?
    /// The meeting file's access: closed when it holds a closed item or attachment.
    public var meetingFileAdgang: Adgang

    public init(folder: String, udgave: Udgave, files: [File], udvalg: MødeUdvalg, dato: DanishDate, tillæg: Bool,
                items: [Item], meetingFile: String? = nil, meetingFileAdgang: Adgang = .lukket) {
        self.folder = folder
        self.udgave = udgave
        self.files = files
        self.udvalg = udvalg
        self.dato = dato
        self.tillæg = tillæg
        self.items = items
        self.meetingFile = meetingFile
        self.meetingFileAdgang = meetingFileAdgang
    }

    /// The meeting's name without the edition: `BR-2019-10-10`, `BR-2019-10-10-tillæg`.
    public var meeting: String {
        "\(udvalg.rawValue)-\(dato.iso)\(tillæg ? "-tillæg" : "")"
    }
}

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
        var dokumentnr: String?
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
        var dokumentnr: String?
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
        let results = await inParallel(editions.count, width: concurrency) { index in
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

    /// Runs `work` for 0..<count in a task group, at most `width` at a time (the rest wait for
    /// a free slot), and returns the results in index order, so the outcome does not depend on
    /// the scheduling.
    func inParallel<T: Sendable>(_ count: Int, width: Int, _ work: @escaping @Sendable (Int) -> T,
                                 done: (@Sendable (Int, Int) -> Void)? = nil) async -> [T] {
        var results = [T?](repeating: nil, count: count)
        await withTaskGroup(of: (Int, T).self) { group in
            var next = 0
            var finished = 0
            while next < min(width, count) {
                let index = next
                group.addTask { (index, work(index)) }
                next += 1
            }
            while let (index, result) = await group.next() {
                results[index] = result
                finished += 1
                done?(finished, count)
                if next < count {
                    let index = next
                    group.addTask { (index, work(index)) }
                    next += 1
                }
            }
        }
        return results.map { $0! }
    }

    // MARK: - Items

    private func renderItems(_ punkter: [Punkt], møde: Møde, folder: String,
                             _ problems: inout DiagnosticCollector) async -> [Item] {
        let results = await inParallel(punkter.count, width: concurrency) { index in
            Result { () throws(DiagnosticList) -> Rendered in
                let punkt = punkter[index]
                let slug = Self.slug(index + 2, punkt.nummer)
                let meeting = MeetingContext(udvalg: møde.udvalg, dato: møde.dato, behandling: punkt.behandling)
                let inFull = Presentation(meeting: meeting, bilag: Self.bilagEntries(punkt, slug: slug, udgave: .intern),
                                          lukketPunkt: punkt.adgang == .lukket ? LukketPunkt(grund: punkt.lukketGrund) : nil)
                let (full, dokumentnr, source) = try document(for: punkt, folder: folder, presentation: inFull, slug: slug)
                var withheld: RenderedDocument?
                if punkt.adgang == .lukket {
                    withheld = try standIn(titel: punkt.titel, nummer: punkt.nummer, sagsnr: punkt.sagsnr.description, slug: slug)
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
        } done: { finished, total in
            progress?(finished, total)
        }
        var items: [Item] = []
        do throws(DiagnosticList) {
            let slug = Self.approvalSlug
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
                items.append(Item(nr: nr, punkt: punkt, slug: Self.slug(nr, punkt.nummer), full: rendered.full,
                                  withheld: rendered.withheld, dokumentnr: rendered.dokumentnr, source: rendered.source,
                                  fullPart: rendered.fullPart, withheldPart: rendered.withheldPart))
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
        -> (RenderedDocument, dokumentnr: String?, source: Packet.Item.Source?) {
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
                                                         "names": documents.map { String($0.basePath.split(separator: "/").last!) }.joined(separator: ", ")])
                throw DiagnosticList(Diagnostic(at: source.position, keyPath: source.keyPath, message))
            }
            let sourceCase = String(document.basePath.split(separator: "/").first!)
            if sourceCase != punkt.sagsnr.description {
                throw DiagnosticList(Diagnostic(at: punkt.position, keyPath: punkt.keyPath + ".sagsnr",
                    PacketText.itemCaseDiffers(["sagsnr": punkt.sagsnr.description, "documentCase": sourceCase, "source": source.value])))
            }
            // The base path is `<sagsnr>/<dokumentnr>-<kind>`.
            let name = document.basePath.split(separator: "/").last ?? ""
            let dokumentnr = name.split(separator: "-").prefix(2).joined(separator: "-")
            if punkt.adgang == .åben, document.facts?.adgang == .lukket {
                throw DiagnosticList(Diagnostic(at: source.position, keyPath: source.keyPath,
                    PacketText.openItemClosedDocument(["dokumentnr": dokumentnr])))
            }
            // An indstilling lists its bilag; the item must attach exactly those, in that order.
            if let listed = document.facts?.bilag, listed != punkt.bilag.map(\.titel) {
                throw DiagnosticList(Diagnostic(at: punkt.position, keyPath: punkt.keyPath + ".bilag",
                    PacketText.bilagDiffer(["attached": Self.titles(punkt.bilag.map(\.titel)), "dokumentnr": dokumentnr, "listed": Self.titles(listed)])))
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
    func standIn(titel: String, nummer: String, sagsnr: String, slug: String) throws(DiagnosticList) -> RenderedDocument {
        try renderer.render(template: "punkt", view: .object([
            "nr": .null,
            "titel": .string(titel),
            "nummer": .string(nummer),
            "sagsnr": .string(sagsnr),
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

    /// The name of item 1, the agenda's approval.
    static let approvalSlug = "01-godkendelse-af-dagsordenen"

    /// "02-br-294-08": the item's place and its serial, safe as a file name.
    static func slug(_ nr: Int, _ nummer: String) -> String {
        let serial = nummer.lowercased().map { $0 == " " || $0 == "/" ? "-" : String($0) }.joined()
        return (nr < 10 ? "0" : "") + "\(nr)-" + serial
    }

    // MARK: - One edition

    private func packet(_ møde: Møde, items: [Item], udgave: Udgave, folder: String, meetingFile: String) throws(DiagnosticList) -> Packet {
        var files: [Packet.File] = []
        let name = "\(møde.udvalg.rawValue)-\(møde.dato.iso)\(møde.tillægTil == nil ? "" : "-tillæg")-\(udgave.rawValue)"

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
        let combined = try combine(agenda: agenda, parts: items.map { $0.part(in: udgave) }, identifier: name + "/pakke")
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
                        sagsnr: item.punkt?.sagsnr.description, dokumentnr: item.dokumentnr, adgang: item.punkt?.adgang ?? .åben,
                        slug: item.slug, source: item.source)
        }
        let meetingFileAdgang = Adgang.strictest(møde.punkter.flatMap { [$0.adgang] + $0.bilag.map(\.adgang) })
        var packet = Packet(folder: name, udgave: udgave, files: files, udvalg: møde.udvalg, dato: møde.dato,
                            tillæg: møde.tillægTil != nil, items: described, meetingFile: meetingFile,
                            meetingFileAdgang: meetingFileAdgang)
        packet.files.append(Packet.File(path: "manifest.json", content: .text(Self.manifest(packet)), punkt: nil, adgang: .åben))
        return packet
    }

    // MARK: - Properties

    /// A meeting's document as the committee's, dated the meeting's day.
    static func properties(_ udvalg: MødeUdvalg, _ dato: DanishDate, subject: String) -> DocumentProperties {
        DocumentProperties(author: udvalg.navn, subject: subject, keywords: [udvalg.rawValue], date: dato.iso)
    }

    // MARK: - Manifest

    /// Every file of the packet with its size and SHA-256, in a stable order and layout.
    /// The meeting and its items, so that the folder alone says what it holds (an archive reads it).
    static func manifest(_ packet: Packet) -> String {
        let files = packet.files
        func optional(_ text: String?) -> String { text.map(json) ?? "null" }
        var out = "{\n"
        out += "  \"møde\": \(json(packet.udvalg.rawValue)),\n"
        out += "  \"udvalg\": \(json(packet.udvalg.navn)),\n"
        out += "  \"dato\": \(json(packet.dato.iso)),\n"
        out += "  \"tillæg\": \(packet.tillæg),\n"
        out += "  \"udgave\": \(json(packet.udgave.rawValue)),\n"
        out += "  \"punkter\": [\n"
        for (index, item) in packet.items.enumerated() {
            out += "    {\"nr\": \(item.nr), \"nummer\": \(optional(item.nummer)), \"titel\": \(json(item.titel)), "
            out += "\"sagsnr\": \(optional(item.sagsnr)), \"dokumentnr\": \(optional(item.dokumentnr)), "
            out += "\"adgang\": \(json(item.adgang.rawValue)), \"navn\": \(json(item.slug))}"
            out += index == packet.items.count - 1 ? "\n" : ",\n"
        }
        out += "  ],\n"
        out += "  \"filer\": [\n"
        for (index, file) in files.sorted(by: { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }).enumerated() {
            var hasher = SHA256(), size = 0
            file.content.forEachChunk { hasher.update(bufferPointer: $0); size += $0.count }
            let hash = Hex.string(hasher.finalize())
            out += "    {\"sti\": \(json(file.path)), \"bytes\": \(size), \"sha256\": \(json(hash)), "
            out += "\"punkt\": \(file.punkt.map(String.init) ?? "null"), \"adgang\": \(json(file.adgang.rawValue))}"
            out += index == files.count - 1 ? "\n" : ",\n"
        }
        out += "  ]\n}\n"
        return out
    }

    static func json(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 {
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}

