import Testing
@testable import CommitteeDocsDiagnostics

@Test func aDiagnosticReadsLikeACompilerError() {
    let diagnostic = Diagnostic(at: SourcePosition(file: "samples/x.yaml", line: 14, column: 9), keyPath: "sagsnr",
                                .verbatim("\"2009-4521x\" is not a case number (expected YYYY-NNNNN)"))
    #expect(diagnostic.description
        == "samples/x.yaml:14:9: error: sagsnr: \"2009-4521x\" is not a case number (expected YYYY-NNNNN)")
}

@Test func aFileLevelDiagnosticNamesTheFile() {
    #expect(Diagnostic(file: "a.yaml", .verbatim("the file is empty")).description == "a.yaml: error: the file is empty")
}

@Test func diagnosticsAreListedInFileOrder() {
    let late = Diagnostic(at: SourcePosition(file: "a.yaml", line: 9, column: 1), .verbatim("late"))
    let early = Diagnostic(at: SourcePosition(file: "a.yaml", line: 2, column: 5), .verbatim("early"))
    #expect(DiagnosticList([late, early]).sorted.map(\.message.description) == ["early", "late"])
}

@Test func aTypoInAKeyGetsASuggestion() {
    #expect(closestMatch(to: "sagsbehander", among: ["sagsnr", "sagsbehandler", "titel"]) == "sagsbehandler")
    #expect(closestMatch(to: "tilte", among: ["titel", "til"]) == "titel")
    #expect(closestMatch(to: "budget", among: ["titel", "til"]) == nil)
}
