import CommitteeDocsDocumentTree
import Testing

/// `normalized()` merges adjacent text nodes and drops empty ones, at every depth, so that two
/// trees built from differently split text compare equal; it changes nothing else.
@Suite("Normalization")
struct NormalizationTests {
    @Test func adjacentTextIsMergedAndEmptyTextDropped() {
        let split: [Inline] = [.text("Udvalget "), .text(""), .text("bad om "), .text("en plan.")]
        #expect(split.normalized() == [.text("Udvalget bad om en plan.")])
    }

    @Test func textIsMergedOnlyWhereNothingStandsBetween() {
        let inlines: [Inline] = [.text("a"), .text("b"), .softBreak, .text("c"), .code("d"), .text("e"), .text("")]
        #expect(inlines.normalized() == [.text("ab"), .softBreak, .text("c"), .code("d"), .text("e")])
    }

    @Test func anEmptyTextBetweenTwoTextsJoinsThem() {
        #expect([Inline.text("kr"), .text(""), .text(".")].normalized() == [.text("kr.")])
    }

    @Test func codeAndBreaksAreKeptAsTheyAre() {
        // Code is verbatim: an empty code span is not text and stays.
        let inlines: [Inline] = [.code(""), .lineBreak, .code("x"), .softBreak, .code("")]
        #expect(inlines.normalized() == inlines)
    }

    @Test func lineEndsInARowAreOne() {
        // A soft break beside another line end shows nothing more; a hard one wins.
        #expect([Inline.text("a"), .softBreak, .softBreak, .text("b")].normalized() == [.text("a"), .softBreak, .text("b")])
        #expect([Inline.text("a"), .lineBreak, .softBreak, .text("b")].normalized() == [.text("a"), .lineBreak, .text("b")])
        #expect([Inline.text("a"), .softBreak, .lineBreak, .text("b")].normalized() == [.text("a"), .lineBreak, .text("b")])
        #expect([Inline.text("a"), .lineBreak, .lineBreak, .text("b")].normalized() == [.text("a"), .lineBreak, .lineBreak, .text("b")])
    }

    @Test func formattingAndLinksAreNormalizedInside() {
        let inlines: [Inline] = [
            .emphasis([.text("a"), .text("b")]),
            .strong([.text(""), .strikethrough([.text("c"), .text("d")])]),
            .link(destination: "https://www.kk.dk", title: "KK", [.text("K"), .text("K")]),
        ]
        #expect(inlines.normalized() == [
            .emphasis([.text("ab")]),
            .strong([.strikethrough([.text("cd")])]),
            .link(destination: "https://www.kk.dk", title: "KK", [.text("KK")]),
        ])
    }

    @Test func textOnBothSidesOfFormattingIsNotMergedAcrossIt() {
        let inlines: [Inline] = [.text("a"), .strong([.text("b")]), .text("c")]
        #expect(inlines.normalized() == inlines)
    }

    @Test func everyBlockWithInlinesIsNormalized() {
        let ab: [Inline] = [.text("a"), .text("b")]
        let document = Document(blocks: [
            .heading(level: 2, ab),
            .paragraph(ab),
            .list(start: 3, tight: false, items: [[.paragraph(ab)], [.blockQuote([.paragraph(ab)])]]),
            .blockQuote([.heading(level: 1, ab)]),
            .table(Table(alignments: [.left, .right], header: [ab, ab], rows: [[ab, []], [[.text("")], ab]])),
            .metadata([MetadataEntry(label: "Sagsnr.", value: [.text("2009-"), .text("45219")])]),
        ])
        let merged: [Inline] = [.text("ab")]
        #expect(document.normalized() == Document(blocks: [
            .heading(level: 2, merged),
            .paragraph(merged),
            .list(start: 3, tight: false, items: [[.paragraph(merged)], [.blockQuote([.paragraph(merged)])]]),
            .blockQuote([.heading(level: 1, merged)]),
            .table(Table(alignments: [.left, .right], header: [merged, merged], rows: [[merged, []], [[], merged]])),
            .metadata([MetadataEntry(label: "Sagsnr.", value: [.text("2009-45219")])]),
        ]))
    }

    @Test func verbatimAndEmptyBlocksAreUnchanged() {
        let blocks: [Block] = [.codeBlock(info: "", text: "a  \n\n b"), .thematicBreak, .pageBreak, .paragraph([]),
                               .list(start: nil, tight: true, items: [])]
        #expect(Document(blocks: blocks).normalized() == Document(blocks: blocks))
    }

    @Test func normalizingTwiceChangesNothingMore() {
        let document = Document(blocks: [
            .paragraph([.text(""), .text("a"), .emphasis([.text("b"), .text(""), .text("c")]), .text("d"), .text("e")]),
        ])
        let once = document.normalized()
        #expect(once.normalized() == once)
    }
}
