import Testing
@testable import CommitteeDocsLoading

/// YAML that does not load, and what the official reads about it.
@Suite struct YAMLErrorTests {
    @Test func tabIndentationIsASyntaxErrorAtTheTab() {
        #expect(errors("titel: Status\n\tsagsnr: 2009-45219\n") == [
            "memo.yaml:2:1: error: YAML syntax error: found a tab character that violates indentation "
                + "(while scanning a plain scalar at line 1); indent with spaces, not tabs",
        ])
    }

    @Test func unquotedColonInAValueIsASyntaxErrorWithAHint() {
        #expect(errors("titel: Forslag A: Tryghed\n") == [
            "memo.yaml:1:17: error: YAML syntax error: mapping values are not allowed in this context; "
                + "put text that contains ': ' in quotes",
        ])
    }

    @Test func missingClosingQuoteIsASyntaxErrorAtTheEnd() {
        #expect(errors("titel: \"Status\nsagsnr: 1\n") == [
            "memo.yaml:3:1: error: YAML syntax error: found unexpected end of stream "
                + "(while scanning a quoted scalar at line 1); is a closing quote missing?",
        ])
    }

    @Test func syntaxErrorPositionsCountScalarsNotBytes() {
        #expect(errors("æøå: @x\n") == [
            "memo.yaml:1:6: error: YAML syntax error: found character that cannot start any token "
                + "(while scanning for the next token at line 1); put text that starts with this character in quotes",
        ])
    }

    @Test func duplicateKeyIsAnErrorAtTheSecondKey() {
        #expect(errors("titel: A\nsagsnr: 2009-45219\ntitel: B\n") == [
            "memo.yaml:3:1: error: duplicate key \"titel\" (first at line 1)",
        ])
    }

    @Test func duplicateKeyInANestedMappingNamesItsPath() {
        #expect(errors("afsnit:\n  - overskrift: A\n  - overskrift: B\n    overskrift: C\n") == [
            "memo.yaml:4:5: error: afsnit[1]: duplicate key \"overskrift\" (first at line 3)",
        ])
    }

    @Test func duplicateKeysAreFoundInLargeMappingsToo() {
        let keys = (1...40).map { "nøgle\($0): \($0)\n" }.joined()
        #expect(errors(keys + "nøgle17: igen\n") == ["memo.yaml:41:1: error: duplicate key \"nøgle17\" (first at line 17)"])
    }

    @Test func keysThatAreListsOrMappingsAreErrors() {
        #expect(errors("? [a, b]\n: 1\n? {c: d}\n: 2\n") == [
            "memo.yaml:1:3: error: a key must be text, not a list",
            "memo.yaml:3:3: error: a key must be text, not a mapping",
        ])
    }

    @Test func anEmptyKeyIsAnError() {
        #expect(errors("? \n: værdi\n") == ["memo.yaml:1:2: error: a key is empty; write a name before ':'"])
        #expect(errors("titel: A\n\"\": også\n") == ["memo.yaml:2:1: error: a key is empty; write a name before ':'"])
    }

    @Test func anchorsAndAliasesAreRefused() {
        #expect(errors("udvalg: &u Teknik- og Miljøudvalget\nmodtager: *u\n") == [
            "memo.yaml:1:9: error: udvalg: YAML anchors (&u) are not supported; write the value out in full",
            "memo.yaml:2:11: error: modtager: YAML aliases (*u) are not supported; write the value out in full",
        ])
    }

    @Test func billionLaughsIsRefusedWithoutExpanding() {
        let laughs = (1...9).map { "l\($0): &l\($0) [" + String(repeating: "*l\($0 - 1),", count: 9) + "*l\($0 - 1)]\n" }
        let found = errors("l0: &l0 ha\n" + laughs.joined())
        #expect(found.count == 1 + 9 * 11, "each anchor and each alias is one error, nothing is expanded")
        #expect(found.first == "memo.yaml:1:5: error: l0: YAML anchors (&l0) are not supported; write the value out in full")
    }

    @Test func explicitTagsAreRefused() {
        #expect(errors("sagsnr: !!str 2009-45219\nliste: !mine [1]\n") == [
            "memo.yaml:1:9: error: sagsnr: YAML tags (!!str) are not supported; put text in quotes instead",
            "memo.yaml:2:8: error: liste: YAML tags (!mine) are not supported; put text in quotes instead",
        ])
    }

    @Test func aSecondDocumentIsAnError() {
        #expect(errors("titel: A\n---\ntitel: B\n") == [
            "memo.yaml:2:1: error: a second YAML document starts here; a data file holds one document",
        ])
    }

    @Test func allProblemsOfAFileAreReportedAtOnceInFileOrder() {
        let yaml = "titel: \"Status\\a\"\nmodtager: *udvalg\nafsnit:\n  - titel: A\n    titel: B\ntitel: C\n"
        #expect(errors(yaml) == [
            "memo.yaml:1:8: error: titel: contains the control character U+0007; remove it",
            "memo.yaml:2:11: error: modtager: YAML aliases (*udvalg) are not supported; write the value out in full",
            "memo.yaml:5:5: error: afsnit[0]: duplicate key \"titel\" (first at line 4)",
            "memo.yaml:6:1: error: duplicate key \"titel\" (first at line 1)",
        ])
    }
}
