import CommitteeDocsFormatting
import CommitteeDocsModel
import CommitteeDocsTemplating

/// The meeting a document is shown at: the body whose agenda holds it, the meeting's date, and
/// the reading. A document rendered alone has none; it is shown as of its own date, for the
/// committee it is addressed to.
public struct MeetingContext: Hashable, Sendable {
    public var udvalg: Udvalg
    public var dato: DanishDate
    /// 1 → "(1. behandling)".
    public var behandling: Int?

    public init(udvalg: Udvalg, dato: DanishDate, behandling: Int? = nil) {
        self.udvalg = udvalg
        self.dato = dato
        self.behandling = behandling
    }

    /// The meeting's body as a step of a plan's route; nil for a committee no plan passes.
    public var routeBody: Udvalg? { udvalg.isOnRoute ? udvalg : nil }
}

/// One attachment as a document lists it under "Bilag": "Bilag 1. Helhedsplanen", linked to its
/// file in the packet, or named as withheld in the public edition.
public struct BilagEntry: Hashable, Sendable {
    /// Its number on the item, from 1.
    public var nummer: Int
    public var titel: String
    /// The file relative to the item's page (`../bilag/02-br-412-19-1-plan.md`); nil when the
    /// document is rendered alone, or when the attachment is withheld.
    public var link: String?
    /// A closed attachment the public edition withholds: named, without a link, and marked as
    /// withheld. Its title is public (as on kk.dk's agendas); its file is not.
    public var tilbageholdt: Bool

    public init(nummer: Int, titel: String, link: String? = nil, tilbageholdt: Bool = false) {
        self.nummer = nummer
        self.titel = titel
        self.link = link
        self.tilbageholdt = tilbageholdt
    }

    /// The list a template shows: `{{nummer}}`, `{{titel}}`, `{{link}}` (or null), `{{tilbageholdt}}`.
    static func list(_ entries: [BilagEntry]) -> [TemplateValue] {
        entries.map { entry in
            .object([
                "nummer": .string(String(entry.nummer)),
                "titel": .string(entry.titel),
                "link": entry.link.map(TemplateValue.string) ?? .null,
                "tilbageholdt": .bool(entry.tilbageholdt),
            ], text: entry.titel)
        }
    }
}

/// How a meeting presents a document: the meeting, the item's attachments, and whether the item
/// is closed.
public struct Presentation: Hashable, Sendable {
    public var meeting: MeetingContext
    public var bilag: [BilagEntry]
    /// A closed item (internal edition): its page is marked "Lukket punkt", with the ground.
    public var lukketPunkt: LukketPunkt?

    public init(meeting: MeetingContext, bilag: [BilagEntry], lukketPunkt: LukketPunkt? = nil) {
        self.meeting = meeting
        self.bilag = bilag
        self.lukketPunkt = lukketPunkt
    }
}

/// A closed agenda item, as its page marks it: "Lukket punkt – lukket efter ‹grund›".
public struct LukketPunkt: Hashable, Sendable {
    public var grund: LukketGrund?

    public init(grund: LukketGrund?) {
        self.grund = grund
    }

    /// `{{#lukketpunkt}}…{{grund}}`; null for an open item or a document rendered alone.
    static func value(_ punkt: LukketPunkt?) -> TemplateValue {
        punkt.map { .object(["grund": $0.grund.map(TemplateValue.string) ?? .null], text: nil) } ?? .null
    }
}
