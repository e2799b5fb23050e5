import CommitteeDocsDiagnostics
import CommitteeDocsFormatting
import CommitteeDocsModel
import CommitteeDocsTemplating

/// The values an indstilling or ansøgning template sees: the document's own fields, the memo
/// header's fields, and the plan with every number computed and formatted the Danish way.
///
/// Amounts are objects: `{{beløb}}` → "4.500.000 kr.", `{{beløb.tal}}` → "4.500.000",
/// `{{beløb.mio}}` → "4,5 mio. kr.". Shares: `{{andel}}` → "75,0 pct.", `{{andel.brøk}}` → "¾".
public enum PlanView {
    public static func make(_ plan: Plan, _ dokument: PlanDokument) throws(DiagnosticList) -> TemplateValue {
        make(dokument, of: plan, shared: try shared(plan))
    }

    /// The values every document of a plan shares (the plan, its budget and financing),
    /// computed once per plan rather than once per document.
    /// Throws when the shares cannot be computed (a plan that passed the rules always has them).
    public static func shared(_ plan: Plan) throws(DiagnosticList) -> [String: TemplateValue] {
        [
            "plan": planValue(plan),
            "budget": try budget(plan.budget),
            "finansiering": try financing(plan),
        ]
    }

    /// One document's values on top of the plan's `shared` ones.
    ///
    /// A document is shown as of a date: its own, or the date of the meeting it is presented at.
    /// Route steps on or after that date are planned (the meeting's own step "behandles på dette
    /// møde"), and only decisions of earlier meetings are shown. At a meeting, an indstilling is
    /// that body's item: its routing sentence, its parenthesis lines and the earlier bodies'
    /// decisions (kk.dk's agendas; DOMAIN.md, "The meeting cycle").
    ///
    /// - Parameters:
    ///   - meeting: the meeting the document is presented at; the caller has checked that its body
    ///     is on the plan's route, at or after the document's recipient.
    ///   - bilag: the attachments as the item lists them; nil for the document's own `bilag` titles.
    ///   - lukketPunkt: the closed item that presents the document, marked on its page.
    public static func make(_ dokument: PlanDokument, of plan: Plan, shared: [String: TemplateValue],
                            meeting: MeetingContext? = nil, bilag: [BilagEntry]? = nil,
                            lukketPunkt: LukketPunkt? = nil) -> TemplateValue {
        let asOf = AsOf(date: meeting?.dato ?? dokument.dato, body: meeting?.routeBody ?? dokument.til,
                        atMeeting: meeting != nil)
        var fields = shared
        fields.merge([
            "dokument": .string(dokument.kind.rawValue),
            "til": .string(meeting?.udvalg.navn ?? dokument.til.navn),
            "titel": .string(dokument.titel ?? defaultTitle(plan, dokument)),
            "dato": SubmissionView.date(dokument.dato),
            "sagsnr": .string(plan.sag.sagsnr.description),
            "dokumentnr": .string(dokument.dokumentnr.description),
            "sagsbehandler": .string(dokument.sagsbehandler ?? plan.sag.sagsbehandler),
            "forvaltning": .string(plan.sag.forvaltning),
            "center": SubmissionView.optional(plan.sag.center),
            "kle": SubmissionView.optional(plan.sag.kle?.description),
            "adgang": SubmissionView.adgang(dokument.adgang, grund: dokument.lukketGrund),
            "lukketpunkt": LukketPunkt.value(lukketPunkt),
            "forløb": .list(plan.forløb.value.enumerated().map { route($0.offset + 1, $0.element, asOf) }),
            "indstilling": .null,
            "ansøgning": .null,
        ]) { _, new in new }
        switch dokument.indhold {
        case .indstilling(let indstilling):
            let entries = bilag ?? indstilling.bilag.enumerated().map { BilagEntry(nummer: $0.offset + 1, titel: $0.element) }
            fields["indstilling"] = recommendation(indstilling, plan, dokument, asOf, behandling: meeting?.behandling,
                                                   bilag: entries)
        case .ansøgning(let ansøgning):
            fields["ansøgning"] = .object([
                "indledning": .markdown(ansøgning.indledning),
                "anbefaling": .markdown(ansøgning.anbefaling),
                "underskrift": signers(ansøgning.underskrift),
            ], text: nil)
        case .notat:
            break  // a plan's notat is rendered as a stand-alone memo (Plan.submissions)
        }
        return .object(fields, text: nil)
    }

    /// The date a document is shown as of, and the body it is shown to.
    struct AsOf {
        var date: DanishDate
        var body: Udvalg
        /// Shown at the body's meeting on `date` (not a document rendered alone).
        var atMeeting: Bool

        /// Whether `step`'s outcome is known on `date`: its meeting came before.
        func knows(_ step: Forløbstrin) -> Bool { step.dato < date }
    }

    static func defaultTitle(_ plan: Plan, _ dokument: PlanDokument) -> String {
        switch dokument.indhold {
        case .ansøgning: return "Ansøgning om støtte til \(plan.fase.rawValue) \(plan.titel.lowercasedFirst)"
        default: return plan.titel
        }
    }

    // MARK: - The plan

    static func planValue(_ plan: Plan) -> TemplateValue {
        .object([
            "titel": .string(plan.titel),
            "art": .string(plan.kind.rawValue),
            "helhedsplan": .bool(plan.kind == .helhedsplan),
            "områdefornyelse": .bool(plan.kind == .områdefornyelse),
            "fase": .string(plan.fase.rawValue),
            "endelig": .bool(plan.fase == .endelig),
            "område": .string(plan.område),
            "periode": .object([
                "start": SubmissionView.date(plan.periode.start),
                "slut": SubmissionView.date(plan.periode.slut),
            ], text: "\(plan.periode.start.long) – \(plan.periode.slut.long)"),
            "boligorganisation": SubmissionView.optional(plan.boligorganisation),
            "afdelinger": .list(plan.afdelinger.map { afdeling in
                .object(["navn": .string(afdeling.navn), "husstande": .string(DanishNumber.grouped(afdeling.husstande))],
                        text: nil)
            }),
            "husstande": .string(DanishNumber.grouped(plan.husstande)),
            "lbfperiode": SubmissionView.optional(plan.lbfPeriode?.value),
            "foreløbig": plan.foreløbig.map { reference in
                .object([
                    "dokumentnr": SubmissionView.optional(reference.value.dokumentnr?.description),
                    "godkendt": reference.value.godkendt.map(SubmissionView.date) ?? .null,
                ], text: nil)
            } ?? .null,
        ], text: plan.titel)
    }

    static func budget(_ budget: Budget) throws(DiagnosticList) -> TemplateValue {
        let total = budget.total.value
        let shares = try sharesOrError(budget.poster.map(\.value.beløb), of: total, at: budget.position, "budget.indsatsområder")
        return .object([
            "total": amount(total),
            "indsatsområder": .list(zip(budget.poster, shares).map { post, share in
                .object(["navn": .string(post.value.indsatsområde), "beløb": amount(post.value.beløb), "andel": share],
                        text: nil)
            }),
            "andel": Shares.whole,
        ], text: nil)
    }

    static func financing(_ plan: Plan) throws(DiagnosticList) -> TemplateValue {
        let sources = plan.finansiering.value
        let total = sources.map(\.beløb).sum() ?? plan.budget.total.value
        let shares = try sharesOrError(sources.map(\.beløb), of: total, at: plan.finansiering.position,
                                       plan.finansiering.keyPath)
        return .object([
            "kilder": .list(zip(sources, shares).map { source, share in
                .object([
                    "kilde": .string(source.kilde),
                    "art": .string(source.art.navn),
                    "beløb": amount(source.beløb),
                    "andel": share,
                ], text: nil)
            }),
            "total": amount(total),
            "andel": Shares.whole,
        ], text: nil)
    }

    /// `Shares.rounded`, its error reported at the amounts' position.
    private static func sharesOrError(_ amounts: [Amount], of total: Amount, at position: SourcePosition,
                                      _ keyPath: String) throws(DiagnosticList) -> [TemplateValue] {
        do {
            return try Shares.rounded(amounts, of: total)
        } catch {
            throw DiagnosticList(Diagnostic(at: position, keyPath: keyPath, error.message))
        }
    }

    /// A route step as of a date: what was decided before it, "behandles på dette møde" for the
    /// meeting's own step, "planlagt" for the rest.
    static func route(_ number: Int, _ step: Forløbstrin, _ asOf: AsOf) -> TemplateValue {
        let status: String
        if asOf.knows(step) {
            status = step.status.rawValue
        } else if asOf.atMeeting, step.udvalg == asOf.body, step.dato == asOf.date {
            status = "behandles på dette møde"
        } else {
            status = Trinstatus.planlagt.rawValue
        }
        return .object([
            "nummer": .string(String(number)),
            "udvalg": .string(step.udvalg.navn),
            "kode": .string(step.udvalg.rawValue),
            "dato": SubmissionView.date(step.dato),
            "status": .string(status),
            "beslutning": asOf.knows(step) ? SubmissionView.optional(step.beslutning) : .null,
        ], text: nil)
    }

    // MARK: - Indstilling

    static func recommendation(_ indstilling: Indstilling, _ plan: Plan, _ dokument: PlanDokument, _ asOf: AsOf,
                               behandling: Int?, bilag: [BilagEntry]) -> TemplateValue {
        let decisions = earlierDecisions(plan, asOf)
        return .object([
            "resumé": .string(indstilling.resumé),
            "indstillingssætning": .string(routingSentence(plan, dokument, body: asOf.body)),
            "klausuler": .list(indstilling.indstilling.map { .object(["tekst": .string($0)], text: $0) }),
            "parenteser": .list(parentheses(plan, body: asOf.body, behandling: behandling).map { .object(["tekst": .string($0)], text: $0) }),
            "problemstilling": .markdown(indstilling.problemstilling),
            "løsning": .markdown(indstilling.løsning),
            "økonomi": .markdown(indstilling.økonomi),
            "videreproces": indstilling.videreProces.map(TemplateValue.markdown) ?? .null,
            "bilag": .list(BilagEntry.list(bilag)),
            "underskrift": signers(indstilling.underskrift),
            "beslutninger": decisions.isEmpty ? .null : .object(["liste": .list(decisions)], text: nil),
        ], text: nil)
    }

    /// The routing sentence of the body the indstilling is shown to (kk.dk's agendas):
    /// - the recipient committee: "Teknik- og Miljøforvaltningen indstiller, at Teknik- og
    ///   Miljøudvalget over for Økonomiudvalget og Borgerrepræsentationen anbefaler,";
    /// - a later committee: "Teknik- og Miljøudvalget indstiller, at Økonomiudvalget over for
    ///   Borgerrepræsentationen anbefaler," (the step before it recommends);
    /// - Borgerrepræsentationen: "Indstilling om," (kk.dk, BR 22.04.2021 punkt 10:
    ///   https://kk.dk/dagsordener-og-referater/Borgerrepr%C3%A6sentationen/m%C3%B8de-22042021/referat/punkt-10).
    /// The committees after the body come from the route; a body with none after it "godkender".
    public static func routingSentence(_ plan: Plan, _ dokument: PlanDokument, body: Udvalg? = nil) -> String {
        let body = body ?? dokument.til
        if body == .BR, dokument.til != .BR { return "Indstilling om," }
        let later = plan.forløb.value.map(\.udvalg).filter { $0 > body && $0 != .LBF }
        let recommender = body == dokument.til ? plan.sag.forvaltning : (recommendingBody(plan, before: body)?.navn ?? plan.sag.forvaltning)
        guard !later.isEmpty else {
            return "\(recommender) indstiller, at \(body.navn) godkender,"
        }
        return "\(recommender) indstiller, at \(body.navn) over for \(listed(later.map(\.navn))) anbefaler,"
    }

    /// The lines in parentheses after the clauses: in a BR item the body that recommends it,
    /// "(Økonomiudvalget)", and for every body the reading, "(1. behandling)". A committee item
    /// names its forvaltning in the routing sentence and has no parenthesis line.
    static func parentheses(_ plan: Plan, body: Udvalg, behandling: Int?) -> [String] {
        var lines: [String] = []
        if body == .BR, let recommender = recommendingBody(plan, before: .BR) {
            lines.append("(\(recommender.navn))")
        }
        if let behandling { lines.append("(\(behandling). behandling)") }
        return lines
    }

    /// The route's step before `body`: the committee that recommends the case to it.
    static func recommendingBody(_ plan: Plan, before body: Udvalg) -> Udvalg? {
        plan.forløb.value.map(\.udvalg).last { $0 < body && $0 != .LBF }
    }

    /// "A", "A og B", "A, B og C".
    static func listed(_ names: [String]) -> String {
        names.count <= 1 ? names.joined() : names.dropLast().joined(separator: ", ") + " og " + names.last!
    }

    /// Every committee's decision taken before the date the document is shown as of, in route
    /// order: "Teknik- og Miljøudvalgets beslutning i mødet den 2. september 2019" and its text.
    static func earlierDecisions(_ plan: Plan, _ asOf: AsOf) -> [TemplateValue] {
        plan.forløb.value.filter { $0.udvalg != .LBF && $0.status != .planlagt && asOf.knows($0) }.map { step in
            .object([
                "overskrift": .string("\(step.udvalg.genitiv) beslutning i mødet den \(step.dato.long)"),
                "tekst": .markdown(step.beslutning ?? standardDecision(step.status)),
            ], text: nil)
        }
    }

    /// The decision's wording when the route gives only a status.
    static func standardDecision(_ status: Trinstatus) -> String {
        switch status {
        case .godkendt: return "Indstillingen blev godkendt."
        case .afvist: return "Indstillingen blev ikke godkendt."
        case .udsat: return "Punktet blev udsat."
        case .planlagt: return ""
        }
    }

    static func signers(_ signers: [Underskriver]) -> TemplateValue {
        .list(signers.map { .object(["navn": .string($0.navn), "titel": .string($0.titel)], text: $0.navn) })
    }

    // MARK: - Numbers

    /// `{{beløb}}` → "4.500.000 kr.", `{{beløb.tal}}` → "4.500.000", `{{beløb.mio}}` → "4,5 mio. kr.".
    public static func amount(_ amount: Amount) -> TemplateValue {
        .object([
            "kr": .string(amount.formatted),
            "tal": .string(amount.formattedNumber),
            "mio": .string(amount.millions(decimals: 1)),
        ], text: amount.formatted)
    }
}

/// Why shares cannot be shown. The loader refuses negative amounts and the rules make the parts
/// add up to the total, so a checked plan never meets these; they keep the arithmetic from trapping.
public enum ShareError: Error, Equatable, Sendable {
    /// A part below zero: it has no share to show ("0,-1 pct." is not a percentage).
    case negativeAmount
    /// A part so much larger than the total that its share, or the sum of the parts, overflows.
    case tooLarge

    public var message: Message {
        switch self {
        case .negativeAmount: return RulesText.negativeAmountShare()
        case .tooLarge: return RulesText.sharesTooLarge()
        }
    }
}

/// Shares of a total, shown so that the column adds up: percentages are rounded to one decimal
/// by the largest-remainder method, so they always sum to exactly 100,0 pct. Officials write
/// shares in pct.; a fraction only where it is one of ¼ ½ ¾ ⅓ ⅔.
public enum Shares {
    /// The total row's share: "100,0 pct.", no fraction.
    static let whole: TemplateValue = .object(["brøk": .null, "pct": .string("100,0 pct.")], text: "100,0 pct.")

    /// One share value per amount: `{{andel}}`/`{{andel.pct}}` → "75,0 pct."; `{{andel.brøk}}` →
    /// "¾", or null for any share other than ¼ ½ ¾ ⅓ ⅔ (test it with `{{#andel.brøk}}`).
    public static func rounded(_ amounts: [Amount], of total: Amount) throws(ShareError) -> [TemplateValue] {
        try tenthsOfPercent(amounts, of: total).enumerated().map { index, tenths in
            let pct = "\(tenths / 10),\(tenths % 10) pct."
            let brøk = Ratio(amounts[index], of: total).flatMap(fractionText).map(TemplateValue.string) ?? .null
            return .object(["pct": .string(pct), "brøk": brøk], text: pct)
        }
    }

    /// Each amount's share in tenths of a percent, rounded so that they sum to exactly 1000 when
    /// the amounts sum to the total: floors first, then the units left over go to the largest
    /// remainders (ties: the earlier row). Every step is overflow-checked: a negative amount, or
    /// one whose share does not fit, is an error, never a trap.
    public static func tenthsOfPercent(_ amounts: [Amount], of total: Amount) throws(ShareError) -> [Int] {
        if amounts.contains(where: \.isNegative) { throw .negativeAmount }
        guard total.øre > 0 else { return amounts.map { _ in 0 } }
        var scaled: [(floor: Int, remainder: Int64)] = []
        scaled.reserveCapacity(amounts.count)
        var sum: Int64 = 0
        for amount in amounts {
            let product = UInt64(amount.øre).multipliedFullWidth(by: 1000)
            let divisor = UInt64(total.øre)
            guard product.high < divisor else { throw .tooLarge }  // else the quotient needs more than 64 bits
            let (quotient, remainder) = divisor.dividingFullWidth(product)
            let added = sum.addingReportingOverflow(amount.øre)
            guard quotient <= UInt64(Int64.max), !added.overflow else { throw .tooLarge }
            sum = added.partialValue
            scaled.append((Int(quotient), Int64(remainder)))
        }
        var result = scaled.map(\.floor)
        guard sum == total.øre else { return result }
        // The parts add up to the total, so each floor is at most 1000 and the floors at most 1000.
        var leftover = 1000 - result.reduce(0, +)
        let order = scaled.indices.sorted { (scaled[$1].remainder, $0) < (scaled[$0].remainder, $1) }
        for index in order where leftover > 0 && scaled[index].remainder > 0 {
            result[index] += 1
            leftover -= 1
        }
        return result
    }

    /// The fractions officials write in a table or in prose.
    static let writtenFractions: Set<String> = ["¼", "½", "¾", "⅓", "⅔"]

    /// "¾" for ¼ ½ ¾ ⅓ ⅔; nil for any other share (⅕, 3/20, the whole): it shows in pct. only.
    static func fractionText(_ ratio: Ratio) -> String? {
        ratio.vulgarFraction.flatMap { writtenFractions.contains($0) ? $0 : nil }
    }
}

extension String {
    /// "Helhedsplan for Solhaven" → "helhedsplan for Solhaven".
    var lowercasedFirst: String {
        guard let first else { return self }
        return first.lowercased() + dropFirst()
    }
}
