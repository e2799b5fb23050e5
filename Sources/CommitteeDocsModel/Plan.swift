import CommitteeDocsDiagnostics
import CommitteeDocsFormatting

/// A plan that goes through the committees: a helhedsplan (funded by Landsbyggefonden) or an
/// områdefornyelse (area renewal, part-funded by the state). Officials enter it once; every
/// document it lists is rendered from it.
public struct Plan: Hashable, Sendable {
    public var kind: PlanKind
    public var fase: PlanFase
    public var titel: String
    public var område: String
    public var periode: Periode
    public var sag: Sag
    /// Helhedsplan only: the housing organisation applying.
    public var boligorganisation: String?
    /// Helhedsplan only: the housing departments covered, with their households.
    public var afdelinger: [Afdeling]
    /// Helhedsplan only: Landsbyggefonden's funding period, e.g. "2019-26".
    public var lbfPeriode: Located<String>?
    public var budget: Budget
    public var finansiering: Located<[Finansieringskilde]>
    public var forløb: Located<[Forløbstrin]>
    /// An endelig plan's reference to the approved foreløbig plan.
    public var foreløbig: Located<ForeløbigReference>?
    public var dokumenter: [PlanDokument]
    /// Where the plan starts in its file, for errors about the plan as a whole.
    public var position: SourcePosition

    public init(kind: PlanKind, fase: PlanFase, titel: String, område: String, periode: Periode, sag: Sag,
                boligorganisation: String? = nil, afdelinger: [Afdeling] = [], lbfPeriode: Located<String>? = nil,
                budget: Budget, finansiering: Located<[Finansieringskilde]>, forløb: Located<[Forløbstrin]>,
                foreløbig: Located<ForeløbigReference>? = nil, dokumenter: [PlanDokument], position: SourcePosition) {
        self.kind = kind
        self.fase = fase
        self.titel = titel
        self.område = område
        self.periode = periode
        self.sag = sag
        self.boligorganisation = boligorganisation
        self.afdelinger = afdelinger
        self.lbfPeriode = lbfPeriode
        self.budget = budget
        self.finansiering = finansiering
        self.forløb = forløb
        self.foreløbig = foreløbig
        self.dokumenter = dokumenter
        self.position = position
    }

    /// The households of all departments.
    public var husstande: Int { afdelinger.reduce(0) { $0 + $1.husstande } }
}

/// A value with the position and key path it was read from, so a rule can point at it.
public struct Located<Value: Hashable & Sendable>: Hashable, Sendable {
    public var value: Value
    public var position: SourcePosition
    public var keyPath: String

    public init(_ value: Value, at position: SourcePosition, keyPath: String) {
        self.value = value
        self.position = position
        self.keyPath = keyPath
    }
}

public enum PlanKind: String, Hashable, Sendable, CaseIterable {
    case helhedsplan
    case områdefornyelse

    /// The plural used in rule messages: "helhedsplaner", "områdefornyelser".
    public var plural: String {
        switch self {
        case .helhedsplan: return "helhedsplaner"
        case .områdefornyelse: return "områdefornyelser"
        }
    }
}

public enum PlanFase: String, Hashable, Sendable, CaseIterable {
    case foreløbig
    case endelig
}

/// A span of dates, both ends included.
public struct Periode: Hashable, Sendable {
    public var start: DanishDate
    public var slut: DanishDate

    public init(start: DanishDate, slut: DanishDate) {
        self.start = start
        self.slut = slut
    }
}

/// The case the plan belongs to, shared by all its documents.
public struct Sag: Hashable, Sendable {
    public var sagsnr: Sagsnummer
    public var kle: KLENummer?
    public var forvaltning: String
    public var center: String?
    public var sagsbehandler: String
    /// The director who signs recommendations.
    public var direktør: String?

    public init(sagsnr: Sagsnummer, kle: KLENummer? = nil, forvaltning: String, center: String? = nil,
                sagsbehandler: String, direktør: String? = nil) {
        self.sagsnr = sagsnr
        self.kle = kle
        self.forvaltning = forvaltning
        self.center = center
        self.sagsbehandler = sagsbehandler
        self.direktør = direktør
    }
}

/// A housing department (boligafdeling) covered by a helhedsplan.
public struct Afdeling: Hashable, Sendable {
    public var navn: String
    public var husstande: Int

    public init(navn: String, husstande: Int) {
        self.navn = navn
        self.husstande = husstande
    }
}

/// The budget: a declared total and its split over activity areas (indsatsområder).
public struct Budget: Hashable, Sendable {
    public var total: Located<Amount>
    public var poster: [Located<BudgetPost>]
    public var position: SourcePosition

    public init(total: Located<Amount>, poster: [Located<BudgetPost>], position: SourcePosition) {
        self.total = total
        self.poster = poster
        self.position = position
    }
}

public struct BudgetPost: Hashable, Sendable {
    public var indsatsområde: String
    public var beløb: Amount

    public init(indsatsområde: String, beløb: Amount) {
        self.indsatsområde = indsatsområde
        self.beløb = beløb
    }
}

/// Who pays: the kinds a funding rule distinguishes.
public enum Kildeart: String, Hashable, Sendable, CaseIterable {
    case lbf
    case kommune
    case boligorganisation
    case afdeling
    case stat
    case andre

    /// The name in a financing table.
    public var navn: String {
        switch self {
        case .lbf: return "Landsbyggefonden"
        case .kommune: return "Kommunen"
        case .boligorganisation: return "Boligorganisationen"
        case .afdeling: return "Boligafdelingen"
        case .stat: return "Staten"
        case .andre: return "Andre"
        }
    }
}

/// One financing source of a plan.
public struct Finansieringskilde: Hashable, Sendable {
    public var kilde: String
    public var art: Kildeart
    public var beløb: Amount
    /// Where the amount is written.
    public var beløbPosition: SourcePosition

    public init(kilde: String, art: Kildeart, beløb: Amount, beløbPosition: SourcePosition) {
        self.kilde = kilde
        self.art = art
        self.beløb = beløb
        self.beløbPosition = beløbPosition
    }
}

public enum Trinstatus: String, Hashable, Sendable, CaseIterable {
    case planlagt
    case godkendt
    case afvist
    case udsat
}

/// One step of the route: a meeting of a committee (or LBF's decision) and its outcome.
public struct Forløbstrin: Hashable, Sendable {
    /// A decision the plan itself claims (status other than planlagt, typed by hand), as opposed
    /// to one read from a meeting's decisions file.
    public var isClaimedDecision: Bool { referat == nil && status != .planlagt }

    public var udvalg: Udvalg
    public var dato: DanishDate
    public var status: Trinstatus
    /// The decision as recorded, e.g. "Indstillingen blev godkendt."
    public var beslutning: String?
    /// The meeting's decisions file (`referat`, relative to the plan file) that records this
    /// step's outcome. With it, `status` and `beslutning` come from what the meeting decided and
    /// are not typed in the plan; without it, they are the plan's own claim.
    public var referat: Located<String>?
    public var position: SourcePosition
    public var keyPath: String

    public init(udvalg: Udvalg, dato: DanishDate, status: Trinstatus, beslutning: String? = nil,
                referat: Located<String>? = nil, position: SourcePosition, keyPath: String) {
        self.udvalg = udvalg
        self.dato = dato
        self.status = status
        self.beslutning = beslutning
        self.referat = referat
        self.position = position
        self.keyPath = keyPath
    }
}

/// An endelig plan's reference to its approved foreløbig plan.
public struct ForeløbigReference: Hashable, Sendable {
    public var dokumentnr: Dokumentnummer?
    /// The date Borgerrepræsentationen approved the foreløbig plan.
    public var godkendt: DanishDate?

    public init(dokumentnr: Dokumentnummer? = nil, godkendt: DanishDate? = nil) {
        self.dokumentnr = dokumentnr
        self.godkendt = godkendt
    }
}

/// One document a plan produces.
public struct PlanDokument: Hashable, Sendable {
    public enum Indhold: Hashable, Sendable {
        case notat([Afsnit])
        case indstilling(Indstilling)
        case ansøgning(Ansøgning)
    }

    public var dokumentnr: Dokumentnummer
    public var dato: DanishDate
    /// The recipient: a committee on the route, or LBF for an application.
    public var til: Udvalg
    public var titel: String?
    public var sagsbehandler: String?
    public var adgang: Adgang
    /// Why a closed document is closed (`lukket-grund`).
    public var lukketGrund: LukketGrund?
    public var indhold: Indhold
    /// Where its kind, number and recipient stand in the data, for the rules' errors.
    public var positions: Positions

    public struct Positions: Hashable, Sendable {
        public var dokument: SourcePosition
        public var dokumentnr: SourcePosition
        public var til: SourcePosition

        public init(dokument: SourcePosition, dokumentnr: SourcePosition, til: SourcePosition) {
            self.dokument = dokument
            self.dokumentnr = dokumentnr
            self.til = til
        }
    }

    public init(dokumentnr: Dokumentnummer, dato: DanishDate, til: Udvalg, titel: String? = nil,
                sagsbehandler: String? = nil, adgang: Adgang = .åben, lukketGrund: LukketGrund? = nil,
                indhold: Indhold, positions: Positions) {
        self.dokumentnr = dokumentnr
        self.dato = dato
        self.til = til
        self.titel = titel
        self.sagsbehandler = sagsbehandler
        self.adgang = adgang
        self.lukketGrund = lukketGrund
        self.indhold = indhold
        self.positions = positions
    }

    /// Its kind, which also names its template: notat, indstilling or ansøgning.
    public var kind: DocumentKind {
        switch indhold {
        case .notat: return .notat
        case .indstilling: return .indstilling
        case .ansøgning: return .ansøgning
        }
    }
}

/// A recommendation to a committee, in Copenhagen's order.
public struct Indstilling: Hashable, Sendable {
    public var resumé: String
    /// The numbered clauses, each starting with "at …".
    public var indstilling: [String]
    public var problemstilling: String
    public var løsning: String
    /// Prose before the computed financing table.
    public var økonomi: String
    /// Prose after the generated route.
    public var videreProces: String?
    public var bilag: [String]
    public var underskrift: [Underskriver]

    public init(resumé: String, indstilling: [String], problemstilling: String, løsning: String, økonomi: String,
                videreProces: String? = nil, bilag: [String] = [], underskrift: [Underskriver]) {
        self.resumé = resumé
        self.indstilling = indstilling
        self.problemstilling = problemstilling
        self.løsning = løsning
        self.økonomi = økonomi
        self.videreProces = videreProces
        self.bilag = bilag
        self.underskrift = underskrift
    }
}

public struct Underskriver: Hashable, Sendable {
    public var navn: String
    public var titel: String

    public init(navn: String, titel: String) {
        self.navn = navn
        self.titel = titel
    }
}

/// An application to Landsbyggefonden for a helhedsplan.
public struct Ansøgning: Hashable, Sendable {
    public var indledning: String
    /// The municipality's recommendation.
    public var anbefaling: String
    public var underskrift: [Underskriver]

    public init(indledning: String, anbefaling: String, underskrift: [Underskriver]) {
        self.indledning = indledning
        self.anbefaling = anbefaling
        self.underskrift = underskrift
    }
}
