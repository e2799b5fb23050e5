import CommitteeDocsDocumentTree
import Testing

/// A document put below another's title: its own title becomes a section heading.
@Suite("Heading levels")
struct HeadingLevelsTests {
    @Test func anItemsTitleBecomesASectionHeadingAndItsSectionsStay() {
        let item = Document(blocks: [
            .heading(level: 1, [.text("Foreløbig helhedsplan for Solhaven")]),
            .paragraph([.text("Til Teknik- og Miljøudvalget")]),
            .heading(level: 2, [.text("Indstilling")]),
            .heading(level: 3, [.text("Økonomi")]),
        ], properties: DocumentProperties(author: "Teknik- og Miljøforvaltningen"))
        let lowered = item.withHeadings(atLeast: 2)
        #expect(lowered.blocks == [
            .heading(level: 2, [.text("Foreløbig helhedsplan for Solhaven")]),
            .paragraph([.text("Til Teknik- og Miljøudvalget")]),
            .heading(level: 2, [.text("Indstilling")]),
            .heading(level: 3, [.text("Økonomi")]),
        ])
        #expect(lowered.title == nil, "the packet's title is the agenda's")
        #expect(lowered.properties == item.properties)
    }

    @Test func headingsInQuotesAndListsAreLoweredToo() {
        let document = Document(blocks: [
            .blockQuote([.heading(level: 1, [.text("Citat")])]),
            .list(start: nil, tight: false, items: [[.heading(level: 0, [.text("Punkt")]), .paragraph([.text("tekst")])]]),
        ])
        #expect(document.withHeadings(atLeast: 2).blocks == [
            .blockQuote([.heading(level: 2, [.text("Citat")])]),
            .list(start: nil, tight: false, items: [[.heading(level: 2, [.text("Punkt")]), .paragraph([.text("tekst")])]]),
        ])
    }

    @Test func aHeadingThatLooksLikeMarkupStaysText() {
        let hostile: [Inline] = [.text("<h1>Titel</h1> # ikke en overskrift")]
        #expect(Document(blocks: [.heading(level: 1, hostile)]).withHeadings(atLeast: 2).blocks == [.heading(level: 2, hostile)])
    }
}
