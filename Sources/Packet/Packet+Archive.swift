import Archive
import Foundation
import Model

extension Packet {
    /// How an archive keeps this edition of a packet: one bag per item of the agenda (the item's
    /// document in every format, its attachments in this edition, and the memo or plan file it
    /// was rendered from) and one bag for the whole packet (every file as published, and the
    /// meeting file). Each bag's info names the meeting (Udvalg, Mødedato) and an item's place
    /// (Punkt, Punktnummer). The bags live in `bags/møder/<meeting>/<item>/` and
    /// `bags/møder/<meeting>/pakke/`; Bagging-Date is `baggingDate`, or else the meeting's date.
    public func archiveSubmissions(baggingDate: String? = nil) -> [Archive.Submission] {
        let series = "bags/møder/\(meeting)"
        let date = baggingDate ?? dato.iso
        let meetingInfo = [("Udvalg", udvalg.navn), ("Mødedato", dato.iso)]
        var submissions: [Archive.Submission] = []
        for item in items {
            var parts = files.filter { $0.punkt == item.nr }.map { (Bag.PayloadFile(path: $0.path, bytes: $0.bytes), $0.adgang) }
            if let source = item.source, let bytes = FileManager.default.contents(atPath: source.path) {
                parts.append((Bag.PayloadFile(path: "kilde/" + (source.path as NSString).lastPathComponent, bytes: [UInt8](bytes)),
                              .strictest([item.adgang, source.adgang])))
            }
            let (payload, access) = kept(parts)
            var info = meetingInfo + [("Punkt", String(item.nr))]
            if let nummer = item.nummer { info.append(("Punktnummer", nummer)) }
            info += [("External-Description", item.titel), ("Access", access.rawValue)]
            submissions.append(Archive.Submission(sagsnr: item.sagsnr ?? "", dokumentnr: item.dokumentnr ?? "", edition: udgave.rawValue,
                                                  payload: payload, info: info, baggingDate: date, series: series + "/" + item.slug))
        }
        var parts = files.map { (Bag.PayloadFile(path: $0.path, bytes: $0.bytes), $0.adgang) }
        if let meetingFile, let bytes = FileManager.default.contents(atPath: meetingFile) {
            parts.append((Bag.PayloadFile(path: "kilde/" + (meetingFile as NSString).lastPathComponent, bytes: [UInt8](bytes)),
                          meetingFileAdgang))
        }
        let (payload, access) = kept(parts)
        let info = meetingInfo + [("External-Description", "\(udvalg.navn), \(tillæg ? "tillægsdagsorden til " : "")møde \(dato.withWeekday)"),
                                  ("Access", access.rawValue)]
        submissions.append(Archive.Submission(sagsnr: "", dokumentnr: "", edition: udgave.rawValue, payload: payload, info: info,
                                              baggingDate: date, series: series + "/pakke"))
        return submissions
    }

    /// What a bag of this edition keeps of `parts`, and its access, from what it keeps: the
    /// public edition keeps only open parts (a closed item there is its public stand-in, and no
    /// closed data file goes with it), so its bags are open; an internal bag is closed when
    /// anything in it is.
    private func kept(_ parts: [(Bag.PayloadFile, Adgang)]) -> (payload: [Bag.PayloadFile], access: Adgang) {
        let kept = udgave == .offentlig ? parts.filter { $0.1 == .åben } : parts
        return (kept.map(\.0), .strictest(kept.map(\.1)))
    }
}
