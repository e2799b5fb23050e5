import Crypto
import CommitteeDocsDiagnostics
import CommitteeDocsFileWriting
import Foundation
import CommitteeDocsFormatting
import CommitteeDocsLoading
import CommitteeDocsModel

/// A published packet read back from its folder (one edition), through its manifest.json: the
/// meeting, its items, and every file, each checked against the manifest's size and SHA-256. A
/// file that differs, is missing or is not listed is an error, so what is read is exactly what
/// was published.
///
/// The manifest's claims are data to check, never trusted over the files: every name must be one
/// this tool makes (an item's `navn` is its place and serial, as `packet` names it), identifiers
/// must parse, and a folder that claims to be the public edition must hold nothing closed: no
/// file marked closed, and each closed item's page exactly the public stand-in (rendered again
/// with `builder`'s templates to compare).
public enum PacketFolder {
    public static func read(_ folder: String, builder: PacketBuilder) throws(DiagnosticList) -> Packet {
        let manifestPath = folder + "/manifest.json"
        guard let data = FileManager.default.contents(atPath: manifestPath) else {
            throw DiagnosticList(Diagnostic(file: folder,
                PacketText.notAPacketFolder()))
        }
        let root = try DataLoader.load([UInt8](data), file: manifestPath, format: .json)
        var reader = DataReader()
        let top = DataPath()
        guard let fields = reader.object(root, top, keys: ["møde", "udvalg", "dato", "tillæg", "udgave", "punkter", "filer"]) else {
            try reader.collector.check()
            throw DiagnosticList(Diagnostic(file: manifestPath, PacketText.manifestNotAMapping()))
        }
        let udvalg = reader.choice(reader.required(fields, "møde"), top.appending(key: "møde"),
                                   Udvalg.meetingBodies.map { ($0.rawValue, $0) })
        let dato = date(&reader, reader.required(fields, "dato"), top.appending(key: "dato"))
        let tillæg = reader.choice(reader.required(fields, "tillæg"), top.appending(key: "tillæg"), [("false", false), ("true", true)])
        let udgave = reader.choice(reader.required(fields, "udgave"), top.appending(key: "udgave"), Udgave.allCases.map { ($0.rawValue, $0) })
        let adgange = Adgang.allCases.map { ($0.rawValue, $0) }

        var items: [Packet.Item] = []
        for (node, path) in reader.list(reader.required(fields, "punkter"), top.appending(key: "punkter"), nonEmpty: true) {
            guard let item = reader.object(node, path, keys: ["nr", "nummer", "titel", "sagsnr", "dokumentnr", "adgang", "navn"]) else { continue }
            let nr = number(&reader, reader.required(item, "nr"), path.appending(key: "nr"))
            let titel = reader.nonEmptyText(reader.required(item, "titel"), path.appending(key: "titel"))
            let adgang = reader.choice(reader.required(item, "adgang"), path.appending(key: "adgang"), adgange)
            let navnNode = reader.required(item, "navn")
            let navn = reader.nonEmptyText(navnNode, path.appending(key: "navn"))
            let nummer = reader.parsed(item.present("nummer"), path.appending(key: "nummer"), MeetingDecoder.parseSerial)
            let sagsnr = reader.parsed(item.present("sagsnr"), path.appending(key: "sagsnr"), Sagsnummer.init(parsing:))
            let dokumentnr = reader.parsed(item.present("dokumentnr"), path.appending(key: "dokumentnr"), Dokumentnummer.init(parsing:))
            guard let nr, let titel, let adgang, let navn, let navnNode else { continue }
            // The only names an item has are the ones `packet` gives: they become folder names.
            let expected = nr == 1 && nummer == nil ? Packet.Item.approvalSlug : nummer.map { Packet.Item.slug(nr, $0) }
            guard navn == expected else {
                reader.error(navnNode, path.appending(key: "navn"),
                             PacketText.notTheItemsName(["value": quoted(navn),
                                                        "expected": expected.map(quoted) ?? PacketText.theItemsPlaceAndSerial()]))
                continue
            }
            items.append(Packet.Item(nr: nr, nummer: nummer, titel: titel, sagsnr: sagsnr, dokumentnr: dokumentnr, adgang: adgang))
        }

        var files: [Packet.File] = []
        var fileNodes: [String: (DataNode, DataPath)] = [:]
        var listed: Set<String> = ["manifest.json"]
        for (node, path) in reader.list(reader.required(fields, "filer"), top.appending(key: "filer"), nonEmpty: true) {
            guard let entry = reader.object(node, path, keys: ["sti", "bytes", "sha256", "punkt", "adgang"]) else { continue }
            let sti = reader.nonEmptyText(reader.required(entry, "sti"), path.appending(key: "sti"))
            let size = number(&reader, reader.required(entry, "bytes"), path.appending(key: "bytes"))
            let sha256 = reader.nonEmptyText(reader.required(entry, "sha256"), path.appending(key: "sha256"))
            let punkt = entry.present("punkt").flatMap { number(&reader, $0, path.appending(key: "punkt")) }
            let adgang = reader.choice(reader.required(entry, "adgang"), path.appending(key: "adgang"), adgange)
            guard let sti, let size, let sha256, let adgang else { continue }
            listed.insert(sti)
            guard FileSystem.staysInside(sti) else {
                reader.error(node, path.appending(key: "sti"), PacketText.pathOutsidePacket(["value": quoted(sti)]))
                continue
            }
            guard let bytes = FileManager.default.contents(atPath: folder + "/" + sti).map({ [UInt8]($0) }) else {
                reader.error(node, path, PacketText.listedButMissing(["path": "\(folder)/\(sti)"]))
                continue
            }
            if bytes.count != size || Hex.string(SHA256.hash(data: bytes)) != sha256.lowercased() {
                reader.error(node, path, PacketText.changedAfterPublishing(["path": "\(folder)/\(sti)", "size": bytes.count,
                                                                    "sha256": Hex.string(SHA256.hash(data: bytes))]))
                continue
            }
            files.append(Packet.File(path: sti, content: .data(bytes), punkt: punkt, adgang: adgang))
            fileNodes[sti] = (node, path)
        }
        for extra in filesBelow(folder).filter({ !listed.contains($0) }) {
            reader.collector.append(Diagnostic(file: folder + "/" + extra, PacketText.notInManifest()))
        }
        try reader.collector.check()
        guard let udvalg, let dato, let tillæg, let udgave else { throw DiagnosticList(Diagnostic(file: manifestPath, PacketText.incompleteManifest())) }
        var claims = DiagnosticCollector()
        claims.append(contentsOf: DiagnosticList(edition(of: folder, claimed: udgave)))
        for file in files {
            guard let (node, path) = fileNodes[file.path] else { continue }
            for problem in access(of: file, in: udgave, items: items, builder: builder) {
                claims.append(Diagnostic(at: node.position, keyPath: path.description, problem))
            }
        }
        try claims.check()
        files.append(Packet.File(path: "manifest.json", content: .data([UInt8](data)), punkt: nil, adgang: .åben))
        return Packet(meeting: MeetingID(udvalg: udvalg, dato: dato, tillæg: tillæg), udgave: udgave, files: files, items: items,
                      meetingFileAdgang: .lukket)
    }

    /// A folder named like an edition (`…-intern`, `…-offentlig`) must be the edition its manifest says.
    private static func edition(of folder: String, claimed: Udgave) -> [Diagnostic] {
        let base = (folder as NSString).lastPathComponent
        guard let named = Udgave.allCases.first(where: { base.hasSuffix("-" + $0.rawValue) }), named != claimed else { return [] }
        return [Diagnostic(file: folder, PacketText.editionsDisagree(["named": named.described, "claimed": claimed.described]))]
    }

    /// Why `file`'s stated access is not what it holds, if it is not: a public edition holds
    /// nothing closed, and shows a closed item only as its stand-in; in the internal edition a
    /// closed item's files are closed.
    private static func access(of file: Packet.File, in udgave: Udgave, items: [Packet.Item],
                               builder: PacketBuilder) -> [Message] {
        let item = items.first { $0.nr == file.punkt }
        if file.punkt != nil, item == nil {
            return [PacketText.itemNotInManifest(["path": file.path, "item": file.punkt!])]
        }
        switch udgave {
        case .intern:
            if item?.adgang == .lukket, file.adgang == .åben {
                return [PacketText.closedItemOpenFile(["path": file.path])]
            }
        case .offentlig:
            if file.adgang == .lukket {
                return [PacketText.closedFileInPublic(["path": file.path])]
            }
            guard let item, item.adgang == .lukket else { return [] }
            guard file.path.hasPrefix("punkter/") else {
                return [PacketText.closedAttachmentInPublic(["path": file.path])]
            }
            if file.path.hasSuffix(".pdf"), !builder.renderer.options.formats.contains(.pdf) {
                return [PacketText.closedItemPDF(["path": file.path])]
            }
            guard let nummer = item.nummer, let sagsnr = item.sagsnr,
                  let standIn = try? builder.standIn(titel: item.titel, nummer: nummer, sagsnr: sagsnr, slug: item.slug),
                  let expected = standIn.files.first(where: { file.path == "punkter/\(item.slug).\($0.format.fileExtension)" }),
                  expected.content.bytes == file.bytes else {
                return [PacketText.notTheStandIn(["path": file.path])]
            }
        }
        return []
    }

    private static func date(_ reader: inout DataReader, _ node: DataNode?, _ path: DataPath) -> DanishDate? {
        guard let node, let text = reader.text(node, path) else { return nil }
        guard let date = DanishDate(parsing: text) else {
            reader.error(node, path, PacketText.notADate(["value": quoted(text)]))
            return nil
        }
        return date
    }

    private static func number(_ reader: inout DataReader, _ node: DataNode?, _ path: DataPath) -> Int? {
        guard let node, let text = reader.text(node, path) else { return nil }
        guard let number = Int(text), number >= 0 else {
            reader.error(node, path, PacketText.notAWholeNumber(["value": quoted(text)]))
            return nil
        }
        return number
    }

    /// Every file below `folder`, as relative paths.
    private static func filesBelow(_ folder: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        var files: [String] = []
        for case let path as String in walker {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isFolder), !isFolder.boolValue {
                files.append(path)
            }
        }
        return files.sorted()
    }
}
