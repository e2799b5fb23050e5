import TestSupport
import Testing
@testable import CommitteeDocsTemplating

/// Syntax errors are reported at the tag's `file:line:col`, in both modes.
struct ParseErrorTests {
    @Test func anUnclosedSectionIsReportedAtItsOpeningTag() {
        #expect(parseErrors("# Notat\n\n{{#afsnit}}\n## {{overskrift}}\n")
            == "main.md:3:1: error: {{#afsnit}} is never closed: no {{/afsnit}} before the end of the template")
    }

    @Test func aMismatchedCloseTagNamesTheOpenSection() {
        #expect(parseErrors("{{#afsnit}}\n  {{#bilag}}\n  {{/afsnit}}\n{{/bilag}}")
            == "main.md:3:3: error: {{/afsnit}} does not close {{#bilag}} (opened at line 2, column 3)")
    }

    @Test func aCloseTagWithoutASectionIsAnError() {
        #expect(parseErrors("tekst {{/afsnit}}") == "main.md:1:7: error: {{/afsnit}} closes nothing: no section is open")
    }

    @Test func anUnclosedTagIsReportedAtItsOpeningDelimiter() {
        #expect(parseErrors("Kære {{navn,\n\nmed venlig hilsen") == #"main.md:1:6: error: unclosed tag: no "}}" after "{{navn,""#)
        #expect(parseErrors("{{{navn}}") == #"main.md:1:1: error: unclosed tag: no "}}}" after "{{{navn}}""#)
    }

    @Test func aBadDelimiterChangeIsAnError() {
        #expect(parseErrors("x\n{{=<% =}}") == #"main.md:2:1: error: bad delimiter change "{{=<% =}}": expected two delimiters without spaces or "=", like {{=<% %>=}}"#)
        #expect(parseErrors("{{=a= b=}}") == #"main.md:1:1: error: bad delimiter change "{{=a= b=}}": expected two delimiters without spaces or "=", like {{=<% %>=}}"#)
    }

    @Test func emptyNamesNamesWithSpacesAndEmptyDottedPartsAreErrors() {
        #expect(parseErrors("{{}} {{# }}{{/ }}\n{{for navn}}\n{{dato..lang}}") == """
            main.md:1:1: error: empty tag "{{}}": a tag needs a name
            main.md:1:6: error: empty tag "{{# }}": a tag needs a name
            main.md:1:12: error: empty tag "{{/ }}": a tag needs a name
            main.md:2:1: error: tag "{{for navn}}" has a space in its name
            main.md:3:1: error: tag "{{dato..lang}}" has an empty part in its dotted name
            """)
    }

    @Test func positionsFollowDelimiterChangesAndMultilineComments() {
        #expect(parseErrors("{{! en\nlang kommentar }}{{=<% %>=}} <%#a%>") == "main.md:2:30: error: {{#a}} is never closed: no {{/a}} before the end of the template")
    }

    @Test func onlyBlocksMayStandInsideAParentTag() {
        #expect(parseErrors("{{<layout}}\n{{titel}}\n{{/layout}}")
            == "main.md:2:1: error: {{titel}} cannot stand inside {{<layout}}: a parent tag contains only blocks ({{$name}}…{{/name}})")
    }

    @Test func aBlockGivenTwiceToAParentIsAnError() {
        #expect(parseErrors("{{<layout}}{{$titel}}a{{/titel}}{{$titel}}b{{/titel}}{{/layout}}")
            == "main.md:1:33: error: block {{$titel}} is given twice in {{<layout}}")
    }

    @Test func sectionsTenThousandDeepAreAClearErrorNotACrash() {
        let source = String(repeating: "{{#a}}", count: 10_000) + String(repeating: "{{/a}}", count: 10_000)
        #expect(onSmallStack { parseErrors(source) } == "main.md:1:601: error: sections nest deeper than 100 levels")
    }

    @Test func aHundredNestedSectionsAreFine() throws {
        let source = String(repeating: "{{#a}}", count: 100) + "{{b}}" + String(repeating: "{{/a}}", count: 100)
        #expect(strictText(source, ["a": true, "b": "dybt"]) == "dybt")
    }
}
