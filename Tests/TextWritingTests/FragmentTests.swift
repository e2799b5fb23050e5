import CommitteeDocsDocumentTree
import Testing
import CommitteeDocsTextWriting

/// A document too large to hold as one tree (a meeting packet) is written in pieces:
/// `write(first) + fragment(next) + …`.
@Suite("Text written in pieces")
struct TextFragmentTests {
    let agenda = Document(blocks: [
        .heading(level: 1, [.text("Dagsorden")]),
        .paragraph([.text("Mødet begynder kl. 17.30.")]),
    ])

    let item = Document(blocks: [
        .pageBreak,
        .paragraph([.strong([.text("Punkt 2")]), .text(" · BR 412/19 · Åben")]),
        .heading(level: 1, [.text("Helhedsplan")]),
        .paragraph([.link(destination: "bilag/a.md", title: "", [.text("Bilag 1")])]),
    ])

    @Test func aFragmentThatOpensWithAPageBreakStartsWithAFormFeed() {
        let writer = TextWriter(width: 40)
        #expect(writer.write(agenda) + writer.fragment(item) == """
            Dagsorden
            =========

            Mødet begynder kl. 17.30.
            \u{0C}
            Punkt 2 · BR 412/19 · Åben

            Helhedsplan
            ===========

            Bilag 1 (bilag/a.md)

            """)
        #expect(writer.write(agenda) + writer.fragment(item) == writer.write(Document(blocks: agenda.blocks + item.blocks)))
    }

    @Test func aFragmentWithoutAPageBreakFollowsAfterABlankLine() {
        let writer = TextWriter(width: 40)
        let more = Document(blocks: [.paragraph([.text("Mere.")])])
        #expect(writer.fragment(more) == "\nMere.\n")
        #expect(writer.write(agenda) + writer.fragment(more) == writer.write(Document(blocks: agenda.blocks + more.blocks)))
        #expect(writer.fragment(Document(blocks: [])) == "")
    }

    @Test func aPaginatedFragmentIsNumberedOnItsOwn() {
        let long = Document(blocks: [.pageBreak] + (1...5).map { .paragraph([.text("Afsnit \($0)")]) })
        #expect(TextWriter(width: 30, pageLength: 6).fragment(long) == """
            \u{0C}
            Afsnit 1

            Afsnit 2

            Afsnit 3
            \u{0C}
            Afsnit 4

            Afsnit 5


                               Side 2 af 2

            """)
    }
}
