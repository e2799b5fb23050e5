import CommitteeDocsDocumentTree
import TestSupport
import Testing

/// What a writer asks of the tree: the title, the side column, the plain text of inlines, and
/// the blocks of nested containers in reading order.
@Suite("The document tree")
struct DocumentTests {
    @Test func theTitleIsTheFirstLevelOneHeadingAsPlainText() {
        let document = Document(blocks: [
            .heading(level: 2, [.text("Til Teknik- og Miljøudvalget")]),
            .heading(level: 1, [.text("Nye muligheder for "), .emphasis([.text("politisk")]), .text(" inddragelse")]),
            .heading(level: 1, [.text("Et andet h1")]),
        ])
        #expect(document.title == "Nye muligheder for politisk inddragelse")
    }

    @Test func aDocumentWithoutALevelOneHeadingHasNoTitle() {
        #expect(Document(blocks: [.heading(level: 2, [.text("Baggrund")]), .paragraph([.text("Tekst.")])]).title == nil)
        // A heading inside a block quote is not the document's title.
        #expect(Document(blocks: [.blockQuote([.heading(level: 1, [.text("Citat")])])]).title == nil)
    }

    @Test func theMetadataIsTheFirstSideColumn() {
        let first = [MetadataEntry(label: "Sagsnr.", value: [.text("2009-45219")])]
        let second = [MetadataEntry(label: "Dato", value: [.text("6. april 2009")])]
        let document = Document(blocks: [.paragraph([.text("x")]), .metadata(first), .metadata(second)])
        #expect(document.metadata == first)
        #expect(Document(blocks: [.paragraph([.text("x")])]).metadata == [])
    }

    @Test func plainTextKeepsTheCharactersAndTurnsBreaksIntoSpaces() {
        let inlines: [Inline] = [
            .text("Beløbet er "), .strong([.text("6.000.000 kr.")]), .softBreak,
            .text("jf. "), .link(destination: "https://www.kk.dk", title: "", [.strikethrough([.text("§ 3")])]),
            .lineBreak, .code("<b>&amp;</b>"),
        ]
        #expect(inlines.plainText == "Beløbet er 6.000.000 kr. jf. § 3 <b>&amp;</b>")
    }

    @Test func flattenedContainersListsTheContentOfQuotesAndListsInReadingOrder() {
        let a = Block.paragraph([.text("a")]), b = Block.paragraph([.text("b")]), c = Block.paragraph([.text("c")])
        let d = Block.heading(level: 2, [.text("d")]), e = Block.thematicBreak, f = Block.codeBlock(info: "", text: "f")
        let blocks: [Block] = [
            a,
            .blockQuote([b, .list(start: 1, tight: true, items: [[c], [.blockQuote([d])]])]),
            .list(start: nil, tight: false, items: [[e, f]]),
        ]
        #expect(blocks.flattenedContainers == [a, b, c, d, e, f])
    }

    /// 100,000 levels of quotes and lists, walked on a 256 KB stack: a recursive walk would need
    /// many times that. (The tree itself is never released: Swift frees nested enums recursively, so
    /// releasing it would overflow the stack however it was walked.)
    @Test func flattenedContainersHandlesNestingFarDeeperThanAnyStack() {
        var block = Block.paragraph([.text("innerst")])
        for depth in 0..<100_000 {
            block = depth.isMultiple(of: 2) ? .blockQuote([block]) : .list(start: nil, tight: true, items: [[block]])
        }
        _ = Unmanaged.passRetained(Kept(block))
        let flattened = onThread(stackSize: 256 * 1024) { [block].flattenedContainers }
        #expect(flattened == [.paragraph([.text("innerst")])])
    }
}

/// Holds a value for the rest of the process.
private final class Kept {
    let value: Block
    init(_ value: Block) { self.value = value }
}
