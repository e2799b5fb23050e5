import CommitteeDocsDiagnostics
import Foundation
@testable import CommitteeDocsPreview
import TestSupport
import Testing

/// The preview's parts, in process.
struct PreviewPartsTests {
    @Test func aDiagnosticShowsItsSourceLineWithACaretUnderTheColumn() throws {
        let file = NSTemporaryDirectory() + "committee-docs-preview-\(UUID().uuidString).yaml"
        try "dokument: notat\ntil: Økonomiudvalget\n\tsæt: 2009-4521x\n".write(toFile: file, atomically: true, encoding: .utf8)
        let list = DiagnosticList([
            Diagnostic(at: SourcePosition(file: file, line: 3, column: 8), keyPath: "sæt", .verbatim("\"2009-4521x\" is not a case number")),
            Diagnostic(at: SourcePosition(file: file, line: 2, column: 6), .verbatim("expected a committee")),
        ])
        let shown = ShownDiagnostic.all(list)
        // In file order; columns count Unicode scalars (Ø is one), tabs stay tabs so the caret lines up.
        #expect(shown.map(\.location) == ["\(file):2:6", "\(file):3:8"])
        #expect(shown[0].sourceLine == "til: Økonomiudvalget" && shown[0].caret == "     ^")
        #expect(shown[1].sourceLine == "\tsæt: 2009-4521x" && shown[1].caret == "\t      ^")
        #expect(shown[1].message == "sæt: \"2009-4521x\" is not a case number")
    }

    @Test func aDiagnosticWithoutAReadableLineShowsItsPlaceAndMessage() {
        let shown = ShownDiagnostic.all(DiagnosticList(Diagnostic(file: "/nonexistent/plan.yaml", .verbatim("no such file"))))
        #expect(shown == [ShownDiagnostic(location: "/nonexistent/plan.yaml", message: "no such file")])
    }

    @Test func theShellEscapesEveryValue() {
        #expect(Shell.escape("<b title=\"x\">'&'</b>") == "&lt;b title=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/b&gt;")
        let banner = Shell.banner([ShownDiagnostic(location: "a<b>.yaml:1:1", message: "<script>", sourceLine: "x: <i>", caret: "   ^")],
                                  hasContent: true)
        #expect(!banner.contains("<script>") && !banner.contains("<i>") && banner.contains("a&lt;b&gt;.yaml:1:1"))
    }

    @Test func aMeetingWatchesThePlansMemosAndBilagItRefersToAndTheirDecisionsFiles() {
        let meeting = packageRoot + "/samples/møder/tmu-2019-09-02.yaml"
        let names = Set(WatchedFiles.references(of: meeting, maximumInput: 10_000_000).map { ($0 as NSString).lastPathComponent })
        #expect(names.isSuperset(of: ["plan-helhedsplan-solhaven-foreloebig.yaml", "notat-omraadebaserede-indsatser.yaml",
                                      "solhaven-helhedsplan.md", "solhaven-budget.md", "solhaven-brev.txt"]))
        let plan = packageRoot + "/samples/plan-helhedsplan-solhaven-foreloebig.yaml"
        let planNames = Set(WatchedFiles.references(of: plan, maximumInput: 10_000_000).map { ($0 as NSString).lastPathComponent })
        #expect(planNames.contains("tmu-2019-09-02-referat.yaml") && planNames.contains("tmu-2019-09-02.yaml"))
    }

    @Test func aSelectionStaysWithinWhatWasRendered() {
        let document = PreviewDocument(label: "Notat 1", title: "T", html: "", markdown: "", text: "")
        let content = PreviewContent(kind: .plan, editions: [PreviewUdgave(udgave: nil, documents: [document, document])])
        let asked = ["dokument": "9", "visning": "tekst", "udgave": "offentlig"]
        let selection = Selection(query: { asked[$0] }, content: content)
        #expect(selection == Selection(udgave: nil, dokument: 1, view: .tekst))
        #expect(selection.documentPath == "/dokument/1.txt")
    }
}
