import CommitteeDocsDocumentTree
import Testing
@testable import CommitteeDocsTextWriting

@Suite("Wrapping by display width")
struct WrappingTests {
    private func paragraph(_ text: String, width: Int) -> String {
        TextWriter(width: width).write(Document(blocks: [.paragraph([.text(text)])]))
    }

    @Test("Danish letters count one column each")
    func danishLetters() {
        #expect(paragraph("Æblerne på Østerbro blev så røde før åen frøs", width: 20) == """
            Æblerne på Østerbro
            blev så røde før åen
            frøs

            """)
    }

    @Test("A combining accent takes no column")
    func combiningMarks() {
        // "Café" with a decomposed é is four columns, so "Café Åbo" fits in 8.
        #expect(paragraph("Cafe\u{0301} Åbo ligger her", width: 8) == "Cafe\u{0301} Åbo\nligger\nher\n")
    }

    @Test("East Asian wide characters take two columns")
    func wideCharacters() {
        #expect(paragraph("東京都 Kø 大阪", width: 9) == "東京都 Kø\n大阪\n")
        #expect(paragraph("ＡＢＣ abc", width: 9) == "ＡＢＣ\nabc\n")
    }

    @Test("A word longer than the width stays whole on its own line")
    func longWord() {
        #expect(paragraph("Et Borgerrepræsentationsmedlem spurgte", width: 12) == """
            Et
            Borgerrepræsentationsmedlem
            spurgte

            """)
    }

    @Test("Runs of white space become one space; no-break spaces never break")
    func whiteSpace() {
        #expect(paragraph("Der  er\tto\n muligheder", width: 72) == "Der er to muligheder\n")
        #expect(paragraph("efter §\u{00A0}17, stk.\u{00A0}4 i loven", width: 12) == "efter §\u{00A0}17,\nstk.\u{00A0}4 i\nloven\n")
    }

    @Test("Hard breaks are kept, soft breaks become spaces")
    func breaks() {
        let document = Document(blocks: [.paragraph([
            .text("Med venlig hilsen"), .lineBreak, .text("Marianne Bjerre"), .softBreak, .text("(sagsbehandler)"),
        ])])
        #expect(TextWriter().write(document) == "Med venlig hilsen\nMarianne Bjerre (sagsbehandler)\n")
    }

    @Test("A one-megabyte title is written whole and underlined in linear time")
    func megabyteWord() {
        let word = String(repeating: "å", count: 1_000_000)
        let text = TextWriter().write(Document(blocks: [.heading(level: 1, [.text("Notat " + word)])]))
        let lines = text.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[0] == "Notat")
        #expect(lines[1] == Substring(word))
        #expect(lines[2] == Substring(String(repeating: "=", count: 1_000_000)))
    }

    @Test("A megabyte of short words wraps into full lines")
    func megabyteOfWords() {
        let text = String(repeating: "kommune ", count: 131_072)
        let output = paragraph(text, width: 72)
        let lines = output.split(separator: "\n")
        // Nine seven-letter words and eight spaces fill 71 columns: 131.072 / 9 rounds up to 14.564 lines.
        #expect(lines.count == 14_564)
        #expect(lines.allSatisfy { $0.count <= 72 })
        #expect(lines[0] == "kommune kommune kommune kommune kommune kommune kommune kommune kommune")
    }
}
