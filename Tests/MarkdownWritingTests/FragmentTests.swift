import CommitteeDocsDocumentTree
import CommitteeDocsMarkdownReading
import CommitteeDocsMarkdownWriting
import Testing

/// A document too large to hold as one tree (a meeting packet) is written in pieces:
/// `write(first) + fragment(next) + …`.
@Suite("Markdown written in pieces")
struct MarkdownFragmentTests {
    let agenda = Document(blocks: [
        .heading(level: 1, [.text("Borgerrepræsentationen – DAGSORDEN")]),
        .paragraph([.text("Mødet begynder kl. 17.30.")]),
    ])

    let item = Document(blocks: [
        .pageBreak,
        .paragraph([.strong([.text("Punkt 2")]), .text(" · BR 412/19 · Åben")]),
        .metadata([MetadataEntry(label: "Sagsnr.", value: [.text("2019-0412587")])]),
        .heading(level: 1, [.text("Foreløbig helhedsplan for Solhaven")]),
    ])

    @Test func aFragmentFollowsTheDocumentAfterABlankLineWithoutFrontMatter() {
        let writer = MarkdownWriter()
        #expect(writer.write(agenda) + writer.fragment(item) == """
            # Borgerrepræsentationen – DAGSORDEN

            Mødet begynder kl. 17.30.

            <!-- pagebreak -->

            **Punkt 2** · BR 412/19 · Åben

            <!-- metadata -->

            **Sagsnr.** 2019-0412587

            # Foreløbig helhedsplan for Solhaven

            """)
    }

    @Test func thePiecesReadBackAsOneDocumentOfAllTheirBlocks() {
        let writer = MarkdownWriter()
        let pieces = writer.write(agenda) + writer.fragment(item) + writer.fragment(item)
        #expect(MarkdownReader().read(pieces).normalized().blocks == (agenda.blocks + item.blocks + item.blocks))
        // Without metadata (so without front matter) they are what `write` writes for all of them.
        let plain = Document(blocks: [.pageBreak, .paragraph([.text("Punkt 3")])])
        #expect(writer.write(agenda) + writer.fragment(plain) == writer.write(Document(blocks: agenda.blocks + plain.blocks)))
    }

    @Test func anEmptyFragmentWritesNothing() {
        #expect(MarkdownWriter().fragment(Document(blocks: [])) == "")
    }

    @Test func hostileTextInAFragmentStaysText() {
        for hostile in hostileStrings {
            let fragment = Document(blocks: [.pageBreak, .paragraph([.text(hostile)])])
            let written = MarkdownWriter().write(agenda) + MarkdownWriter().fragment(fragment)
            #expect(MarkdownReader().read(written).normalized() == MarkdownWriter.readBack(of: Document(blocks: agenda.blocks + fragment.blocks)),
                    "\(hostile.debugDescription)")
        }
    }
}
