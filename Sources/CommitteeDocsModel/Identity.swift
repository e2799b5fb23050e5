import CommitteeDocsDiagnostics
import CommitteeDocsFormatting

/// The kinds of document committee-docs renders; each is also its template's name.
public enum DocumentKind: String, Hashable, Sendable, CaseIterable {
    case notat
    case indstilling
    case ansøgning
}

/// Who a rendered document is, as everything after rendering knows it (output folders, meeting
/// packets, the archive): its case and document numbers, kind, access, date and recipient.
/// Every path is derived from these typed values and never parsed back.
public struct DocumentIdentity: Hashable, Sendable {
    public var sagsnr: Sagsnummer
    public var dokumentnr: Dokumentnummer
    public var kind: DocumentKind
    public var adgang: Adgang
    public var dato: DanishDate
    /// The body or person it is addressed to, by name: "Teknik- og Miljøudvalget".
    public var til: String
    /// Its KLE journal number, when it has one.
    public var kle: KLENummer?

    public init(sagsnr: Sagsnummer, dokumentnr: Dokumentnummer, kind: DocumentKind, adgang: Adgang, dato: DanishDate,
                til: String, kle: KLENummer? = nil) {
        self.sagsnr = sagsnr
        self.dokumentnr = dokumentnr
        self.kind = kind
        self.adgang = adgang
        self.dato = dato
        self.til = til
        self.kle = kle
    }

    /// `2009-199623-notat`: its files' name without the extension. Validated identifiers are
    /// digits and dashes, so data can never steer a path.
    public var name: String { "\(dokumentnr)-\(kind.rawValue)" }

    /// `2009-45219/2009-199623-notat`: where it is written below an output folder.
    public var path: String { "\(sagsnr)/\(name)" }
}

/// Which edition of a meeting's documents, or of an archived document: everything (intern), or
/// the public one, where closed items keep their title but lose their content and attachments.
public enum Udgave: String, Hashable, Sendable, CaseIterable {
    case offentlig
    case intern

    /// The edition a document of this access belongs to: an open one is public.
    public init(_ adgang: Adgang) {
        self = adgang == .lukket ? .intern : .offentlig
    }

    /// "public", "internal": the edition in a message.
    public var described: Message {
        self == .offentlig ? PacketText.publicEdition() : PacketText.internalEdition()
    }
}

/// A meeting as its files are named: `BR-2019-10-10`, or `BR-2019-10-10-tillæg` for a
/// supplementary agenda. Packet folders, minutes folders and archive series are derived from it.
public struct MeetingID: Hashable, Sendable, CustomStringConvertible {
    public var udvalg: Udvalg
    public var dato: DanishDate
    /// A supplementary agenda (tillægsdagsorden).
    public var tillæg: Bool

    public init(udvalg: Udvalg, dato: DanishDate, tillæg: Bool) {
        self.udvalg = udvalg
        self.dato = dato
        self.tillæg = tillæg
    }

    public var description: String { "\(udvalg.rawValue)-\(dato.iso)\(tillæg ? "-tillæg" : "")" }

    /// `BR-2019-10-10-offentlig`: an edition's packet folder.
    public func packetFolder(_ udgave: Udgave) -> String { "\(self)-\(udgave.rawValue)" }

    /// `BR-2019-10-10-referat-offentlig`: an edition's minutes folder.
    public func minutesFolder(_ udgave: Udgave) -> String { "\(self)-referat-\(udgave.rawValue)" }
}

extension Møde {
    public var id: MeetingID { MeetingID(udvalg: udvalg, dato: dato, tillæg: tillægTil != nil) }
}

extension Submission {
    /// Who the document is: its numbers, kind, access, date, recipient and KLE number.
    public var identity: DocumentIdentity {
        switch self {
        case .notat(let notat):
            return DocumentIdentity(sagsnr: notat.sagsnr, dokumentnr: notat.dokumentnr, kind: .notat, adgang: notat.adgang,
                                    dato: notat.dato, til: notat.til, kle: notat.kle)
        case .planDokument(let plan, let dokument):
            return DocumentIdentity(sagsnr: plan.sag.sagsnr, dokumentnr: dokument.dokumentnr, kind: dokument.kind,
                                    adgang: dokument.adgang, dato: dokument.dato, til: dokument.til.navn, kle: plan.sag.kle)
        }
    }
}
