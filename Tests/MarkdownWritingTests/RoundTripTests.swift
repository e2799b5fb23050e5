import CommitteeDocsDocumentTree
import CommitteeDocsMarkdownReading
import CommitteeDocsMarkdownWriting
import Testing

@Suite("Writing and reading back gives the same tree")
struct RoundTripTests {
    /// `inline` in every place an inline can go.
    static func documents(with inline: Inline) -> [Document] {
        let text = [Inline.text("før "), inline, .text(" efter")]
        return [
            Document(blocks: [.paragraph([inline])]),
            Document(blocks: [.paragraph(text)]),
            Document(blocks: [.paragraph([.text("a"), .softBreak, inline, .lineBreak, inline, .softBreak, .text("b")])]),
            Document(blocks: [.heading(level: 1, [inline])]),
            Document(blocks: [.heading(level: 3, text)]),
            Document(blocks: [.paragraph([.emphasis([inline]), .text(" "), .strong(text), .strikethrough([inline])])]),
            Document(blocks: [.paragraph([.text("x"), .emphasis([inline]), .text("y"), .strong([inline]), .text("z")])]),
            Document(blocks: [.paragraph([.link(destination: "https://aarhus.dk", title: "t", [inline])])]),
            Document(blocks: [.list(start: nil, tight: true, items: [[.paragraph([inline])], [.paragraph(text)]])]),
            Document(blocks: [.blockQuote([.paragraph(text), .list(start: 2, tight: false, items: [[.paragraph([inline])], [.paragraph(text)]])])]),
            Document(blocks: [.table(Table(alignments: [.none, .center], header: [[inline], text],
                                           rows: [[text, [inline]], [[], [.code("|"), inline]]]))]),
            Document(blocks: [.metadata([MetadataEntry(label: "Sagsnr.", value: [inline]),
                                         MetadataEntry(label: "Note", value: text)])]),
        ]
    }

    @Test("Hostile text comes back literally in every inline, cell, heading and value position",
          arguments: hostileStrings)
    func hostileText(_ hostile: String) {
        for document in Self.documents(with: .text(hostile)) {
            let expected = MarkdownWriter.readBack(of: document)
            #expect(roundTripped(document) == expected, "\(MarkdownWriter().write(document))")
        }
    }

    @Test("Hostile text as a metadata label, link destination, title, code and code block",
          arguments: hostileStrings)
    func hostileElsewhere(_ hostile: String) {
        // cmark trims an info string after decoding it, so its ends are never white space.
        let info = String(hostile.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
        let documents = [
            Document(blocks: [.metadata([MetadataEntry(label: hostile, value: [.text("v")])])]),
            Document(blocks: [.paragraph([.link(destination: hostile.replacingNewlines, title: hostile, [.text("l")])])]),
            Document(blocks: [.paragraph([.code(hostile.replacingNewlines.trimmingCharacters(in: " ").nonEmpty)])]),
            Document(blocks: [.codeBlock(info: info.nonEmpty, text: hostile)]),
        ]
        for document in documents {
            #expect(roundTripped(document) == MarkdownWriter.readBack(of: document), "\(MarkdownWriter().write(document))")
        }
    }

    @Test("Adjacent lists stay apart; nested formatting keeps its shape")
    func richDocument() {
        let document = Document(blocks: [
            .list(start: nil, tight: true, items: [[.paragraph([.text("a")])]]),
            .list(start: nil, tight: true, items: [[.paragraph([.text("b")])]]),
            .list(start: 1, tight: false, items: [[.paragraph([.text("c")]), .paragraph([.text("d")])], []]),
            .list(start: 7, tight: true, items: [[.thematicBreak], [.heading(level: 2, [.text("h")])]]),
            .list(start: nil, tight: true, items: [[.thematicBreak]]),
            .paragraph([.strong([.emphasis([.text("x")])]), .emphasis([.strong([.text("y")])]),
                        .emphasis([.text("(")]), .text("b"), .strong([.text(".")]), .text("c")]),
            .paragraph([.emphasis([.emphasis([.text("dobbelt")])]), .text(" "), .strong([.strong([.text("fed")])])]),
            .paragraph([.emphasis([.text(" mellemrum ")]), .text("."), .strong([.text(" ")])]),
            .heading(level: 2, [.text("to"), .softBreak, .text("linjer")]),
            .heading(level: 1, [.text("hård"), .lineBreak, .text("brud #")]),
            .blockQuote([.blockQuote([.codeBlock(info: "swift", text: "let a = \"```\"\n\n  b")])]),
            .blockQuote([]),
            .paragraph([.text("<div>"), .lineBreak, .lineBreak, .text("</div>")]),
            .codeBlock(info: "a`b", text: "~~~\n"),
            .pageBreak,
            .metadata([MetadataEntry(label: "Tom", value: [])]),
            .table(Table(alignments: [.right], header: [[]], rows: [[[]]])),
        ])
        #expect(roundTripped(document) == document.normalized(), "\(MarkdownWriter().write(document))")
    }

    @Test("A 1 MB text round-trips")
    func largeText() {
        let text = String(repeating: "Forvaltningen indstiller * _ [x] & 1. <b> ", count: 25_000)
        let document = Document(blocks: [.paragraph([.text(text)])])
        #expect(roundTripped(document) == document)
    }

    @Test("Nesting deeper than the limit is flattened, as the reader does")
    func deepNesting() {
        var block = Block.paragraph([.text("dybt")])
        for level in 0..<1_000 {
            block = level % 2 == 0 ? .blockQuote([block]) : .list(start: nil, tight: true, items: [[block]])
        }
        let markdown = MarkdownWriter().write(Document(blocks: [block]))
        #expect(MarkdownReader().read(markdown) == MarkdownReader().read(MarkdownWriter().write(MarkdownReader().read(markdown))))
        #expect(markdown.hasSuffix("dybt\n"))
    }
}

extension String {
    func trimmingCharacters(in character: Character) -> String {
        String(drop { $0 == character }.reversed().drop { $0 == character }.reversed())
    }

    var replacingNewlines: String {
        String(map { $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? " " : $0 })
    }

    var nonEmpty: String { isEmpty ? "x" : self }
}
