import CommitteeDocsDiagnostics
import CommitteeDocsFormatting

/// A meeting of Borgerrepræsentationen or a committee: the agenda's items in order, each with the
/// document it comes from and its attachments (bilag). The packet is built from it.
public struct Møde: Hashable, Sendable {
    public enum Mødetype: String, Hashable, Sendable, CaseIterable {
        case ordinært
        case ekstraordinært
    }

    public var udvalg: Udvalg
    public var type: Mødetype
    public var dato: DanishDate
    public var tid: DanishTime
    public var sted: String
    /// A supplementary agenda (tillægsdagsorden) names the meeting file of the main agenda.
    public var tillægTil: Located<String>?
    public var punkter: [Punkt]
    public var position: SourcePosition

    public init(udvalg: Udvalg, type: Mødetype, dato: DanishDate, tid: DanishTime, sted: String,
                tillægTil: Located<String>? = nil, punkter: [Punkt], position: SourcePosition) {
        self.udvalg = udvalg
        self.type = type
        self.dato = dato
        self.tid = tid
        self.sted = sted
        self.tillægTil = tillægTil
        self.punkter = punkter
        self.position = position
    }
}

/// One item of the agenda.
public struct Punkt: Hashable, Sendable {
    public enum Indhold: Hashable, Sendable {
        /// A plan or memo file, relative to the meeting file; `dokumentnr` picks one of a plan's documents.
        case fil(Located<String>, dokumentnr: Dokumentnummer?)
        /// Text written in the meeting file, in Markdown, with where it is written.
        case tekst(Located<String>)
    }

    public var titel: String
    /// The serial number, e.g. "BR 294/08".
    public var nummer: String
    public var sagsnr: Sagsnummer
    public var adgang: Adgang
    /// Why a closed item is closed (`lukket-grund`); shown only in the internal edition.
    public var lukketGrund: LukketGrund?
    /// The reading, when the body treats the case more than once: 1 → "(1. behandling)".
    public var behandling: Int?
    public var indhold: Indhold
    public var bilag: [Bilag]
    public var position: SourcePosition
    public var keyPath: String

    public init(titel: String, nummer: String, sagsnr: Sagsnummer, adgang: Adgang, lukketGrund: LukketGrund? = nil,
                behandling: Int? = nil, indhold: Indhold, bilag: [Bilag] = [], position: SourcePosition, keyPath: String) {
        self.titel = titel
        self.nummer = nummer
        self.sagsnr = sagsnr
        self.adgang = adgang
        self.lukketGrund = lukketGrund
        self.behandling = behandling
        self.indhold = indhold
        self.bilag = bilag
        self.position = position
        self.keyPath = keyPath
    }
}

/// An attachment: a file next to the meeting file, public or not.
public struct Bilag: Hashable, Sendable {
    public var titel: String
    /// The path relative to the meeting file's folder, as written.
    public var fil: Located<String>
    public var adgang: Adgang

    public init(titel: String, fil: Located<String>, adgang: Adgang) {
        self.titel = titel
        self.fil = fil
        self.adgang = adgang
    }
}
