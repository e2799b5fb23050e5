import CommitteeDocsDiagnostics
import Testing
@testable import CommitteeDocsTemplating

/// Strict document mode: values go to the output unescaped with their data paths and tag
/// positions; everything missing is an error at the tag.
struct StrictRenderTests {
    let memoData: TemplateValue = [
        "titel": "Helhedsplan for Mjølnerparken",
        "afsnit": [
            ["overskrift": "Baggrund", "tekst": .markdown("LBF betaler **¾**.")],
            ["overskrift": "Økonomi", "tekst": .markdown("Kommunen betaler ¼.")],
        ],
    ]

    @Test func literalsAndValuesArriveInOrderWithRawFlagsPathsAndPositions() throws {
        let output = try renderStrict("# {{titel}}\n{{#afsnit}}\n## {{overskrift}}\n{{{tekst}}}\n{{/afsnit}}", memoData).get()
        #expect(output.events == [
            .literal("# "), .value("Helhedsplan for Mjølnerparken", raw: false, path: "titel", at: "1:3"),
            .literal("\n## "), .value("Baggrund", raw: false, path: "afsnit[0].overskrift", at: "3:4"),
            .literal("\n"), .value(.markdown("LBF betaler **¾**."), raw: true, path: "afsnit[0].tekst", at: "4:1"),
            .literal("\n## "), .value("Økonomi", raw: false, path: "afsnit[1].overskrift", at: "3:4"),
            .literal("\n"), .value(.markdown("Kommunen betaler ¼."), raw: true, path: "afsnit[1].tekst", at: "4:1"),
            .literal("\n"),
        ])
    }

    @Test func valuesAreNotEscapedInStrictMode() {
        #expect(strictText("{{x}} {{&x}}", ["x": "<b> & \"c\""]) == "<b> & \"c\" <b> & \"c\"")
    }

    @Test func anObjectWithTextShowsItsTextAndItsFieldsByDottedName() throws {
        let data: TemplateValue = ["dato": .object(["lang": "6. april 2009", "ugedag": "mandag"], text: "06-04-2009")]
        let output = try renderStrict("{{dato}} ({{dato.ugedag}} den {{dato.lang}})", data).get()
        #expect(output.events == [
            .value("06-04-2009", raw: false, path: "dato", at: "1:1"), .literal(" ("),
            .value("mandag", raw: false, path: "dato.ugedag", at: "1:11"), .literal(" den "),
            .value("6. april 2009", raw: false, path: "dato.lang", at: "1:31"), .literal(")"),
        ])
    }

    @Test func theImplicitIteratorReportsTheListItemsPath() throws {
        let output = try renderStrict("{{#bilag}}{{.}};{{/bilag}}", ["bilag": ["Budget", "Tidsplan"]]).get()
        #expect(output.events == [
            .value("Budget", raw: false, path: "bilag[0]", at: "1:11"), .literal(";"),
            .value("Tidsplan", raw: false, path: "bilag[1]", at: "1:11"), .literal(";"),
        ])
    }

    @Test func aMissingVariableIsAnErrorWithItsPathAndADidYouMean() {
        #expect(strictErrors("Til {{udvalg}}\n\n{{titel}}", ["udvalg": "Teknik- og Miljøudvalget", "title": "x"])
            == #"main.md:3:1: error: titel: {{titel}} is not in the data (did you mean "title"?)"#)
    }

    @Test func aMissingFieldInsideAListItemNamesTheItemsPath() {
        #expect(strictErrors("{{#afsnit}}{{overskrft}}{{/afsnit}}", memoData)
            == #"main.md:1:12: error: afsnit[0].overskrft: {{overskrft}} is not in the data (did you mean "overskrift"?)"#)
    }

    @Test func aMissingFieldOfADottedNameSuggestsTheObjectsFields() {
        let data: TemplateValue = ["dato": .object(["lang": "6. april 2009", "kort": "06-04-2009"], text: nil)]
        #expect(strictErrors("{{dato.lagn}}", data)
            == #"main.md:1:1: error: dato.lagn: {{dato.lagn}}: "lagn" is not in the data (did you mean "lang"?)"#)
    }

    @Test func aDottedNameThroughAStringIsAnError() {
        #expect(strictErrors("{{titel.lang}}", memoData)
            == #"main.md:1:1: error: titel: {{titel.lang}}: "titel" is a string, which has no field "lang""#)
    }

    @Test func columnsCountUnicodeScalars() {
        #expect(strictErrors("Kære Åse, {{hilsen}}", [:]) == "main.md:1:11: error: hilsen: {{hilsen}} is not in the data")
    }

    @Test func interpolatingNullIsAnError() {
        #expect(strictErrors("Svarfrist: {{frist}}", ["frist": .null])
            == "main.md:1:12: error: frist: {{frist}} resolves to nothing (null); test for it with {{#frist}}…{{/frist}} or {{^frist}}…{{/frist}}")
    }

    @Test func interpolatingAnObjectWithoutTextIsAnErrorListingItsFields() {
        #expect(strictErrors("{{dato}}", ["dato": .object(["kort": "06-04-2009", "lang": "6. april 2009"])])
            == "main.md:1:1: error: dato: {{dato}} resolves to nothing (an object without text; its fields are kort, lang)")
    }

    @Test func interpolatingAListOrABooleanIsAnError() {
        #expect(strictErrors("{{afsnit}}\n{{{lukket}}}", ["afsnit": ["a"], "lukket": true]) == """
            main.md:1:1: error: afsnit: {{afsnit}} is a list; go through it with {{#afsnit}}…{{/afsnit}}
            main.md:2:1: error: lukket: {{{lukket}}} is a boolean (true); use it as a section {{#lukket}}…{{/lukket}}
            """)
    }

    @Test func nullIsFalseyInSectionsAndTrueInInvertedSections() {
        #expect(strictText("{{#frist}}Frist: {{frist}}{{/frist}}{{^frist}}Ingen frist{{/frist}}", ["frist": .null]) == "Ingen frist")
    }

    @Test func emptyTextAndEmptyListsAreFalsey() {
        #expect(strictText("{{^note}}ingen note{{/note}}, {{^bilag}}ingen bilag{{/bilag}}", ["note": "", "bilag": []])
            == "ingen note, ingen bilag")
    }

    @Test func aMissingSectionNameIsAnErrorAndItsContentIsSkipped() {
        #expect(strictErrors("{{#bilga}}{{nr}}{{/bilga}}\n{{^bilga}}Ingen{{/bilga}}", ["bilag": []]) == """
            main.md:1:1: error: bilga: {{#bilga}} is not in the data (did you mean "bilag"?)
            main.md:2:1: error: bilga: {{^bilga}} is not in the data (did you mean "bilag"?)
            """)
    }

    @Test func aMissingPartialIsAnErrorAtItsTag() {
        #expect(strictErrors("Til\n  {{>hoved}}\n", [:], partials: ["hovede": "x"])
            == #"main.md:2:3: error: no template named "hoved" for {{>hoved}} (did you mean "hovede"?)"#)
    }

    @Test func allErrorsOfOneRenderAreReportedTogetherInFileOrder() {
        let errors = strictErrors("{{a}} {{b}}\n{{#c}}{{/c}}\n{{>d}}", [:])
        #expect(errors == """
            main.md:1:1: error: a: {{a}} is not in the data
            main.md:1:7: error: b: {{b}} is not in the data
            main.md:2:1: error: c: {{#c}} is not in the data
            main.md:3:1: error: no template named "d" for {{>d}}
            """)
    }

    @Test func theSameMistakeInALoopIsReportedOnce() {
        #expect(strictErrors("{{#afsnit}}{{nr}}{{/afsnit}}", memoData) == "main.md:1:12: error: afsnit[0].nr: {{nr}} is not in the data")
    }

    @Test func aStandalonePartialIndentsEveryLineButNotTheLinesOfAValue() throws {
        let output = try renderStrict("Adresse:\n  {{>adresse}}\nSlut\n", ["vej": "Nørrebrogade 1\n2. sal", "by": "København"],
                                      partials: ["adresse": "{{vej}}\n{{by}}\n"]).get()
        #expect(output.events == [
            .literal("Adresse:\n  "), .value("Nørrebrogade 1\n2. sal", raw: false, path: "vej", at: "1:1"),
            .literal("\n  "), .value("København", raw: false, path: "by", at: "2:1"), .literal("\nSlut\n"),
        ])
    }

    @Test func aPartialInsideALineIsNotIndentedEvenInsideAnIndentedPartial() {
        let partials = ["liste": "- {{>punkt}}\n- slut\n", "punkt": "a\nb"]
        #expect(strictText("Liste:\n  {{>liste}}\n", [:], partials: partials) == "Liste:\n  - a\nb\n  - slut\n")
    }

    @Test func aValueOfOneMegabyteIsPassedThroughWhole() throws {
        let big = String(repeating: "Lorem ipsum æøå. ", count: 62_000)
        let output = try renderStrict("<{{tekst}}>", ["tekst": .string(big)]).get()
        #expect(output.text == "<" + big + ">")
    }

    @Test func specModeEscapesAndRendersMissingThingsAsNothing() throws {
        let spec = try library("{{x}}|{{{x}}}|{{mangler}}|{{>mangler}}|{{ja}}").render("main", ["x": "<&>", "ja": true])
        #expect(spec == "&lt;&amp;&gt;|<&>|||true")
    }
}
