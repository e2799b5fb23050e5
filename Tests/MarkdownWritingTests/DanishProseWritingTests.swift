import CommitteeDocsDocumentTree
import CommitteeDocsMarkdownReading
import CommitteeDocsMarkdownWriting
import Testing

/// A paragraph line that starts with "1. januar" must stay text for any CommonMark reader, not
/// only ours: the writer escapes the number's "." wherever a line starts.
@Suite("Danish prose as Markdown")
struct DanishProseWritingTests {
    static let period: [Inline] = [.text("Helhedsplanen løber i perioden"), .softBreak,
                                   .text("1. januar 2020 til 31. december 2023, og sagen får sin"), .lineBreak,
                                   .text("3. behandling i 2020.")]

    @Test("A date or ordinal at the start of a paragraph line is written with its \".\" escaped")
    func escapedAtALineStart() {
        #expect(write([.paragraph(Self.period)]) == """
            Helhedsplanen løber i perioden
            1\\. januar 2020 til 31. december 2023, og sagen får sin\\
            3\\. behandling i 2020.

            """)
        #expect(roundTripped(Document(blocks: [.paragraph(Self.period)])) == Document(blocks: [.paragraph(Self.period)]))
    }

    @Test("In a list item, a quote and emphasis the line start is escaped too")
    func escapedInContainers() {
        let emphasized: [Inline] = [.emphasis([.text("perioden"), .softBreak, .text("1. januar 2020")])]
        let document = Document(blocks: [
            .list(start: nil, tight: true, items: [[.paragraph(Self.period)], [.paragraph(emphasized)]]),
            .blockQuote([.paragraph(Self.period)]),
        ])
        let markdown = MarkdownWriter().write(document)
        #expect(markdown.contains("\n  1\\. januar 2020"), "\(markdown)")
        #expect(markdown.contains("\n> 1\\. januar 2020"), "\(markdown)")
        #expect(markdown.contains("*perioden\n  1\\. januar 2020*"), "\(markdown)")
        #expect(roundTripped(document) == document.normalized())
    }

    @Test("A list right after a line ending with \":\" in a tight item is written so and reads back as a list")
    func listAfterAColonInATightItem() {
        let document = Document(blocks: [
            .list(start: nil, tight: true, items: [[
                .paragraph([.text("Økonomi:")]),
                .list(start: 1, tight: true, items: [[.paragraph([.text("anlæg")])], [.paragraph([.text("drift")])]]),
            ]]),
        ])
        #expect(MarkdownWriter().write(document) == "- Økonomi:\n  1. anlæg\n  2. drift\n")
        #expect(roundTripped(document) == document)
    }
}
