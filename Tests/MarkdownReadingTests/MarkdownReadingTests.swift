import CommitteeDocsDocumentTree
import Foundation
import TestSupport
import Testing
@testable import CommitteeDocsMarkdownReading

/// The blocks `MarkdownReader` makes of `markdown`, as it returns them (not normalized).
func read(_ markdown: String, metaBlocks: Bool = false) -> [Block] {
    MarkdownReader(metaBlocks: metaBlocks).read(markdown).blocks
}

@Suite("Markdown blocks as document tree")
struct MarkdownBlockTests {
    @Test("ATX and setext headings keep their level")
    func headings() {
        #expect(read("# Helhedsplan\n\n### Økonomi\n\nBilag\n-----\n\n###### Note\n") == [
            .heading(level: 1, [.text("Helhedsplan")]),
            .heading(level: 3, [.text("Økonomi")]),
            .heading(level: 2, [.text("Bilag")]),
            .heading(level: 6, [.text("Note")]),
        ])
    }

    @Test("A line end is a soft break; two trailing spaces or a backslash make a hard break")
    func paragraphBreaks() {
        #expect(read("Forvaltningen indstiller,\nat udvalget godkender  \nplanen\\\nog budgettet.\n") == [
            .paragraph([.text("Forvaltningen indstiller,"), .softBreak, .text("at udvalget godkender"), .lineBreak,
                        .text("planen"), .lineBreak, .text("og budgettet.")]),
        ])
    }

    @Test("Paragraphs are separated by blank lines")
    func paragraphs() {
        #expect(read("Første afsnit.\n\n\nAndet afsnit.\n") == [
            .paragraph([.text("Første afsnit.")]),
            .paragraph([.text("Andet afsnit.")]),
        ])
    }

    @Test("A bullet list is tight without blank lines between items")
    func tightBulletList() {
        #expect(read("- Budget\n- Finansiering\n") == [
            .list(start: nil, tight: true, items: [[.paragraph([.text("Budget")])],
                                                   [.paragraph([.text("Finansiering")])]]),
        ])
    }

    @Test("An ordered list keeps its start number and is loose with blank lines between items")
    func looseOrderedList() {
        #expect(read("3) Tre\n\n4) Fire\n") == [
            .list(start: 3, tight: false, items: [[.paragraph([.text("Tre")])], [.paragraph([.text("Fire")])]]),
        ])
    }

    @Test("A list item holds its paragraph and a nested list")
    func nestedList() {
        #expect(read("1. Økonomi\n   - Anlæg\n   - Drift\n2. Bilag\n") == [
            .list(start: 1, tight: true, items: [
                [.paragraph([.text("Økonomi")]),
                 .list(start: nil, tight: true, items: [[.paragraph([.text("Anlæg")])], [.paragraph([.text("Drift")])]])],
                [.paragraph([.text("Bilag")])],
            ]),
        ])
    }

    @Test("A block quote holds blocks, including a nested quote")
    func blockQuote() {
        #expect(read("> Forvaltningen indstiller\n> at udvalget godkender.\n>\n> > Citat i citat.\n") == [
            .blockQuote([
                .paragraph([.text("Forvaltningen indstiller"), .softBreak, .text("at udvalget godkender.")]),
                .blockQuote([.paragraph([.text("Citat i citat.")])]),
            ]),
        ])
    }

    @Test("A fenced code block keeps its info string and text, without the final newline")
    func fencedCodeBlock() {
        #expect(read("```yaml title\nsagsnr: 2009-45219\n\n  titel: *ikke fed*\n```\n") == [
            .codeBlock(info: "yaml title", text: "sagsnr: 2009-45219\n\n  titel: *ikke fed*"),
        ])
    }

    @Test("An indented code block has an empty info string")
    func indentedCodeBlock() {
        #expect(read("    x = 1\n    y = 2\n") == [.codeBlock(info: "", text: "x = 1\ny = 2")])
    }

    @Test("An empty fenced code block has empty text")
    func emptyCodeBlock() {
        #expect(read("~~~\n~~~\n") == [.codeBlock(info: "", text: "")])
    }

    @Test("***, --- and ___ are thematic breaks")
    func thematicBreaks() {
        #expect(read("Før\n\n***\n\n---\n\n___\n\nEfter\n") == [
            .paragraph([.text("Før")]), .thematicBreak, .thematicBreak, .thematicBreak, .paragraph([.text("Efter")]),
        ])
    }

    @Test("A GFM table keeps its alignments; a short row is padded with empty cells and a long one cut")
    func table() {
        let markdown = """
            | Post | Beløb | Note | Status |
            | :--- | ---: | --- | :-: |
            | Anlæg | 1.250.000 | *ny* | ok |
            | Drift | 300.000 |
            | a | b | c | d | e |

            """
        #expect(read(markdown) == [
            .table(Table(alignments: [.left, .right, .none, .center],
                         header: [[.text("Post")], [.text("Beløb")], [.text("Note")], [.text("Status")]],
                         rows: [
                             [[.text("Anlæg")], [.text("1.250.000")], [.emphasis([.text("ny")])], [.text("ok")]],
                             [[.text("Drift")], [.text("300.000")], [], []],
                             [[.text("a")], [.text("b")], [.text("c")], [.text("d")]],
                         ])),
        ])
    }

    @Test("A table without body rows has only a header")
    func headerOnlyTable() {
        #expect(read("| A | B |\n|---|---|\n") == [
            .table(Table(alignments: [.none, .none], header: [[.text("A")], [.text("B")]], rows: [])),
        ])
    }

    @Test("An empty document has no blocks")
    func empty() {
        #expect(read("").isEmpty)
        #expect(read("\n\n   \n").isEmpty)
    }
}

@Suite("Markdown inlines as document tree")
struct MarkdownInlineTests {
    @Test("Emphasis, strong, strikethrough and code become their inline")
    func spans() {
        #expect(read("*kursiv* **fed** ~~slettet~~ `kode *ikke kursiv*`\n") == [
            .paragraph([.emphasis([.text("kursiv")]), .text(" "), .strong([.text("fed")]), .text(" "),
                        .strikethrough([.text("slettet")]), .text(" "), .code("kode *ikke kursiv*")]),
        ])
    }

    @Test("Underscores make emphasis and strong too, and spans nest")
    func nestedSpans() {
        #expect(read("__fed med _kursiv_ i__\n") == [
            .paragraph([.strong([.text("fed med "), .emphasis([.text("kursiv")]), .text(" i")])]),
        ])
    }

    @Test("A link keeps destination, title and formatted text")
    func link() {
        #expect(read("Se [planen *nu*](https://www.kk.dk/plan \"Helhedsplan\") og <https://kk.dk>.\n") == [
            .paragraph([.text("Se "),
                        .link(destination: "https://www.kk.dk/plan", title: "Helhedsplan",
                              [.text("planen "), .emphasis([.text("nu")])]),
                        .text(" og "),
                        .link(destination: "https://kk.dk", title: "", [.text("https://kk.dk")]),
                        .text(".")]),
        ])
    }

    @Test("A reference link resolves to its definition, which leaves no block")
    func referenceLink() {
        #expect(read("Se [bilaget][1].\n\n[1]: bilag.pdf \"Bilag 1\"\n") == [
            .paragraph([.text("Se "), .link(destination: "bilag.pdf", title: "Bilag 1", [.text("bilaget")]), .text(".")]),
        ])
    }

    /// HTML and XHTML forbid a link inside a link (the markdown fuzz target found the invalid
    /// XHTML an image inside a link's text made).
    @Test("An image inside a link's text is its description: a link holds no link")
    func imageInsideALink() {
        #expect(read("[Områd![i](x)lse i *Sydhavn ![kort](k.png)*](punkter/04.html)\n") == [
            .paragraph([.link(destination: "punkter/04.html", title: "",
                              [.text("Områd"), .text("i"), .text("lse i "), .emphasis([.text("Sydhavn "), .text("kort")])])]),
        ])
    }

    @Test("An image becomes a link to the image with its description as text")
    func imageAsLink() {
        #expect(read("![Kort over *Sydhavnen*](kort.png \"Kort\")\n") == [
            .paragraph([.link(destination: "kort.png", title: "Kort",
                              [.text("Kort over "), .emphasis([.text("Sydhavnen")])])]),
        ])
    }

    @Test("Backslash escapes and entities become their characters")
    func escapesAndEntities() {
        #expect(read("\\*ikke kursiv\\* &amp; &#65; &nbsp;&copy;\n").map { $0.normalized() } == [
            .paragraph([.text("*ikke kursiv* & A \u{A0}©")]),
        ])
    }
}

@Suite("Raw HTML and our comment conventions")
struct MarkdownHTMLTests {
    @Test("Inline HTML is text, tag by tag")
    func inlineHTML() {
        #expect(read("Se <b onclick=\"x()\">dette</b> nu\n") == [
            .paragraph([.text("Se "), .text("<b onclick=\"x()\">"), .text("dette"), .text("</b>"), .text(" nu")]),
        ])
    }

    @Test("An HTML block is a paragraph of its literal lines with hard breaks between")
    func htmlBlock() {
        #expect(read("<div>\n<script>alert(1)</script>\n</div>\n\nEfter\n") == [
            .paragraph([.text("<div>"), .lineBreak, .text("<script>alert(1)</script>"), .lineBreak, .text("</div>")]),
            .paragraph([.text("Efter")]),
        ])
    }

    @Test("Another HTML comment is kept as text")
    func otherComment() {
        #expect(read("<!-- note til mig selv -->\n") == [.paragraph([.text("<!-- note til mig selv -->")])])
    }

    @Test("<!-- pagebreak --> is a page break")
    func pageBreak() {
        #expect(read("Side et.\n\n<!-- pagebreak -->\n\nSide to.\n") == [
            .paragraph([.text("Side et.")]), .pageBreak, .paragraph([.text("Side to.")]),
        ])
    }

    @Test("A page break inside a block quote is a page break too")
    func pageBreakInQuote() {
        #expect(read("> <!-- pagebreak -->\n") == [.blockQuote([.pageBreak])])
    }

    @Test("<!-- metadata --> and **Label** value lines are a metadata block")
    func metadata() {
        let markdown = """
            <!-- metadata -->

            **Dato** 6. april 2009\\
            **Sagsnr.** 2009-45219\\
            **Sagsbehandler** *Jens Hansen*\\
            **Bilag**

            # Helhedsplan

            """
        #expect(read(markdown) == [
            .metadata([
                MetadataEntry(label: "Dato", value: [.text("6. april 2009")]),
                MetadataEntry(label: "Sagsnr.", value: [.text("2009-45219")]),
                MetadataEntry(label: "Sagsbehandler", value: [.emphasis([.text("Jens Hansen")])]),
                MetadataEntry(label: "Bilag", value: []),
            ]),
            .heading(level: 1, [.text("Helhedsplan")]),
        ])
    }

    @Test("<!-- metadata --> before a paragraph of another shape stays text")
    func notMetadata() {
        #expect(read("<!-- metadata -->\n\n**Dato**: 6. april 2009 og mere\n") == [
            .paragraph([.text("<!-- metadata -->")]),
            .paragraph([.strong([.text("Dato")]), .text(": 6. april 2009 og mere")]),
        ])
        #expect(read("<!-- metadata -->\n\nAlmindelig tekst.\n") == [
            .paragraph([.text("<!-- metadata -->")]),
            .paragraph([.text("Almindelig tekst.")]),
        ])
    }

    @Test("A ```meta block of Label: value lines is metadata only with metaBlocks")
    func metaBlock() {
        let markdown = "```meta\nDato: 6. april 2009\nSagsnr.: 2009-45219\n```\n"
        #expect(read(markdown, metaBlocks: true) == [
            .metadata([MetadataEntry(label: "Dato", value: [.text("6. april 2009")]),
                       MetadataEntry(label: "Sagsnr.", value: [.text("2009-45219")])]),
        ])
        #expect(read(markdown) == [.codeBlock(info: "meta", text: "Dato: 6. april 2009\nSagsnr.: 2009-45219")])
    }

    @Test("A ```meta block with a line of another shape stays code even with metaBlocks")
    func metaBlockOfAnotherShape() {
        #expect(read("```meta\nDato: 6. april 2009\nikke en etiket\n```\n", metaBlocks: true) == [
            .codeBlock(info: "meta", text: "Dato: 6. april 2009\nikke en etiket"),
        ])
    }

    @Test("The front matter MarkdownWriter prints is skipped")
    func frontMatter() {
        #expect(read("---\n\"Dato\": \"6. april 2009\"\n\"Sagsnr.\": \"2009-45219\"\n---\n\n# Helhedsplan\n") == [
            .heading(level: 1, [.text("Helhedsplan")]),
        ])
    }

    @Test("A front matter label that starts with a combining mark is still skipped")
    func frontMatterWithCombiningMark() {
        // "\"" followed by U+0301 is one Swift Character; the check must look at bytes.
        #expect(read("---\n\"\u{301}x\": \"y\"\n---\n\nTekst\n") == [.paragraph([.text("Tekst")])])
    }

    @Test("A front matter of another shape is read as Markdown")
    func otherFrontMatter() {
        #expect(read("---\ntitel: x\n---\n") == [.thematicBreak, .heading(level: 2, [.text("titel: x")])])
    }
}


@Suite("Hostile nesting")
struct MarkdownNestingTests {

    /// How deep `.blockQuote` / `.list` containers nest, following the first block of each, and the innermost blocks.
    private func containerDepth(_ blocks: [Block]) -> (depth: Int, innermost: [Block]) {
        var depth = 0
        var current = blocks
        while let first = current.first, current.count == 1 {
            switch first {
            case .blockQuote(let children):
                current = children
            case .list(_, _, let items) where items.count == 1:
                current = items[0]
            default:
                return (depth, current)
            }
            depth += 1
        }
        return (depth, current)
    }

    @Test("10,000 nested block quotes are capped at maximumNestingDepth, on a 512 KB stack")
    func deepBlockQuotes() {
        let markdown = String(repeating: "> ", count: 10_000) + "dybt\n"
        let (depth, innermost) = onSmallStack { () -> (Int, [Block]) in
            let result = containerDepth(read(markdown))
            return result
        }
        #expect(depth == MarkdownReader.maximumNestingDepth)
        #expect(innermost == [.paragraph([.text("dybt")])])
    }

    @Test("10,000 nested lists are capped at maximumNestingDepth, on a 512 KB stack")
    func deepLists() {
        let markdown = String(repeating: "- ", count: 10_000) + "dybt\n"
        let (depth, innermost) = onSmallStack { () -> (Int, [Block]) in
            containerDepth(read(markdown))
        }
        #expect(depth == MarkdownReader.maximumNestingDepth)
        #expect(innermost == [.paragraph([.text("dybt")])])
    }

    @Test("10,000 nested emphasis spans keep their text, on a 512 KB stack")
    func deepEmphasis() {
        let markdown = String(repeating: "*a ", count: 10_000) + "b" + String(repeating: " c*", count: 10_000) + "\n"
        let text = onSmallStack { () -> String? in
            guard case .paragraph(let inlines)? = read(markdown).first else { return nil }
            return inlines.plainText
        }
        #expect(text == String(repeating: "a ", count: 10_000) + "b" + String(repeating: " c", count: 10_000))
    }
}
