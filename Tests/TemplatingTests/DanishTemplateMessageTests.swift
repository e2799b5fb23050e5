import CommitteeDocsDiagnostics
import Testing
@testable import CommitteeDocsTemplating

/// Template messages in both languages: the tags, positions and data paths read the same.
@Suite struct DanishTemplateMessageTests {
    func parseErrors(_ source: String, in language: Language) -> String {
        do {
            _ = try Template(source, name: "main", file: "main.md")
            return ""
        } catch {
            return error.description(in: language)
        }
    }

    func strictErrors(_ main: String, _ data: TemplateValue, in language: Language) -> String {
        guard case .failure(let errors) = renderStrict(main, data) else { return "" }
        return errors.description(in: language)
    }

    @Test func syntaxErrorsInBothLanguages() {
        #expect(parseErrors("tekst {{/afsnit}}", in: .en) == "main.md:1:7: error: {{/afsnit}} closes nothing: no section is open")
        #expect(parseErrors("tekst {{/afsnit}}", in: .da) == "main.md:1:7: fejl: {{/afsnit}} lukker ingenting: ingen sektion er åben")
        #expect(parseErrors("# Notat\n\n{{#afsnit}}\n", in: .da)
            == "main.md:3:1: fejl: {{#afsnit}} lukkes aldrig: der er intet {{/afsnit}} før skabelonens slutning")
        #expect(parseErrors("Kære {{navn,\n", in: .da) == #"main.md:1:6: fejl: tagget lukkes ikke: der er intet "}}" efter "{{navn,""#)
    }

    @Test func strictRenderErrorsInBothLanguages() {
        let data: TemplateValue = ["udvalg": "Teknik- og Miljøudvalget"]
        #expect(strictErrors("Til {{udvalget}}", data, in: .en)
            == #"main.md:1:5: error: udvalget: {{udvalget}} is not in the data (did you mean "udvalg"?)"#)
        #expect(strictErrors("Til {{udvalget}}", data, in: .da)
            == #"main.md:1:5: fejl: udvalget: {{udvalget}} findes ikke i dataene (mente du "udvalg"?)"#)
        #expect(strictErrors("{{udvalg.navn}}", data, in: .da)
            == #"main.md:1:1: fejl: udvalg: {{udvalg.navn}}: "udvalg" er en tekst, som ikke har feltet "navn""#)
        #expect(strictErrors("{{afsnit}}", ["afsnit": .list([])], in: .da)
            == "main.md:1:1: fejl: afsnit: {{afsnit}} er en liste; gennemløb den med {{#afsnit}}…{{/afsnit}}")
    }
}
