import CommitteeDocsDocumentTree
import Testing
@testable import CommitteeDocsTextWriting

@Suite("Inline formatting as plain text")
struct InlineTextTests {
    private func write(_ inlines: [Inline]) -> String {
        TextWriter().write(Document(blocks: [.paragraph(inlines)]))
    }

    @Test("Emphasis and strong show their text only, code as is")
    func emphasisAndCode() {
        #expect(write([.text("Det er "), .strong([.text("meget")]), .text(" "), .emphasis([.text("vigtigt")]),
                       .text(" at køre "), .code("make test"), .text(".")])
            == "Det er meget vigtigt at køre make test.\n")
    }

    @Test("Strikethrough stays visible")
    func strikethrough() {
        #expect(write([.text("Beløbet er "), .strikethrough([.text("5 mio. kr.")]), .text(" 6 mio. kr.")])
            == "Beløbet er ~~5 mio. kr.~~ 6 mio. kr.\n")
    }

    @Test("A link shows its address after its text unless the text is the address")
    func links() {
        #expect(write([.text("Se "), .link(destination: "https://www.kk.dk", title: "", [.text("kommunens side")])])
            == "Se kommunens side (https://www.kk.dk)\n")
        #expect(write([.link(destination: "https://www.lbf.dk", title: "", [.text("https://www.lbf.dk")])])
            == "https://www.lbf.dk\n")
        #expect(write([.link(destination: "mailto:tmf@kk.dk", title: "", [.text("tmf@kk.dk")])])
            == "tmf@kk.dk\n")
        #expect(write([.link(destination: "https://www.kk.dk", title: "", [])]) == "https://www.kk.dk\n")
        #expect(write([.link(destination: "https://x.dk", title: "", [.emphasis([.text("x")])]), .text(" og "),
                       .link(destination: "https://y.dk", title: "", [.text("y")])])
            == "x (https://x.dk) og y (https://y.dk)\n")
    }

    @Test("Control characters in values become spaces and cannot fake a page break")
    func controlCharacters() {
        #expect(write([.text("Linje et\u{0C}linje\rto\u{2028}tre")]) == "Linje et linje to tre\n")
    }

    @Test("Ten thousand nested emphases are written without recursion")
    func deepInlineNesting() {
        var inline = Inline.text("dybt")
        for _ in 0..<10_000 { inline = .emphasis([inline]) }
        #expect(write([inline]) == "dybt\n")
    }
}
