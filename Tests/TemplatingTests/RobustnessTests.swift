import TestSupport
import Testing
@testable import CommitteeDocsTemplating

/// Hostile templates and data: cycles, deep nesting and big inputs end in clear errors or output,
/// never a hang or a crash, also on a 512 KB thread stack.
struct RobustnessTests {
    @Test func partialsThatIncludeEachOtherAreAnErrorNamingTheCycle() {
        let partials = ["a": "A {{>b}}", "b": "B {{>a}}"]
        let expected = "b.md:1:3: error: {{>a}}: partials include each other more than 64 levels deep: a → b → a"
        #expect(onSmallStack { strictErrors("{{>a}}", [:], partials: partials) } == expected)
        #expect(onSmallStack { (try? library("{{>a}}", partials: partials).render("main", [:])) == nil })
    }

    @Test func aParentThatIncludesItselfIsAnErrorNamingTheCycle() {
        let partials = ["layout": "{{<layout}}{{$titel}}x{{/titel}}{{/layout}}"]
        #expect(onSmallStack { strictErrors("{{<layout}}{{/layout}}", [:], partials: partials) }
            == "layout.md:1:1: error: {{<layout}}: partials include each other more than 64 levels deep: layout → layout")
    }

    @Test func recursionThroughDataDeeperThanTheLimitIsAnError() {
        var tree: TemplateValue = ["navn": "blad", "under": []]
        for level in 0..<100 { tree = ["navn": .string("niveau \(level)"), "under": [tree]] }
        let errors = onSmallStack { [tree] in strictErrors("{{>node}}", tree, partials: ["node": "{{navn}}{{#under}}({{>node}}){{/under}}"]) }
        #expect(errors == "node.md:1:20: error: {{>node}}: partials include each other more than 64 levels deep: node → node")
    }

    @Test func deepSectionsInsideDeepPartialsStopAtTheRenderDepthLimit() {
        let deep = String(repeating: "{{#a}}", count: 99) + "{{>deep}}" + String(repeating: "{{/a}}", count: 99)
        let errors = onSmallStack { strictErrors("{{>deep}}", ["a": true], partials: ["deep": deep]) }
        #expect(errors == "deep.md:1:595: error: sections, partials and blocks nest deeper than 200 levels while rendering")
    }

    @Test func aOneMegabyteTemplateWithManyTagsRenders() throws {
        let line = "| {{#rækker}}{{navn}}: {{beløb}} kr. {{/rækker}}|\n"
        let source = String(repeating: line, count: 1_000_000 / line.utf8.count)
        let data: TemplateValue = ["rækker": [["navn": "Drift", "beløb": "2.325.750"]]]
        let output = try renderStrict(source, data).get()
        #expect(output.text == String(repeating: "| Drift: 2.325.750 kr. |\n", count: 1_000_000 / line.utf8.count))
    }

    @Test func aOneMegabyteLineWithoutTagsIsOneLiteral() throws {
        let source = String(repeating: "æøå { } x ", count: 80_000)
        #expect(try renderStrict(source, [:]).get().events == [.literal(source)])
    }

    @Test func aOneMegabyteUnclosedCommentIsOneError() {
        #expect(parseErrors("{{! " + String(repeating: "x", count: 1_000_000)).hasPrefix(#"main.md:1:1: error: unclosed tag: no "}}" after "{{! xxxxx"#))
    }
}
