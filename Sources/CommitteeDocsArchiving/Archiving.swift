import CommitteeDocsArchive
import CommitteeDocsFormatting
import Foundation
import CommitteeDocsModel
import CommitteeDocsPacket
import CommitteeDocsRendering

/// What an archive keeps of rendered work: the one place that maps a rendered document, or an
/// edition of a meeting packet, to the bags the archive writes. It stands after both the
/// renderer and the packets, so neither knows the archive; the CLI and the benchmark call it.
public enum Archiving {
    /// How an archive keeps a rendered document from data: one bag in its series
    /// (`bags/<sagsnr>/<dokumentnr>`), in the edition of its access, holding every rendered file
    /// and, where nothing closed would be shown by it, the data file it came from.
    /// - Parameters:
    ///   - source: the data file's bytes and its path as given (the bag keeps its name).
    ///   - baggingDate: Bagging-Date; the document's own date when nil, so the same input gives the same bag.
    public static func deposit(_ document: RenderedDocument, source: (path: String, bytes: [UInt8]),
                               baggingDate: DanishDate? = nil) -> Archive.Deposit? {
        guard let facts = document.facts else { return nil }
        let identity = facts.identity
        var payload = document.files.map { Bag.PayloadFile(path: identity.name + "." + $0.format.fileExtension, bytes: $0.content.bytes) }
        // An open document's bag is public: it keeps the data file only when nothing in it is closed.
        if identity.adgang == .lukket || facts.kildeAdgang == .åben {
            payload.append(Bag.PayloadFile(path: "kilde/" + (source.path as NSString).lastPathComponent, bytes: source.bytes))
        }
        var info: [(String, String)] = [("Udvalg", identity.til)]
        if let kle = identity.kle { info.append(("KLE", kle.description)) }
        info.append(("Access", identity.adgang.rawValue))
        return Archive.Deposit(series: .document(identity.sagsnr, identity.dokumentnr), udgave: Udgave(identity.adgang),
                               payload: payload, info: info, baggingDate: baggingDate ?? identity.dato)
    }

    /// How an archive keeps an edition of a packet: one bag per item of the agenda (the item's
    /// document in every format, its attachments in this edition, and the memo or plan file it
    /// was rendered from) and one bag for the whole packet (every file as published, and the
    /// meeting file). Each bag's info names the meeting (Udvalg, Mødedato) and an item's place
    /// (Punkt, Punktnummer). The bags live in `bags/møder/<meeting>/<item>/` and
    /// `bags/møder/<meeting>/pakke/`; Bagging-Date is `baggingDate`, or else the meeting's date.
    public static func deposits(_ packet: Packet, baggingDate: DanishDate? = nil) -> [Archive.Deposit] {
        let date = baggingDate ?? packet.dato
        let meetingInfo = [("Udvalg", packet.udvalg.navn), ("Mødedato", packet.dato.iso)]
        var deposits: [Archive.Deposit] = []
        for item in packet.items {
            var parts = packet.files.filter { $0.punkt == item.nr }.map { (Bag.PayloadFile(path: $0.path, bytes: $0.bytes), $0.adgang) }
            if let source = item.source, let bytes = FileManager.default.contents(atPath: source.path) {
                parts.append((Bag.PayloadFile(path: "kilde/" + (source.path as NSString).lastPathComponent, bytes: [UInt8](bytes)),
                              .strictest([item.adgang, source.adgang])))
            }
            let (payload, access) = kept(parts, in: packet.udgave)
            var info = meetingInfo + [("Punkt", String(item.nr))]
            if let nummer = item.nummer { info.append(("Punktnummer", nummer)) }
            info += [("External-Description", item.titel), ("Access", access.rawValue)]
            deposits.append(Archive.Deposit(series: .meetingItem(packet.meeting, item: item.slug, sagsnr: item.sagsnr, dokumentnr: item.dokumentnr),
                                            udgave: packet.udgave, payload: payload, info: info, baggingDate: date))
        }
        var parts = packet.files.map { (Bag.PayloadFile(path: $0.path, bytes: $0.bytes), $0.adgang) }
        if let meetingFile = packet.meetingFile, let bytes = FileManager.default.contents(atPath: meetingFile) {
            parts.append((Bag.PayloadFile(path: "kilde/" + (meetingFile as NSString).lastPathComponent, bytes: [UInt8](bytes)),
                          packet.meetingFileAdgang))
        }
        let (payload, access) = kept(parts, in: packet.udgave)
        let description = "\(packet.udvalg.navn), \(packet.tillæg ? "tillægsdagsorden til " : "")møde \(packet.dato.withWeekday)"
        let info = meetingInfo + [("External-Description", description), ("Access", access.rawValue)]
        deposits.append(Archive.Deposit(series: .meetingPacket(packet.meeting), udgave: packet.udgave, payload: payload, info: info,
                                        baggingDate: date))
        return deposits
    }

    /// What a bag of this edition keeps of `parts`, and its access, from what it keeps: the
    /// public edition keeps only open parts (a closed item there is its public stand-in, and no
    /// closed data file goes with it), so its bags are open; an internal bag is closed when
    /// anything in it is.
    private static func kept(_ parts: [(Bag.PayloadFile, Adgang)], in udgave: Udgave) -> (payload: [Bag.PayloadFile], access: Adgang) {
        let kept = udgave == .offentlig ? parts.filter { $0.1 == .åben } : parts
        return (kept.map(\.0), .strictest(kept.map(\.1)))
    }
}
