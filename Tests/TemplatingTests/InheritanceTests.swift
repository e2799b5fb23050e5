import Testing
@testable import CommitteeDocsTemplating

/// Template inheritance as documents use it: a layout with blocks, a document kind filling them.
struct InheritanceTests {
    let layout = """
        Til {{udvalg}}

        # {{$titel}}Notat{{/titel}}

        {{$indhold}}
        Intet indhold.
        {{/indhold}}

        {{$underskrift}}Med venlig hilsen{{/underskrift}}

        """

    @Test func aDocumentFillsTheLayoutsBlocksAndKeepsItsDefaults() {
        let notat = """
            {{<layout}}
            {{$titel}}{{overskrift}}{{/titel}}
            {{$indhold}}
            {{#afsnit}}
            ## {{.}}
            {{/afsnit}}
            {{/indhold}}
            {{/layout}}

            """
        let data: TemplateValue = ["udvalg": "Teknik- og Miljøudvalget", "overskrift": "Helhedsplan", "afsnit": ["Baggrund", "Økonomi"]]
        #expect(strictText(notat, data, partials: ["layout": layout]) == """
            Til Teknik- og Miljøudvalget

            # Helhedsplan

            ## Baggrund
            ## Økonomi

            Med venlig hilsen

            """)
    }

    @Test func valuesInABlockKeepTheirPositionInTheFileThatWroteThem() throws {
        let output = try renderStrict("{{<layout}}{{$titel}}{{overskrift}}{{/titel}}{{/layout}}", ["overskrift": "Plan", "udvalg": "ØU"],
                                      partials: ["layout": layout]).get()
        #expect(output.events.filter { if case .value = $0 { true } else { false } } == [
            .value("ØU", raw: false, path: "udvalg", at: "1:5"),
            .value("Plan", raw: false, path: "overskrift", at: "1:22"),
        ])
    }

    @Test func aMissingNameInsideABlockIsReportedInTheFileThatWroteIt() {
        #expect(strictErrors("{{<layout}}\n{{$titel}}{{overskift}}{{/titel}}\n{{/layout}}", ["overskrift": "Plan", "udvalg": "ØU"],
                             partials: ["layout": layout])
            == #"main.md:2:11: error: overskift: {{overskift}} is not in the data (did you mean "overskrift"?)"#)
    }

    @Test func aMissingParentIsAnErrorAtItsTag() {
        #expect(strictErrors("x\n{{<layuot}}{{/layuot}}", [:], partials: ["layout": layout])
            == #"main.md:2:1: error: no template named "layuot" for {{<layuot}} (did you mean "layout"?)"#)
    }

    @Test func anIndentedBlockIsReindentedWhereItIsUsed() {
        let list = "Punkter:\n    {{$punkter}}\n    - intet\n    {{/punkter}}\nSlut\n"
        let child = "{{<list}}\n{{$punkter}}\n- {{a}}\n  - {{b}}\n{{/punkter}}\n{{/list}}\n"
        #expect(strictText(child, ["a": "første", "b": "under"], partials: ["list": list])
            == "Punkter:\n    - første\n      - under\nSlut\n")
    }
}
