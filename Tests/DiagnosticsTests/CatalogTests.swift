import Testing
@testable import CommitteeDocsDiagnostics

@Suite struct CatalogTests {
    @Test func everyEntryHasBothTextsWithTheSamePlaceholders() {
        #expect(Catalog.entries.count > 200)
        for entry in Catalog.entries {
            #expect(!entry.en.isEmpty && !entry.da.isEmpty, "\(entry.id)")
            #expect(Set(Message.placeholders(in: entry.en)) == Set(Message.placeholders(in: entry.da)), "\(entry.id)")
        }
    }

    @Test func entryIdsAreUnique() {
        let ids = Catalog.entries.map(\.id)
        #expect(Set(ids).count == ids.count)
    }

    @Test func theLanguageComesFromTheOptionThenLCAllThenLCMessagesThenLang() {
        #expect(Language.chosen(environment: [:]) == .en)
        #expect(Language.chosen(environment: ["LANG": "da_DK.UTF-8"]) == .da)
        #expect(Language.chosen(environment: ["LANG": "C.UTF-8"]) == .en)
        #expect(Language.chosen(environment: ["LANG": "en_GB.UTF-8", "LC_MESSAGES": "da_DK.UTF-8"]) == .da)
        #expect(Language.chosen(environment: ["LANG": "da_DK.UTF-8", "LC_ALL": "en_US.UTF-8"]) == .en)
        #expect(Language.chosen(environment: ["LANG": "da_DK.UTF-8", "LC_ALL": ""]) == .da)
        #expect(Language.chosen(option: .en, environment: ["LC_ALL": "da_DK.UTF-8"]) == .en)
        #expect(Language.chosen(option: .da, environment: [:]) == .da)
    }

    @Test func theSeverityAndTheClosingCountAreDanishInDanish() {
        let position = SourcePosition(file: "a.yaml", line: 2, column: 5)
        let diagnostics = (0..<(DiagnosticList.maximumShown + 3)).map {
            Diagnostic(at: position, keyPath: "x[\($0)]", DiagnosticsText.didYouMean(["name": "\"y\""]))
        }
        let list = DiagnosticList(diagnostics)
        #expect(list.description(in: .da).hasPrefix("a.yaml:2:5: fejl: x[0]: mente du \"y\"?"))
        #expect(list.description(in: .da).hasSuffix("a.yaml: fejl: … og 3 fejl mere"))
        #expect(list.description(in: .en).hasSuffix("a.yaml: error: … and 3 more errors"))
        #expect(DiagnosticList(diagnostics.prefix(DiagnosticList.maximumShown + 1).map { $0 }).description(in: .en)
            .hasSuffix("a.yaml: error: … and 1 more error"))
    }

    @Test func equalMessagesAreEqualDiagnostics() {
        let a = Diagnostic(at: nil, RulesText.areaTwice(["name": "\"Beskæftigelse\""]))
        let b = Diagnostic(at: nil, RulesText.areaTwice(["name": "\"Beskæftigelse\""]))
        #expect(a == b)
        #expect(Set([a, b]).count == 1)
    }

    @Test func listsAreJoinedWithTheLanguagesAnd() {
        let message = ModelText.noDecisionFor(["items": ConjunctionList(["BR 1/19", "BR 2/19", "BR 3/19"])])
        #expect(message.description(in: .en) == "no decision for BR 1/19, BR 2/19 and BR 3/19; every item of the meeting needs one")
        #expect(message.description(in: .da) == "ingen beslutning for BR 1/19, BR 2/19 og BR 3/19; hvert punkt på mødet skal have én")
    }
}
