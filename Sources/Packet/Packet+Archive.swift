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
            var payload = files.filter { $0.punkt == item.nr }.map { Bag.PayloadFile(path: $0.path, bytes: $0.bytes) }
            if let source = item.source, let bytes = FileManager.default.contents(atPath: source) {
                payload.append(Bag.PayloadFile(path: "kilde/" + (source as NSString).lastPathComponent, bytes: [UInt8](bytes)))
            }
            var info = meetingInfo + [("Punkt", String(item.nr))]
            if let nummer = item.nummer { info.append(("Punktnummer", nummer)) }
            info += [("External-Description", item.titel), ("Access", access(item.adgang).rawValue)]
            submissions.append(Archive.Submission(sagsnr: item.sagsnr ?? "", dokumentnr: item.dokumentnr ?? "", edition: udgave.rawValue,
                                                  payload: payload, info: info, baggingDate: date, series: series + "/" + item.slug))
        }
        var payload = files.map { Bag.PayloadFile(path: $0.path, bytes: $0.bytes) }
        if let meetingFile, let bytes = FileManager.default.contents(atPath: meetingFile) {
            payload.append(Bag.PayloadFile(path: "kilde/" + (meetingFile as NSString).lastPathComponent, bytes: [UInt8](bytes)))
        }
        let closed = files.contains { $0.adgang == .lukket } || items.contains { $0.adgang == .lukket }
        let info = meetingInfo + [("External-Description", "\(udvalg.navn), \(tillæg ? "tillægsdagsorden til " : "")møde \(dato.withWeekday)"),
                                  ("Access", access(closed ? .lukket : .åben).rawValue)]
        submissions.append(Archive.Submission(sagsnr: "", dokumentnr: "", edition: udgave.rawValue, payload: payload, info: info,
                                              baggingDate: date, series: series + "/pakke"))
        return submissions
    }

    /// Who may read a bag of this edition: everything in a public edition is public (a closed
    /// item there is only its stand-in); the internal edition keeps the item's own access.
    private func access(_ adgang: Adgang) -> Adgang {
        udgave == .offentlig ? .åben : adgang
    }
}
