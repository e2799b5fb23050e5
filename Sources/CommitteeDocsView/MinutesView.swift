import CommitteeDocsFormatting
import CommitteeDocsModel
import CommitteeDocsTemplating

/// The values of the minutes (`Templates/referat.md`): the meeting's decisions item by item, in
/// the agenda's order.
///
/// The public edition holds no closed item's decision, vote or remarks at all, not merely hidden
/// by the template: its `beslutning` is null there, so no template can show it.
public enum MinutesView {
    /// Item 1's title, as on the agenda.
    public static let approvalTitle = "Godkendelse af dagsordenen"

    /// - Parameters:
    ///   - protokol: the decisions, checked against `møde` (`problems(against:)` is empty); an
    ///     item without a decision shows none.
    ///   - public: the public edition, without closed items' decisions.
    public static func make(_ protokol: Beslutningsprotokol, møde: Møde, public offentlig: Bool) -> TemplateValue {
        var punkter: [TemplateValue] = [.object([
            "nr": .string("1"),
            "nummer": .null,
            "titel": .string(approvalTitle),
            "lukket": .bool(false),
            "beslutning": .object([
                "linjer": .list([.string(protokol.dagsordenen)]),
                "tekst": .null,
                "protokolbemærkninger": .list([]),
            ]),
        ])]
        for (index, punkt) in møde.agendaOrder.enumerated() {
            let lukket = punkt.adgang == .lukket
            let beslutning = offentlig && lukket ? nil : protokol.beslutning(for: punkt.nummer)
            punkter.append(.object([
                "nr": .string(String(index + 2)),
                "nummer": .string(punkt.nummer),
                "titel": .string(punkt.titel),
                "lukket": .bool(lukket),
                "beslutning": beslutning.map(decision) ?? .null,
            ]))
        }
        return .object([
            "udvalg": .string(møde.udvalg.navn),
            "type": .string(møde.type.rawValue),
            "dato": SubmissionView.date(møde.dato),
            "sted": .string(møde.sted),
            "start": .string(protokol.start.formatted),
            "slut": .string(protokol.slut.formatted),
            "offentlig": .bool(offentlig),
            "medAfbud": .bool(!protokol.fraværende.isEmpty),
            "fraværende": .list(protokol.fraværende.map { fraværende in
                .object([
                    "navn": .string(fraværende.navn),
                    "parti": .string(fraværende.parti),
                    "grund": SubmissionView.optional(fraværende.grund),
                ])
            }),
            "medStedfortrædere": .bool(!protokol.stedfortrædere.isEmpty),
            "stedfortrædere": .list(protokol.stedfortrædere.map { stedfortræder in
                .object([
                    "navn": .string(stedfortræder.navn),
                    "parti": .string(stedfortræder.parti),
                    "for": .string(stedfortræder.for.value),
                    "forParti": SubmissionView.optional(protokol.fraværende.first { $0.navn == stedfortræder.for.value }?.parti),
                ])
            }),
            "punkter": .list(punkter),
        ])
    }

    /// `{{#linjer}}` the decision as the minutes word it, `{{{tekst}}}` more of it in Markdown,
    /// `{{#protokolbemærkninger}}` `{{af}}` and `{{{tekst}}}`.
    static func decision(_ beslutning: Punktbeslutning) -> TemplateValue {
        .object([
            "linjer": .list(beslutning.formuleringslinjer.map(TemplateValue.string)),
            "tekst": beslutning.tekst.map(TemplateValue.markdown) ?? .null,
            "protokolbemærkninger": .list(beslutning.protokolbemærkninger.map { bemærkning in
                .object(["af": .string(bemærkning.af), "tekst": .markdown(bemærkning.tekst)])
            }),
        ])
    }
}
