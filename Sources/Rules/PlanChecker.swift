import Diagnostics
import Formatting
import Model

/// Checks a decoded plan against the funding rules table and the route rules, and reports every
/// violation with its position, the rule and its numbers.
public struct PlanChecker: Sendable {
    public let table: RuleTable

    public init(table: RuleTable) {
        self.table = table
    }

    /// Every violation of `plan`; empty when the plan may go ahead.
    public func violations(of plan: Plan) -> [Diagnostic] {
        var found = DiagnosticCollector()
        checkSums(plan, &found)
        if let rule = governingRule(plan, &found) {
            checkActivityAreas(plan, rule, &found)
            checkShares(plan, rule, &found)
        }
        RouteRules.check(plan, &found)
        checkDocuments(plan, &found)
        return DiagnosticList(found.diagnostics).sorted
    }

    /// Throws every violation at once.
    public func check(_ plan: Plan) throws(DiagnosticList) {
        let problems = violations(of: plan)
        if !problems.isEmpty { throw DiagnosticList(problems) }
    }

    // MARK: - Which rule

    private func governingRule(_ plan: Plan, _ found: inout DiagnosticCollector) -> FundingRule? {
        switch plan.kind {
        case .helhedsplan:
            guard let period = plan.lbfPeriode else { return nil }  // the decoder reported it
            let known = table.rules.filter { $0.plan == .helhedsplan }.compactMap(\.lbfPeriode)
            guard let rule = table.rule(for: plan) else {
                let hint = closestMatch(to: period.value, among: known).map { "did you mean \"\($0)\"? " } ?? ""
                found.error(at: period.position, keyPath: period.keyPath,
                            "\(quoted(period.value)) is not an LBF funding period in the rules table (\(hint)known: \(known.joined(separator: ", ")))")
                return nil
            }
            if !rule.covers(plan.periode.start) {
                found.error(at: period.position, keyPath: period.keyPath,
                            "the plan starts \(plan.periode.start.numeric), outside \(rule.navn) (\(rule.validity))")
            }
            return rule
        case .områdefornyelse:
            guard let rule = table.rule(for: plan) else {
                found.error(at: plan.position, keyPath: "periode.start",
                            "no funding rule for områdefornyelser is in force on \(plan.periode.start.numeric) (rules table \(table.version))")
                return nil
            }
            return rule
        }
    }

    // MARK: - Sums

    private func checkSums(_ plan: Plan, _ found: inout DiagnosticCollector) {
        let total = plan.budget.total.value
        let sources = plan.finansiering.value.map(\.beløb).sum()
        if let sources, sources != total {
            let difference = sources < total ? "\((total - sources).formatted) short" : "\((sources - total).formatted) too much"
            found.error(at: plan.finansiering.position, keyPath: plan.finansiering.keyPath,
                        "the sources add up to \(sources.formatted), but the budget total is \(total.formatted) (\(difference))")
        }
        let areas = plan.budget.poster.map(\.value.beløb).sum()
        if let areas, areas != total {
            let difference = areas < total ? "\((total - areas).formatted) short" : "\((areas - total).formatted) too much"
            found.error(at: plan.budget.total.position, keyPath: "budget.indsatsområder",
                        "the activity areas add up to \(areas.formatted), but the budget total is \(total.formatted) (\(difference))")
        }
        if sources == nil || areas == nil {
            found.error(at: plan.budget.position, keyPath: "budget", "the amounts are too large to add up")
        }
    }

    // MARK: - Activity areas

    private func checkActivityAreas(_ plan: Plan, _ rule: FundingRule, _ found: inout DiagnosticCollector) {
        var seen: Set<String> = []
        for post in plan.budget.poster {
            let name = post.value.indsatsområde
            if !seen.insert(name).inserted {
                found.error(at: post.position, keyPath: post.keyPath + ".navn",
                            "\(quoted(name)) appears twice in the budget; give each activity area one amount")
            }
            guard !rule.indsatsområder.isEmpty, !rule.indsatsområder.contains(name) else { continue }
            let hint = closestMatch(to: name, among: rule.indsatsområder).map { "did you mean \"\($0)\"? " } ?? ""
            found.error(at: post.position, keyPath: post.keyPath + ".navn",
                        "\(quoted(name)) is not an activity area of \(rule.navn) (\(hint)expected one of: \(rule.indsatsområder.joined(separator: "; ")))")
        }
    }

    // MARK: - Shares

    private func checkShares(_ plan: Plan, _ rule: FundingRule, _ found: inout DiagnosticCollector) {
        let total = plan.budget.total.value
        guard total > .zero else { return }
        let sources = plan.finansiering.value
        let kindPlural = plan.kind.plural

        for (index, source) in sources.enumerated() where rule.udelukkedeKilder.contains(source.art) {
            found.error(at: source.beløbPosition, keyPath: "finansiering[\(index)].art",
                        "\(quoted(source.kilde)) (art: \(source.art.rawValue)) may not finance \(kindPlural) (\(rule.navn))")
        }

        func share(_ kinds: Set<Kildeart>) -> (amount: Amount, ratio: Ratio, position: SourcePosition?)? {
            let matching = sources.filter { kinds.contains($0.art) }
            guard let amount = matching.map(\.beløb).sum(), let ratio = Ratio(amount, of: total) else { return nil }
            return (amount, ratio, matching.first?.beløbPosition)
        }
        /// The share with enough decimals that rounding never makes it look like the limit it breaks.
        func numbers(_ amount: Amount, _ ratio: Ratio, _ limit: Ratio) -> String {
            var decimals = 1
            while decimals < 10, ratio.percent(decimals: decimals) == limit.percent(decimals: decimals) { decimals += 1 }
            return "\(ratio.percent(decimals: decimals)) (\(amount.formatted) of \(total.formatted))"
        }

        if let limit = rule.lbfHøjst, let lbf = share([.lbf]), lbf.ratio > limit {
            found.error(at: lbf.position ?? plan.finansiering.position, keyPath: "finansiering",
                        "Landsbyggefonden pays \(numbers(lbf.amount, lbf.ratio, limit)); at most \(limit.limitText) is allowed for \(kindPlural) (\(rule.navn))")
        }
        if let limit = rule.lokalMindst, let local = share([.kommune, .boligorganisation, .afdeling, .andre]),
           local.ratio < limit {
            found.error(at: local.position ?? plan.finansiering.position, keyPath: "finansiering",
                        "local co-financing is \(numbers(local.amount, local.ratio, limit)); at least \(limit.limitText) is required for \(kindPlural) (\(rule.navn))")
        }
        if let limit = rule.statHøjst, let state = share([.stat]), state.ratio > limit {
            found.error(at: state.position ?? plan.finansiering.position, keyPath: "finansiering",
                        "the state pays \(numbers(state.amount, state.ratio, limit)); at most \(limit.limitText) is allowed for \(kindPlural) (\(rule.navn))")
        }
        if let cap = rule.statLoft, let state = share([.stat]), state.amount > cap {
            found.error(at: state.position ?? plan.finansiering.position, keyPath: "finansiering",
                        "the state pays \(state.amount.formatted); at most \(cap.formatted) per project is allowed for \(kindPlural) (\(rule.navn))")
        }
    }

    // MARK: - Documents

    private func checkDocuments(_ plan: Plan, _ found: inout DiagnosticCollector) {
        var numbers: Set<String> = []
        let route = Set(plan.forløb.value.map(\.udvalg))
        for (index, dokument) in plan.dokumenter.enumerated() {
            let path = "dokumenter[\(index)]"
            if !numbers.insert(dokument.dokumentnr.description).inserted {
                found.error(at: dokument.positions.dokumentnr, keyPath: path + ".dokumentnr",
                            "dokumentnr \(dokument.dokumentnr) is used by two documents of the plan")
            }
            switch dokument.indhold {
            case .ansøgning:
                if plan.kind != .helhedsplan {
                    found.error(at: dokument.positions.dokument, keyPath: path + ".dokument",
                                "an ansøgning goes to Landsbyggefonden, which funds helhedsplaner, not \(plan.kind.plural)")
                }
                if dokument.til != .LBF {
                    found.error(at: dokument.positions.til, keyPath: path + ".til", "an ansøgning is addressed to LBF")
                }
            case .indstilling, .notat:
                if dokument.til == .LBF {
                    found.error(at: dokument.positions.til, keyPath: path + ".til",
                                "a \(dokument.kind) goes to a committee on the route (TMU, ØU or BR); Landsbyggefonden gets the ansøgning")
                } else if !route.contains(dokument.til) {
                    found.error(at: dokument.positions.til, keyPath: path + ".til",
                                "\(dokument.til.rawValue) is not on the plan's route (forløb)")
                }
            }
        }
    }
}

/// The route: TMU → ØU → BR → LBF, approved in that order, on increasing dates.
enum RouteRules {
    static func check(_ plan: Plan, _ found: inout DiagnosticCollector) {
        let steps = plan.forløb.value
        let orderText = Udvalg.allCases.map(\.rawValue).joined(separator: " → ")
        for (index, step) in steps.enumerated() {
            if step.udvalg == .LBF, plan.kind != .helhedsplan {
                found.error(at: step.position, keyPath: step.keyPath + ".udvalg",
                            "Landsbyggefonden decides on helhedsplaner only; an områdefornyelse ends with BR")
            }
            guard index > 0 else { continue }
            let previous = steps[index - 1]
            if step.udvalg <= previous.udvalg {
                found.error(at: step.position, keyPath: step.keyPath + ".udvalg",
                            "\(step.udvalg.rawValue) cannot follow \(previous.udvalg.rawValue); the route is \(orderText), each step once")
            }
            if step.dato <= previous.dato {
                found.error(at: step.position, keyPath: step.keyPath + ".dato",
                            "\(step.udvalg.rawValue) meets \(step.dato.numeric), not after \(previous.udvalg.rawValue) (\(previous.dato.numeric)); dates must increase along the route")
            }
        }
        for (index, step) in steps.enumerated() where step.status == .godkendt {
            if let blocker = steps[..<index].first(where: { $0.status != .godkendt }) {
                found.error(at: step.position, keyPath: step.keyPath + ".status",
                            "\(step.udvalg.rawValue) cannot be godkendt while \(blocker.udvalg.rawValue) is \(blocker.status.rawValue); every earlier step must be godkendt first")
            }
        }
        checkClaimedDecisions(plan, &found)
        checkPreliminary(plan, &found)
    }

    /// A decision the plan types by hand (a status other than planlagt) cannot be later than an
    /// indstilling that shows the route: the document would claim to know it. Decisions read
    /// from a meeting's decisions file are dated records instead; a document shows those taken
    /// before its date.
    private static func checkClaimedDecisions(_ plan: Plan, _ found: inout DiagnosticCollector) {
        let showing = plan.dokumenter.filter { if case .indstilling = $0.indhold { return true } else { return false } }
        guard let earliest = showing.min(by: { $0.dato < $1.dato }) else { return }
        for step in plan.forløb.value where step.isClaimedDecision && step.dato > earliest.dato {
            found.error(at: step.position, keyPath: step.keyPath + ".status",
                        "the route says \(step.udvalg.rawValue) decided (\(step.status.rawValue)) on \(step.dato.numeric), after the indstilling \(earliest.dokumentnr) of \(earliest.dato.numeric) that shows the route; a document cannot know a later decision: record it in the meeting's decisions file (referat: …) or keep the step planlagt")
        }
    }

    private static func checkPreliminary(_ plan: Plan, _ found: inout DiagnosticCollector) {
        switch plan.fase {
        case .foreløbig:
            if let reference = plan.foreløbig {
                found.error(at: reference.position, keyPath: reference.keyPath,
                            "only an endelig plan refers to its foreløbig plan")
            }
        case .endelig:
            guard let reference = plan.foreløbig else {
                found.error(at: plan.position, keyPath: "foreløbig",
                            "an endelig plan needs the approved foreløbig plan: add foreløbig with its dokumentnr and the date BR approved it (godkendt)")
                return
            }
            guard let approved = reference.value.godkendt else {
                found.error(at: reference.position, keyPath: reference.keyPath + ".godkendt",
                            "missing the date the foreløbig plan was approved (godkendt); an endelig plan follows an approved foreløbig plan")
                return
            }
            if let first = plan.forløb.value.first, first.dato <= approved {
                found.error(at: first.position, keyPath: first.keyPath + ".dato",
                            "the endelig plan's route starts \(first.dato.numeric), not after the foreløbig plan was approved (\(approved.numeric))")
            }
        }
    }
}

/// A plan's document presented at a meeting: the meeting's body must be on the route, at or after
/// the body the document is addressed to, on the date the route gives; and the plan cannot claim
/// a decision of this meeting or a later one (the agenda is printed before it).
public enum PresentationRules {
    public static func problems(_ plan: Plan, _ dokument: PlanDokument, body: MødeUdvalg, dato: DanishDate) -> [Diagnostic] {
        var found = DiagnosticCollector()
        guard case .indstilling = dokument.indhold else { return [] }
        let meeting = "\(body.rawValue)'s meeting of \(dato.numeric)"
        guard let routeBody = Udvalg(rawValue: body.rawValue), routeBody != .LBF,
              let step = plan.forløb.value.first(where: { $0.udvalg == routeBody }) else {
            found.error(at: plan.forløb.position, keyPath: plan.forløb.keyPath,
                        "the indstilling \(dokument.dokumentnr) is on the agenda of \(meeting), but the plan's route (forløb) does not pass \(body.rawValue)")
            return found.diagnostics
        }
        if routeBody < dokument.til {
            found.error(at: dokument.positions.til, keyPath: "til",
                        "the indstilling \(dokument.dokumentnr) is addressed to \(dokument.til.rawValue), which the case reaches after \(body.rawValue); it cannot be on the agenda of \(meeting)")
        }
        if step.dato != dato {
            found.error(at: step.position, keyPath: step.keyPath + ".dato",
                        "the route has \(body.rawValue) treat the case on \(step.dato.numeric), but the indstilling \(dokument.dokumentnr) is on the agenda of \(meeting)")
        }
        for later in plan.forløb.value where later.isClaimedDecision && later.dato >= dato {
            found.error(at: later.position, keyPath: later.keyPath + ".status",
                        "the route says \(later.udvalg.rawValue) decided (\(later.status.rawValue)) on \(later.dato.numeric), but the agenda of \(meeting) is printed before that; record decisions in the meeting's decisions file (referat: …), which an agenda shows only once they are taken")
        }
        return found.diagnostics
    }
}
