import CommitteeDocsDocumentTree
import Testing
@testable import CommitteeDocsTextWriting

@Suite("Pagination")
struct PaginationTests {
    private func paragraphs(_ count: Int) -> [Block] {
        (1...count).map { .paragraph([.text("Afsnit \($0)")]) }
    }

    @Test("Pages are separated by form feeds; from page 2 on a right-aligned footer ends the page")
    func footers() {
        let text = TextWriter(width: 30, pageLength: 6).write(Document(blocks: paragraphs(7)))
        #expect(text == """
            Afsnit 1

            Afsnit 2

            Afsnit 3
            \u{0C}
            Afsnit 4

            Afsnit 5


                               Side 2 af 3
            \u{0C}
            Afsnit 6

            Afsnit 7


                               Side 3 af 3

            """)
    }

    @Test("A document that fits on one page has no footer")
    func onePage() {
        #expect(TextWriter(width: 30, pageLength: 6).write(Document(blocks: paragraphs(3)))
            == "Afsnit 1\n\nAfsnit 2\n\nAfsnit 3\n")
    }

    @Test("A page break starts a new page")
    func pageBreak() {
        let document = Document(blocks: [.paragraph([.text("Forside")]), .pageBreak, .paragraph([.text("Bilag")])])
        let footer = String(repeating: " ", count: 19) + "Side 2 af 2"
        #expect(TextWriter(width: 30, pageLength: 10).write(document)
            == "Forside\n\u{0C}\nBilag\n" + String(repeating: "\n", count: 8) + footer + "\n")
    }

    @Test("A heading moves to the next page rather than end a page")
    func headingKeptWithText() {
        let document = Document(blocks: [.paragraph([.text("Et")]), .paragraph([.text("To")]),
                                         .heading(level: 2, [.text("Økonomi")]), .paragraph([.text("Tekst")])])
        #expect(TextWriter(width: 30, pageLength: 6).write(document) == """
            Et

            To
            \u{0C}
            Økonomi
            -------

            Tekst

                               Side 2 af 2

            """)
    }

    @Test("A line longer than a page's worth of lines still flows on; tiny page lengths are raised to 3")
    func tinyPages() {
        let text = TextWriter(width: 20, pageLength: 1).write(Document(blocks: paragraphs(2)))
        #expect(text == "Afsnit 1\n\nAfsnit 2\n")
        let three = TextWriter(width: 20, pageLength: 3).write(Document(blocks: paragraphs(4)))
        let footer = { (page: Int) in String(repeating: " ", count: 9) + "Side \(page) af 3" }
        #expect(three == "Afsnit 1\n\nAfsnit 2\n\u{0C}\nAfsnit 3\n\n\(footer(2))\n\u{0C}\nAfsnit 4\n\n\(footer(3))\n")
    }
}
