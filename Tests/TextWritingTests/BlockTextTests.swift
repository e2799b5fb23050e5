import CommitteeDocsDocumentTree
import Testing
@testable import CommitteeDocsTextWriting

@Suite("Blocks as plain text")
struct BlockTextTests {
    private func write(_ blocks: [Block], width: Int = 72) -> String {
        TextWriter(width: width).write(Document(blocks: blocks))
    }

    @Test("Numbered lists honour the start number and right-align the numbers")
    func numberedList() {
        #expect(write([.list(start: 9, tight: true, items: [[.paragraph([.text("Ni")])], [.paragraph([.text("Ti")])]])])
            == " 9. Ni\n10. Ti\n")
    }

    @Test("List items wrap with a hanging indent")
    func hangingIndent() {
        let item: [Block] = [.paragraph([.text("at Teknik- og Miljøudvalget godkender den foreløbige helhedsplan")])]
        #expect(write([.list(start: 1, tight: true, items: [item])], width: 30) == """
            1. at Teknik- og Miljøudvalget
               godkender den foreløbige
               helhedsplan

            """)
    }

    @Test("Nested lists are indented under their item")
    func nestedList() {
        let inner = Block.list(start: 1, tight: true, items: [[.paragraph([.text("Budget")])],
                                                             [.paragraph([.text("Finansiering")])]])
        let outer = Block.list(start: nil, tight: true, items: [[.paragraph([.text("Økonomi")]), inner],
                                                               [.paragraph([.text("Bilag")])]])
        #expect(write([outer]) == "- Økonomi\n  1. Budget\n  2. Finansiering\n- Bilag\n")
    }

    @Test("A loose list has blank lines between items and between an item's blocks")
    func looseList() {
        let list = Block.list(start: 1, tight: false, items: [
            [.paragraph([.text("Første punkt")]), .paragraph([.text("Uddybning")])],
            [.paragraph([.text("Andet punkt")])],
            [],
        ])
        #expect(write([list]) == "1. Første punkt\n\n   Uddybning\n\n2. Andet punkt\n\n3.\n")
    }

    @Test("Block quotes are prefixed, blank lines inside them too")
    func blockQuote() {
        let quote = Block.blockQuote([.paragraph([.text("Forvaltningen indstiller, at udvalget godkender planen.")]),
                                      .paragraph([.text("Citat slut.")])])
        #expect(write([quote], width: 30) == """
            > Forvaltningen indstiller, at
            > udvalget godkender planen.
            >
            > Citat slut.

            """)
    }

    @Test("Code blocks are indented four spaces and never wrapped")
    func codeBlock() {
        let code = Block.codeBlock(info: "yaml", text: "sagsnr: 2009-45219   \n\n  titel: \"En meget lang titel der ikke må ombrydes\"\n")
        #expect(write([code], width: 20) == """
                sagsnr: 2009-45219

                  titel: "En meget lang titel der ikke må ombrydes"

            """)
    }

    @Test("A thematic break is a centred row of stars")
    func thematicBreak() {
        #expect(write([.paragraph([.text("Før")]), .thematicBreak, .paragraph([.text("Efter")])], width: 15)
            == "Før\n\n     * * *\n\nEfter\n")
    }

    @Test("Level 3 and deeper headings stand alone between blank lines")
    func minorHeadings() {
        #expect(write([.heading(level: 3, [.text("A: Fælles politik")]), .paragraph([.text("Tekst.")]),
                       .heading(level: 4, [.text("Note")])])
            == "A: Fælles politik\n\nTekst.\n\nNote\n")
    }

    @Test("A table with right-aligned amounts lines up the øre")
    func amountsTable() {
        let table = Table(alignments: [.left, .right, .right],
                          header: [[.text("Indsatsområde")], [.text("2015")], [.text("I alt")]],
                          rows: [
                              [[.text("Tryghed og trivsel")], [.text("406.000,50")], [.text("1.624.002,00")]],
                              [[.text("Uddannelse og beskæftigelse")], [.text("75.000,00")], [.text("300.000,00")]],
                              [[.strong([.text("I alt")])], [.text("481.000,50")], [.text("1.924.002,00")]],
                          ])
        #expect(write([.table(table)]) == """
            Indsatsområde                      2015         I alt
            ---------------------------  ----------  ------------
            Tryghed og trivsel           406.000,50  1.624.002,00
            Uddannelse og beskæftigelse   75.000,00    300.000,00
            I alt                        481.000,50  1.924.002,00

            """)
    }

    @Test("A table wider than the page wraps its prose; centred and missing cells are handled")
    func wideTable() {
        let table = Table(alignments: [.left, .center],
                          header: [[.text("Udvalg")], [.text("Møde")]],
                          rows: [[[.text("Teknik- og Miljøudvalget")], [.text("18. marts")]], [[.text("ØU")]]])
        #expect(write([.table(table)], width: 20) == """
            Udvalg         Møde
            -------------  -----
            Teknik- og      18.
            Miljøudvalget  marts

            ØU

            """)
    }

    @Test("A page break is a form feed on its own line; redundant breaks vanish")
    func pageBreaks() {
        #expect(write([.paragraph([.text("Side et")]), .pageBreak, .paragraph([.text("Side to")])])
            == "Side et\n\u{0C}\nSide to\n")
        #expect(write([.pageBreak, .paragraph([.text("Side et")]), .pageBreak, .pageBreak,
                       .paragraph([.text("Side to")]), .pageBreak])
            == "Side et\n\u{0C}\nSide to\n")
    }

    @Test("Quotes nested a thousand deep are indented up to the limit, then flattened")
    func deepNesting() {
        var block = Block.paragraph([.text("dybt")])
        for _ in 0..<1000 { block = .blockQuote([block]) }
        let prefix = String(repeating: "> ", count: TextWriter.maximumNestingDepth)
        #expect(write([block]) == prefix + "dybt\n")
    }

    @Test("Lines never end in spaces and the text ends with one newline")
    func noTrailingSpaces() {
        let document = Document(blocks: [
            .paragraph([.text("Tekst med mellemrum til sidst   "), .lineBreak, .text("   ")]),
            .metadata([MetadataEntry(label: "Dato ", value: [.text(" ")])]),
            .table(Table(alignments: [.left, .left], header: [[.text("A")], [.text("")]], rows: [])),
        ])
        let text = TextWriter().write(document)
        #expect(text == "Tekst med mellemrum til sidst\n\nDato\n\nA\n-  -\n")
    }
}
