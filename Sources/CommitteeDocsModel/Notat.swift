import CommitteeDocsFormatting

/// A committee memo (notat) in the Danish memo format: recipient, title, sections, and the side
/// column with date, Sagsnr., Dokumentnr. and Sagsbehandler.
public struct Notat: Hashable, Sendable {
    /// The recipient committee, e.g. "Teknik- og Miljøudvalget" (shown as "Til …").
    public var til: String
    public var titel: String
    public var dato: DanishDate
    public var sagsnr: Sagsnummer
    public var dokumentnr: Dokumentnummer
    public var sagsbehandler: String
    public var forvaltning: String?
    public var center: String?
    public var kle: KLENummer?
    public var adgang: Adgang
    /// Why a closed memo is closed (`lukket-grund`).
    public var lukketGrund: LukketGrund?
    public var afsnit: [Afsnit]

    public init(til: String, titel: String, dato: DanishDate, sagsnr: Sagsnummer, dokumentnr: Dokumentnummer,
                sagsbehandler: String, forvaltning: String? = nil, center: String? = nil, kle: KLENummer? = nil,
                adgang: Adgang = .åben, lukketGrund: LukketGrund? = nil, afsnit: [Afsnit]) {
        self.til = til
        self.titel = titel
        self.dato = dato
        self.sagsnr = sagsnr
        self.dokumentnr = dokumentnr
        self.sagsbehandler = sagsbehandler
        self.forvaltning = forvaltning
        self.center = center
        self.kle = kle
        self.adgang = adgang
        self.lukketGrund = lukketGrund
        self.afsnit = afsnit
    }
}

/// A section of a memo: a heading, prose in Markdown, and possibly lettered sub-sections ("A:", "B:").
public struct Afsnit: Hashable, Sendable {
    /// A label shown before the heading, such as "A" in "A: Fælles politik".
    public var betegnelse: String?
    public var overskrift: String
    /// Prose the official wrote in Markdown (raw HTML is shown as text).
    public var tekst: String?
    public var afsnit: [Afsnit]

    public init(betegnelse: String? = nil, overskrift: String, tekst: String? = nil, afsnit: [Afsnit] = []) {
        self.betegnelse = betegnelse
        self.overskrift = overskrift
        self.tekst = tekst
        self.afsnit = afsnit
    }
}

/// Whether a document is public (åben) or closed (lukket, e.g. a closed item of a meeting).
public enum Adgang: String, Hashable, Sendable, CaseIterable {
    case åben
    case lukket

    /// The access of something made of `parts`: closed when any part is closed.
    public static func strictest<Parts: Sequence>(_ parts: Parts) -> Adgang where Parts.Element == Adgang {
        parts.contains(.lukket) ? .lukket : .åben
    }
}

/// A document read from a data file: a stand-alone memo, or one of the documents a plan lists.
public enum Submission: Hashable, Sendable {
    case notat(Notat)
    /// An indstilling or ansøgning, rendered from its plan.
    case planDokument(Plan, PlanDokument)

    /// The document's kind, which also names its template.
    public var kind: DocumentKind {
        switch self {
        case .notat: return .notat
        case .planDokument(_, let dokument): return dokument.kind
        }
    }

    public var sagsnr: Sagsnummer {
        switch self {
        case .notat(let notat): return notat.sagsnr
        case .planDokument(let plan, _): return plan.sag.sagsnr
        }
    }

    public var dokumentnr: Dokumentnummer {
        switch self {
        case .notat(let notat): return notat.dokumentnr
        case .planDokument(_, let dokument): return dokument.dokumentnr
        }
    }
}

extension Plan {
    /// Every document the plan lists, in its order; a plan's notat is an ordinary memo filled in
    /// from the plan's case.
    public var submissions: [Submission] {
        dokumenter.map { dokument in
            guard case .notat(let afsnit) = dokument.indhold else { return .planDokument(self, dokument) }
            return .notat(Notat(til: dokument.til.navn, titel: dokument.titel ?? titel, dato: dokument.dato,
                                sagsnr: sag.sagsnr, dokumentnr: dokument.dokumentnr,
                                sagsbehandler: dokument.sagsbehandler ?? sag.sagsbehandler,
                                forvaltning: sag.forvaltning, center: sag.center, kle: sag.kle,
                                adgang: dokument.adgang, afsnit: afsnit))
        }
    }
}
