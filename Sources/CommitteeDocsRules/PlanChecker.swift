import CommitteeDocsDiagnostics
import CommitteeDocsFormatting
import CommitteeDocsModel

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
                found.error(at: period.position, keyPath: period.keyPath,
                            RulesText.unknownLbfPeriod(["value": quoted(period.value),
                                                        "hint": DiagnosticsText.hint(closestMatch(to: period.value, among: known)),
                                                        "known": known.joined(separator: ", ")]))
                return nil
            }
            if !rule.covers(plan.periode.start) {
                found.error(at: period.position, keyPath: period.keyPath,
                            RulesText.startsOutsideRule(["date": plan.periode.start.numeric, "rule": rule.navn, "validity": rule.validity]))
            }
            return rule
        case .områdefornyelse:
            guard let rule = table.rule(for: plan) else {
                found.error(at: plan.position, keyPath: "periode.start",
                            RulesText.noOmraadeRule(["date": plan.periode.start.numeric, "version": table.version]))
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
            found.error(at: plan.finansiering.position, keyPath: plan.finansiering.keyPath,
                        RulesText.sourcesDoNotAddUp(["sum": sources.formatted, "total": total.formatted,
                                                     "difference": difference(sources, total)]))
        }
        let areas = plan.budget.poster.map(\.value.beløb).sum()
        if let areas, areas != total {
            found.error(at: plan.budget.total.position, keyPath: "budget.indsatsområder",
                        RulesText.areasDoNotAddUp(["sum": areas.formatted, "total": total.formatted,
                                                   "difference": difference(areas, total)]))
        }
        if sources == nil || areas == nil {
            found.error(at: plan.budget.position, keyPath: "budget", RulesText.amountsTooLarge())
        }
    }

    /// "4.680.000 kr. short" or "… too much": how far `sum` is from `total`.
    private func difference(_ sum: Amount, _ total: Amount) -> Message {
        sum < total ? RulesText.short(["amount": (total - sum).formatted]) : RulesText.tooMuch(["amount": (sum - total).formatted])
    }

    // MARK: - Activity areas

    private func checkActivityAreas(_ plan: Plan, _ rule: FundingRule, _ found: inout DiagnosticCollector) {
        var seen: Set<String> = []
        for post in plan.budget.poster {
            let name = post.value.indsatsområde
            if !seen.insert(name).inserted {
                found.error(at: post.position, keyPath: post.keyPath + ".navn",
                            RulesText.areaTwice(["name": quoted(name)]))
            }
            guard !rule.indsatsområder.isEmpty, !rule.indsatsområder.contains(name) else { continue }
            found.error(at: post.position, keyPath: post.keyPath + ".navn",
                        RulesText.notAnActivityArea(["name": quoted(name), "rule": rule.navn,
                                                     "hint": DiagnosticsText.hint(closestMatch(to: name, among: rule.indsatsområder)),
                                                     "areas": rule.indsatsområder.joined(separator: "; ")]))
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
                        RulesText.excludedSource(["source": quoted(source.kilde), "art": source.art.rawValue, "kinds": kindPlural, "rule": rule.navn]))
        }

        func share(_ kinds: Set<Kildeart>) -> (amount: Amount, ratio: Ratio, position: SourcePosition?)? {
            let matching = sources.filter { kinds.contains($0.art) }
            guard let amount = matching.map(\.beløb).sum(), let ratio = Ratio(amount, of: total) else { return nil }
            return (amount, ratio, matching.first?.beløbPosition)
        }
        /// The share with enough decimals that rounding never makes it look like the limit it breaks.
        func numbers(_ amount: Amount, _ ratio: Ratio, _ limit: Ratio) -> Message {
            var decimals = 1
            while decimals < 10, ratio.percent(decimals: decimals) == limit.percent(decimals: decimals) { decimals += 1 }
            return RulesText.shareOfTotal(["percent": ratio.percent(decimals: decimals), "amount": amount.formatted, "total": total.formatted])
        }

        if let limit = rule.lbfHøjst, let lbf = share([.lbf]), lbf.ratio > limit {
            found.error(at: lbf.position ?? plan.finansiering.position, keyPath: "finansiering",
                        RulesText.lbfOverLimit(["share": numbers(lbf.amount, lbf.ratio, limit), "limit": limit.limitText,
                                                    "kinds": kindPlural, "rule": rule.navn]))
        }
        if let limit = rule.lokalMindst, let local = share([.kommune, .boligorganisation, .afdeling, .andre]),
           local.ratio < limit {
            found.error(at: local.position ?? plan.finansiering.position, keyPath: "finansiering",
                        RulesText.localBelowMinimum(["share": numbers(local.amount, local.ratio, limit), "limit": limit.limitText,
                                                         "kinds": kindPlural, "rule": rule.navn]))
        }
        if let limit = rule.statHøjst, let state = share([.stat]), state.ratio > limit {
            found.error(at: state.position ?? plan.finansiering.position, keyPath: "finansiering",
                        RulesText.stateOverLimit(["share": numbers(state.amount, state.ratio, limit), "limit": limit.limitText,
                                                      "kinds": kindPlural, "rule": rule.navn]))
        }
        if let cap = rule.statLoft, let state = share([.stat]), state.amount > cap {
            found.error(at: state.position ?? plan.finansiering.position, keyPath: "finansiering",
                        RulesText.stateOverCap(["amount": state.amount.formatted, "cap": cap.formatted, "kinds": kindPlural, "rule": rule.navn]))
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
                            RulesText.dokumentnrTwice(["dokumentnr": dokument.dokumentnr.description]))
            }
            switch dokument.indhold {
            case .ansøgning:
                if plan.kind != .helhedsplan {
                    found.error(at: dokument.positions.dokument, keyPath: path + ".dokument",
                                RulesText.ansoegningOnlyForHelhedsplan(["kinds": plan.kind.plural]))
                }
                if dokument.til != .LBF {
                    found.error(at: dokument.positions.til, keyPath: path + ".til", RulesText.ansoegningToLBF())
                }
            case .indstilling, .notat:
                if dokument.til == .LBF {
                    found.error(at: dokument.positions.til, keyPath: path + ".til",
                                RulesText.documentToCommittee(["kind": dokument.kind.rawValue]))
                } else if !route.contains(dokument.til) {
                    found.error(at: dokument.positions.til, keyPath: path + ".til",
                                RulesText.notOnRoute(["body": dokument.til.rawValue]))
                }
            }
        }
    }
}

/// The route: TMU → ØU → BR → LBF, approved in that order, on increasing dates.
enum RouteRules {
    static func check(_ plan: Plan, _ found: inout DiagnosticCollector) {
        let steps = plan.forløb.value
        let orderText = Udvalg.route.map(\.rawValue).joined(separator: " → ")
        for (index, step) in steps.enumerated() {
            if step.udvalg == .LBF, plan.kind != .helhedsplan {
                found.error(at: step.position, keyPath: step.keyPath + ".udvalg",
                            RulesText.lbfOnlyHelhedsplaner())
            }
            guard index > 0 else { continue }
            let previous = steps[index - 1]
            if step.udvalg <= previous.udvalg {
                found.error(at: step.position, keyPath: step.keyPath + ".udvalg",
                            RulesText.stepOrder(["body": step.udvalg.rawValue, "previous": previous.udvalg.rawValue, "order": orderText]))
            }
            if step.dato <= previous.dato {
                found.error(at: step.position, keyPath: step.keyPath + ".dato",
                            RulesText.stepDates(["body": step.udvalg.rawValue, "date": step.dato.numeric,
                                                 "previous": previous.udvalg.rawValue, "previousDate": previous.dato.numeric]))
            }
        }
        for (index, step) in steps.enumerated() where step.status == .godkendt {
            if let blocker = steps[..<index].first(where: { $0.status != .godkendt }) {
                found.error(at: step.position, keyPath: step.keyPath + ".status",
                            RulesText.approvedBeforeEarlierStep(["body": step.udvalg.rawValue, "blocker": blocker.udvalg.rawValue,
                                                                 "status": blocker.status.rawValue]))
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
                        RulesText.claimedDecisionAfterIndstilling(["body": step.udvalg.rawValue, "status": step.status.rawValue,
                                                                   "date": step.dato.numeric, "dokumentnr": earliest.dokumentnr.description,
                                                                   "shownDate": earliest.dato.numeric]))
        }
    }

    private static func checkPreliminary(_ plan: Plan, _ found: inout DiagnosticCollector) {
        switch plan.fase {
        case .foreløbig:
            if let reference = plan.foreløbig {
                found.error(at: reference.position, keyPath: reference.keyPath,
                            RulesText.onlyEndeligRefersToForeloebig())
            }
        case .endelig:
            guard let reference = plan.foreløbig else {
                found.error(at: plan.position, keyPath: "foreløbig",
                            RulesText.endeligNeedsForeloebig())
                return
            }
            guard let approved = reference.value.godkendt else {
                found.error(at: reference.position, keyPath: reference.keyPath + ".godkendt",
                            RulesText.foreloebigApprovalMissing())
                return
            }
            if let first = plan.forløb.value.first, first.dato <= approved {
                found.error(at: first.position, keyPath: first.keyPath + ".dato",
                            RulesText.endeligStartsTooEarly(["date": first.dato.numeric, "approved": approved.numeric]))
            }
        }
    }
}

/// A plan's document presented at a meeting: the meeting's body must be on the route, at or after
/// the body the document is addressed to, on the date the route gives; and the plan cannot claim
/// a decision of this meeting or a later one (the agenda is printed before it).
public enum PresentationRules {
    public static func problems(_ plan: Plan, _ dokument: PlanDokument, body: Udvalg, dato: DanishDate) -> [Diagnostic] {
        var found = DiagnosticCollector()
        guard case .indstilling = dokument.indhold else { return [] }
        let meeting = RulesText.meetingOf(["body": body.rawValue, "date": dato.numeric])
        guard body.isOnRoute, body != .LBF, let step = plan.forløb.value.first(where: { $0.udvalg == body }) else {
            found.error(at: plan.forløb.position, keyPath: plan.forløb.keyPath,
                        RulesText.agendaBodyNotOnRoute(["dokumentnr": dokument.dokumentnr.description, "meeting": meeting, "body": body.rawValue]))
            return found.diagnostics
        }
        if body < dokument.til {
            found.error(at: dokument.positions.til, keyPath: "til",
                        RulesText.agendaBeforeAddressee(["dokumentnr": dokument.dokumentnr.description, "til": dokument.til.rawValue,
                                                         "body": body.rawValue, "meeting": meeting]))
        }
        if step.dato != dato {
            found.error(at: step.position, keyPath: step.keyPath + ".dato",
                        RulesText.agendaDateDiffers(["body": body.rawValue, "date": step.dato.numeric,
                                                     "dokumentnr": dokument.dokumentnr.description, "meeting": meeting]))
        }
        for later in plan.forløb.value where later.isClaimedDecision && later.dato >= dato {
            found.error(at: later.position, keyPath: later.keyPath + ".status",
                        RulesText.agendaBeforeDecision(["body": later.udvalg.rawValue, "status": later.status.rawValue,
                                                        "date": later.dato.numeric, "meeting": meeting]))
        }
        return found.diagnostics
    }
}
