import CommitteeDocsDiagnostics
import CommitteeDocsDocumentTree
import Foundation
import CommitteeDocsMarkdownWriting
import CommitteeDocsModel

/// A route step that names its meeting's decisions file (`referat:`) takes its status and its
/// decision from what that meeting decided, so a decision is written once, by the secretary, and
/// flows into every later document of the case. The step's item is the meeting's item for the
/// plan's case (when the meeting has several, the one presenting one of the plan's indstillinger).
/// A closed item's decision flows as its status only: its wording stays in the internal minutes.
enum RecordedDecisions {
    static func apply(to plan: inout Plan, planFile: String, options: RenderOptions,
                      cache: DecisionsFileCache) throws(DiagnosticList) {
        guard plan.forløb.value.contains(where: { $0.referat != nil }) else { return }
        var problems = DiagnosticCollector()
        let folder = (planFile as NSString).deletingLastPathComponent
        for index in plan.forløb.value.indices {
            guard let referat = plan.forløb.value[index].referat else { continue }
            let path = DataFilePath.resolve(referat.value, in: folder)
            do throws(DiagnosticList) {
                guard FileManager.default.fileExists(atPath: path) else {
                    throw DiagnosticList(Diagnostic(at: referat.position, keyPath: referat.keyPath,
                        RenderingText.decisionsFileMissing(["value": quoted(referat.value), "path": path])))
                }
                let (protokol, møde) = try cache.load(path, read: options.readInputFile)
                let step = plan.forløb.value[index]
                guard møde.udvalg.rawValue == step.udvalg.rawValue, møde.dato == step.dato else {
                    throw DiagnosticList(Diagnostic(at: referat.position, keyPath: referat.keyPath,
                        RenderingText.decisionsOfOtherMeeting([
                        "value": quoted(referat.value),
                        "recorded": RulesText.meetingOf(["body": møde.udvalg.rawValue, "date": møde.dato.numeric]),
                        "step": RulesText.meetingOf(["body": step.udvalg.rawValue, "date": step.dato.numeric])])))
                }
                let punkt = try item(for: plan, in: møde, referat: referat)
                guard let decision = protokol.beslutning(for: punkt.nummer) else { continue }  // DecisionsFile.load checked it has one
                plan.forløb.value[index].status = decision.trinstatus
                if punkt.adgang == .åben {
                    // One paragraph per line of the decision, written as Markdown text (a party's
                    // name is text, as in the minutes), then its text, which is Markdown.
                    var beslutning = MarkdownWriter().write(Document(blocks: decision.formuleringslinjer.map { .paragraph([.text($0)]) }))
                    if let tekst = decision.tekst { beslutning += "\n" + tekst }
                    plan.forløb.value[index].beslutning = beslutning
                }
            } catch {
                problems.append(contentsOf: error)
            }
        }
        try problems.check()
    }

    /// The meeting's item for the plan's case.
    private static func item(for plan: Plan, in møde: Møde, referat: Located<String>) throws(DiagnosticList) -> Punkt {
        let sameCase = møde.punkter.filter { $0.sagsnr == plan.sag.sagsnr }
        let indstillinger = Set(plan.dokumenter.compactMap { dokument -> Dokumentnummer? in
            if case .indstilling = dokument.indhold { return dokument.dokumentnr } else { return nil }
        })
        let presenting = sameCase.count <= 1 ? sameCase : sameCase.filter { punkt in
            if case .fil(_, let dokumentnr?) = punkt.indhold { return indstillinger.contains(dokumentnr) }
            return false
        }
        guard presenting.count == 1, let punkt = presenting.first else {
            throw DiagnosticList(Diagnostic(at: referat.position, keyPath: referat.keyPath, sameCase.isEmpty
                ? RenderingText.noItemForCase(["value": quoted(referat.value), "sagsnr": plan.sag.sagsnr.description,
                                               "items": møde.punkter.map(\.nummer).joined(separator: ", ")])
                : RenderingText.noItemPresentsIndstilling(["value": quoted(referat.value), "count": sameCase.count,
                                                           "sagsnr": plan.sag.sagsnr.description,
                                                           "items": sameCase.map(\.nummer).joined(separator: ", ")])))
        }
        return punkt
    }
}
