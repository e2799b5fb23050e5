import Crypto
import Diagnostics
import DocumentTree
import Foundation
import Formatting
import Loading
import Model
import Rendering
import Templating
import View

/// Which edition of a packet: everything (intern), or the public one, where closed items keep
/// their title but lose their content and their attachments.
public enum Udgave: String, Sendable, CaseIterable {
    case offentlig
    case intern
}

/// A packet in memory, ready to be published: its folder name and every file in it.
public struct Packet: Sendable {
    public struct File: Sendable {
        /// The path inside the packet's folder.
        public var path: String
        public var bytes: [UInt8]
        /// The item (1 is "Godkendelse af dagsordenen") the file belongs to; nil for the agenda and packet.
        public var punkt: Int?
        public var adgang: Adgang
    }

    public var folder: String
    public var udgave: Udgave
    public var files: [File]
}

/// Builds a meeting's packets: the agenda, every item's document, one combined document, the
/// attachments and a manifest with SHA-256 checksums, for each edition, all in memory. Items
/// render in parallel on all cores; every problem of every item is collected, and nothing is
/// returned unless all are fine.
public struct PacketBuilder: Sendable {
    public let renderer: Renderer
    /// Called after each item is rendered, with the number done and the total (for a progress bar).
    public var progress: (@Sendable (Int, Int) -> Void)?

    public init(renderer: Renderer, progress: (@Sendable (Int, Int) -> Void)? = nil) {
        self.renderer = renderer
        self.progress = progress
    }

    /// One rendered item of the agenda, in its place.
    struct Item {
        var nr: Int
        var punkt: Punkt?
        var document: Document
        var slug: String
    }

    public func build(meetingFile: String, editions: [Udgave]) throws(DiagnosticList) -> [Packet] {
        guard let data = FileManager.default.contents(atPath: meetingFile) else {
            throw DiagnosticList(Diagnostic(file: meetingFile, "the meeting file cannot be read"))
        }
        let root = try DataLoader.load([UInt8](data), file: meetingFile, format: DataFormat(path: meetingFile))
        let møde = try MeetingDecoder.decode(root)
        // Every problem is collected: the attachments', and every item's (a failing item does
        // not stop the others); then nothing is built if there is any.
        var problems = DiagnosticCollector()
        problems.append(contentsOf: DiagnosticList(MeetingFiles.problems(møde, meetingFile: meetingFile, sources: false)))
        let folder = (meetingFile as NSString).deletingLastPathComponent
        let ordered = Self.agendaOrder(møde)
        let items = renderItems(ordered, møde: møde, folder: folder, &problems)
        try problems.check()
        var packets: [Packet] = []
        for udgave in editions {
            packets.append(try packet(møde, items: items, udgave: udgave, folder: folder))
        }
        return packets
    }

    /// Item 1 approves the agenda; open items follow in the file's order, closed items last.
    static func agendaOrder(_ møde: Møde) -> [Punkt] {
        møde.punkter.filter { $0.adgang == .åben } + møde.punkter.filter { $0.adgang == .lukket }
    }

    // MARK: - Items

    private func renderItems(_ punkter: [Punkt], møde: Møde, folder: String, _ problems: inout DiagnosticCollector) -> [Item] {
        let slots = Slots<Result<Document, DiagnosticList>>(count: punkter.count)
        let done = Counter()
        let total = punkter.count
        DispatchQueue.concurrentPerform(iterations: punkter.count) { index in
            do throws(DiagnosticList) {
                slots[index] = .success(try document(for: punkter[index], folder: folder))
            } catch {
                slots[index] = .failure(error)
            }
            let finished = done.increment()
            progress?(finished, total)
        }
        var items = [Item(nr: 1, punkt: nil, document: Document(blocks: []), slug: "01-godkendelse-af-dagsordenen")]
        items[0].document = (try? approvalDocument(møde)) ?? Document(blocks: [])
        for (index, punkt) in punkter.enumerated() {
            switch slots[index] {
            case .success(let document):
                let nr = index + 2
                items.append(Item(nr: nr, punkt: punkt, document: document, slug: Self.slug(nr, punkt.nummer)))
            case .failure(let error):
                problems.append(contentsOf: error)
            }
        }
        return items
    }

    /// The item's document: the chosen document of its plan or memo file, or its own text.
    private func document(for punkt: Punkt, folder: String) throws(DiagnosticList) -> Document {
        switch punkt.indhold {
        case .tekst(let tekst):
            return try renderer.render(template: "punkt", view: itemView(punkt, nr: nil, tekst: tekst, tilbageholdt: false),
                                       basePath: "punkt").document
        case .fil(let source, let dokumentnr):
            let path = folder.isEmpty ? source.value : folder + "/" + source.value
            guard let data = FileManager.default.contents(atPath: path) else {
                throw DiagnosticList(Diagnostic(at: source.position, keyPath: source.keyPath,
                                                MeetingFiles.missingMessage("source", source.value, path)))
            }
            let documents = try renderer.render(bytes: [UInt8](data), file: path) { submission in
                dokumentnr.map { submission.dokumentnr == $0 } ?? true
            }
            guard documents.count == 1, let document = documents.first else {
                let message = documents.isEmpty
                    ? "the source \(quoted(source.value)) has no document with dokumentnr \(dokumentnr.map(String.init(describing:)) ?? "")"
                    : "the source \(quoted(source.value)) lists \(documents.count) documents (\(documents.map { String($0.basePath.split(separator: "/").last!) }.joined(separator: ", "))); name the item's document with dokumentnr"
                throw DiagnosticList(Diagnostic(at: source.position, keyPath: source.keyPath, message))
            }
            let sourceCase = String(document.basePath.split(separator: "/").first!)
            if sourceCase != punkt.sagsnr.description {
                throw DiagnosticList(Diagnostic(at: punkt.position, keyPath: punkt.keyPath + ".sagsnr",
                    "the item's sagsnr \(punkt.sagsnr) differs from its document's (\(sourceCase) in \(source.value))"))
            }
            return document.document
        }
    }

    private func approvalDocument(_ møde: Møde) throws(DiagnosticList) -> Document {
        let view = TemplateValue.object([
            "nr": .string("1"), "titel": .string("Godkendelse af dagsordenen"), "nummer": .null, "sagsnr": .null,
            "tilbageholdt": .bool(false),
            "tekst": .markdown("\(møde.udvalg.navn) godkender dagsordenen for mødet \(møde.dato.withWeekday)."),
        ], text: nil)
        return try renderer.render(template: "punkt", view: view, basePath: "punkt").document
    }

    private func itemView(_ punkt: Punkt, nr: Int?, tekst: String?, tilbageholdt: Bool) -> TemplateValue {
        .object([
            "nr": nr.map { .string(String($0)) } ?? .null,
            "titel": .string(punkt.titel),
            "nummer": .string(punkt.nummer),
            "sagsnr": .string(punkt.sagsnr.description),
            "tilbageholdt": .bool(tilbageholdt),
            "tekst": tekst.map(TemplateValue.markdown) ?? .null,
        ], text: nil)
    }

    /// "02-br-294-08": the item's place and its serial, safe as a file name.
    static func slug(_ nr: Int, _ nummer: String) -> String {
        let serial = nummer.lowercased().map { $0 == " " || $0 == "/" ? "-" : String($0) }.joined()
        return (nr < 10 ? "0" : "") + "\(nr)-" + serial
    }

    // MARK: - One edition

    private func packet(_ møde: Møde, items: [Item], udgave: Udgave, folder: String) throws(DiagnosticList) -> Packet {
        var files: [Packet.File] = []
        let name = "\(møde.udvalg.rawValue)-\(møde.dato.iso)\(møde.tillægTil == nil ? "" : "-tillæg")-\(udgave.rawValue)"

        func add(_ rendered: RenderedDocument, base: String, punkt: Int?, adgang: Adgang) {
            for file in rendered.files {
                files.append(Packet.File(path: base + "." + file.format.fileExtension, bytes: Array(file.contents.utf8),
                                         punkt: punkt, adgang: adgang))
            }
        }

        // Each item's document, as this edition shows it.
        var shown: [(Item, Document)] = []
        for item in items {
            var document = item.document
            if udgave == .offentlig, let punkt = item.punkt, punkt.adgang == .lukket {
                document = try renderer.render(template: "punkt", view: itemView(punkt, nr: nil, tekst: nil, tilbageholdt: true),
                                               basePath: "punkt").document
            }
            shown.append((item, document))
            add(try renderer.files(for: document, basePath: "punkter/" + item.slug), base: "punkter/" + item.slug,
                punkt: item.nr, adgang: item.punkt?.adgang ?? .åben)
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
        let agenda = try renderer.render(template: "dagsorden", view: agendaView, basePath: "dagsorden")
        add(agenda, base: "dagsorden", punkt: nil, adgang: .åben)

        // One combined document: the agenda, then every item after a page break.
        var blocks = agenda.document.blocks
        for (item, document) in shown {
            blocks.append(.pageBreak)
            blocks.append(.paragraph([.strong([.text("Punkt \(item.nr)")]),
                                      .text(item.punkt.map { " · \($0.nummer) · \($0.adgang == .lukket ? "Lukket" : "Åben")" } ?? "")]))
            blocks.append(contentsOf: document.blocks)
        }
        add(try renderer.files(for: Document(blocks: blocks), basePath: "pakke"), base: "pakke", punkt: nil, adgang: .åben)

        // Attachments, copied unchanged; the public edition leaves out what is not public.
        for item in items {
            guard let punkt = item.punkt else { continue }
            for (index, bilag) in punkt.bilag.enumerated() {
                if udgave == .offentlig, bilag.adgang == .lukket || punkt.adgang == .lukket { continue }
                let source = folder.isEmpty ? bilag.fil.value : folder + "/" + bilag.fil.value
                guard let data = FileManager.default.contents(atPath: source) else {
                    throw DiagnosticList(Diagnostic(at: bilag.fil.position, keyPath: bilag.fil.keyPath,
                                                    "the attachment \(quoted(bilag.fil.value)) cannot be read"))
                }
                let fileName = (bilag.fil.value as NSString).lastPathComponent
                files.append(Packet.File(path: "bilag/\(item.slug)-\(index + 1)-\(fileName)", bytes: [UInt8](data),
                                         punkt: item.nr, adgang: bilag.adgang))
            }
        }

        files.append(Packet.File(path: "manifest.json", bytes: Array(Self.manifest(møde, udgave: udgave, files: files).utf8),
                                 punkt: nil, adgang: .åben))
        return Packet(folder: name, udgave: udgave, files: files)
    }

    // MARK: - Manifest

    /// Every file of the packet with its size and SHA-256, in a stable order and layout.
    static func manifest(_ møde: Møde, udgave: Udgave, files: [Packet.File]) -> String {
        var out = "{\n"
        out += "  \"udvalg\": \(json(møde.udvalg.navn)),\n"
        out += "  \"dato\": \(json(møde.dato.iso)),\n"
        out += "  \"udgave\": \(json(udgave.rawValue)),\n"
        out += "  \"filer\": [\n"
        for (index, file) in files.sorted(by: { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }).enumerated() {
            let hash = SHA256.hash(data: file.bytes).map { String(format: "%02x", $0) }.joined()
            out += "    {\"sti\": \(json(file.path)), \"bytes\": \(file.bytes.count), \"sha256\": \(json(hash)), "
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

/// One slot per item, written by exactly one worker each.
final class Slots<Value>: @unchecked Sendable {
    private var storage: [Value?]
    private let lock = NSLock()

    init(count: Int) {
        storage = Array(repeating: nil, count: count)
    }

    subscript(index: Int) -> Value {
        get { lock.withLock { storage[index]! } }
        set { lock.withLock { storage[index] = newValue } }
    }
}

final class Counter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()

    /// Adds one and returns the new count.
    func increment() -> Int {
        lock.withLock {
            value += 1
            return value
        }
    }
}
