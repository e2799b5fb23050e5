import CommitteeDocsDocumentTree
import CommitteeDocsMarkdownWriting
import Testing

@Suite("A memo as Markdown")
struct MemoWritingTests {
    static let memo = Document(blocks: [
        .metadata([
            MetadataEntry(label: "Dato", value: [.text("3. marts 2025")]),
            MetadataEntry(label: "Sagsnr.", value: [.text("2009-45219")]),
            MetadataEntry(label: "Sagsbehandler", value: [.text("Anne \"AB\" Bøgh")]),
        ]),
        .heading(level: 1, [.text("Helhedsplan for Gellerup")]),
        .paragraph([.text("Forvaltningen indstiller, at udvalget "), .strong([.text("godkender")]),
                    .text(" planen til 1.234.567 kr."), .softBreak, .text("Se "),
                    .link(destination: "https://aarhus.dk/plan", title: "", [.text("planen")]), .text(".")]),
        .list(start: 1, tight: true, items: [[.paragraph([.text("at planen godkendes")])],
                                             [.paragraph([.text("at "), .emphasis([.text("økonomien")]), .text(" afsættes")])]]),
        .table(Table(alignments: [.left, .right], header: [[.text("Post")], [.text("Beløb")]],
                     rows: [[[.text("Anlæg")], [.text("1.000 kr.")]], [[.text("Drift | ekstra")], []]])),
        .pageBreak,
        .heading(level: 2, [.text("Bilag")]),
        .blockQuote([.paragraph([.text("Citat")])]),
        .codeBlock(info: "", text: "x = 1"),
        .thematicBreak,
    ])

    @Test("The memo is written as readable Markdown with a front matter")
    func golden() {
        #expect(MarkdownWriter().write(Self.memo) == """
            ---
                "Dato": "3. marts 2025"
                "Sagsnr.": "2009-45219"
                "Sagsbehandler": "Anne \\"AB\\" Bøgh"
            ---

            <!-- metadata -->

            **Dato** 3. marts 2025\\
            **Sagsnr.** 2009-45219\\
            **Sagsbehandler** Anne "AB" Bøgh

            # Helhedsplan for Gellerup

            Forvaltningen indstiller, at udvalget **godkender** planen til 1.234.567 kr.
            Se [planen](https://aarhus.dk/plan).

            1. at planen godkendes
            2. at *økonomien* afsættes

            | Post            | Beløb     |
            | :-------------- | --------: |
            | Anlæg           | 1.000 kr. |
            | Drift \\| ekstra |           |

            <!-- pagebreak -->

            ## Bilag

            > Citat

            ```
            x = 1
            ```

            ***

            """)
    }

    @Test("The memo reads back to the same tree")
    func memoRoundTrip() {
        #expect(roundTripped(Self.memo) == Self.memo.normalized())
    }

    @Test("An empty document is empty")
    func empty() {
        #expect(MarkdownWriter().write(Document(blocks: [])) == "")
    }
}
