import CommitteeDocsDiagnostics
import CommitteeDocsFormatting
import CommitteeDocsModel
import CommitteeDocsTemplating

/// The values templates see: the model with each field in the Danish forms a document shows.
///
/// Keys are the data file's Danish keys. Optional fields are present as `.null` when not given, so
/// a template can test them with `{{#kle}}`/`{{^kle}}` while a misspelt name is still an error.
public enum SubmissionView {
    /// Throws only for a plan whose shares cannot be computed (see `PlanView.shared`).
    /// - Parameters:
    ///   - bilag: the attachments of the meeting item that presents a memo; listed under "Bilag".
    ///   - lukketPunkt: the closed item that presents it, marked on its page.
    public static func make(_ submission: Submission, bilag: [BilagEntry]? = nil,
                            lukketPunkt: LukketPunkt? = nil) throws(DiagnosticList) -> TemplateValue {
        switch submission {
        case .notat(let notat): return make(notat, bilag: bilag, lukketPunkt: lukketPunkt)
        case .planDokument(let plan, let dokument): return try PlanView.make(plan, dokument)
        }
    }

    public static func make(_ notat: Notat, bilag: [BilagEntry]? = nil, lukketPunkt: LukketPunkt? = nil) -> TemplateValue {
        .object([
            "dokument": .string("notat"),
            "til": .string(notat.til),
            "titel": .string(notat.titel),
            "dato": date(notat.dato),
            "sagsnr": .string(notat.sagsnr.description),
            "dokumentnr": .string(notat.dokumentnr.description),
            "sagsbehandler": .string(notat.sagsbehandler),
            "forvaltning": optional(notat.forvaltning),
            "center": optional(notat.center),
            "kle": optional(notat.kle?.description),
            "adgang": adgang(notat.adgang, grund: notat.lukketGrund),
            "lukketpunkt": LukketPunkt.value(lukketPunkt),
            "afsnit": .list(notat.afsnit.map(section)),
            "bilagsliste": bilagList(bilag ?? []),
        ], text: nil)
    }

    /// `{{#bilagsliste}}…{{#liste}}` the attachments under "Bilag"; null when there are none.
    public static func bilagList(_ entries: [BilagEntry]) -> TemplateValue {
        entries.isEmpty ? .null : .object(["liste": .list(BilagEntry.list(entries))], text: nil)
    }

    /// A date as `{{dato}}` → 06-04-2009, `{{dato.lang}}` → 6. april 2009,
    /// `{{dato.ugedag}}` → mandag den 6. april 2009, `{{dato.iso}}` → 2009-04-06.
    public static func date(_ date: DanishDate) -> TemplateValue {
        .object([
            "kort": .string(date.numeric),
            "lang": .string(date.long),
            "ugedag": .string(date.withWeekday),
            "iso": .string(date.iso),
        ], text: date.numeric)
    }

    /// `{{adgang}}` → åben/lukket; `{{#adgang.lukket}}` for a closed document, whose ground
    /// (`lukket-grund`) is `{{adgang.grund}}` (null when not given).
    public static func adgang(_ adgang: Adgang, grund: LukketGrund? = nil) -> TemplateValue {
        .object([
            "åben": .bool(adgang == .åben),
            "lukket": .bool(adgang == .lukket),
            "grund": optional(adgang == .lukket ? grund : nil),
        ], text: adgang.rawValue)
    }

    static func section(_ section: Afsnit) -> TemplateValue {
        .object([
            "betegnelse": optional(section.betegnelse),
            "overskrift": .string(section.overskrift),
            "tekst": section.tekst.map(TemplateValue.markdown) ?? .null,
            "afsnit": .list(section.afsnit.map(Self.section)),
        ], text: nil)
    }

    static func optional(_ text: String?) -> TemplateValue {
        text.map(TemplateValue.string) ?? .null
    }
}
