import CommitteeDocsDocumentTree
import Testing
@testable import CommitteeDocsTextWriting

/// Tables in plain text fit the width: prose wraps inside its cell, numbers never wrap, and a
/// table that cannot fit even so is written row by row as "column  value" lines.
@Suite("Tables that fit the width")
struct TableTextTests {
    private func write(_ table: Table, width: Int) -> String {
        TextWriter(width: width).write(Document(blocks: [.table(table)]))
    }

    private static func cell(_ text: String) -> [Inline] { [.text(text)] }

    /// The områdefornyelse's financing table, as the template makes it.
    static let financing = Table(
        alignments: [.left, .left, .right, .right],
        header: ["Finansieringskilde", "Art", "Beløb (kr.)", "Andel"].map(cell),
        rows: [
            ["Social- og Indenrigsministeriet", "Staten", "8.000.000", "33,3 pct."].map(cell),
            ["Københavns Kommune", "Kommunen", "16.000.000", "66,7 pct."].map(cell),
            [[.strong([.text("I alt")])], [], [.strong([.text("24.000.000")])], [.strong([.text("100,0 pct.")])]],
        ])

    @Test("A table that fits is laid out on one line per row")
    func fits() {
        #expect(write(Self.financing, width: 72) == """
            Finansieringskilde               Art       Beløb (kr.)       Andel
            -------------------------------  --------  -----------  ----------
            Social- og Indenrigsministeriet  Staten      8.000.000   33,3 pct.
            Københavns Kommune               Kommunen   16.000.000   66,7 pct.
            I alt                                       24.000.000  100,0 pct.

            """)
    }

    @Test("A source's name wraps inside its cell; amounts and percentages stay whole; rows are then set apart")
    func proseWraps() {
        #expect(write(Self.financing, width: 60) == """
            Finansieringskilde    Art       Beløb (kr.)       Andel
            --------------------  --------  -----------  ----------
            Social- og            Staten      8.000.000   33,3 pct.
            Indenrigsministeriet

            Københavns Kommune    Kommunen   16.000.000   66,7 pct.

            I alt                            24.000.000  100,0 pct.

            """)
    }

    @Test("The widest prose columns give up their width first, and headers wrap too")
    func widestFirst() {
        let table = Table(alignments: [.right, .left, .left],
                          header: ["Nr.", "Titel", "Bemærkning"].map(Self.cell),
                          rows: [["1", "Godkendelse af dagsordenen for mødet", "Ingen"].map(Self.cell),
                                 ["2", "Foreløbig helhedsplan for Solhaven", "Punktet behandles for åbne døre"].map(Self.cell)])
        #expect(write(table, width: 40) == """
            Nr.  Titel            Bemærkning
            ---  ---------------  -------------
              1  Godkendelse af   Ingen
                 dagsordenen for
                 mødet

              2  Foreløbig        Punktet
                 helhedsplan for  behandles for
                 Solhaven         åbne døre

            """)
    }

    @Test("When even wrapped columns cannot fit, each row is written as column and value lines")
    func rowByRow() {
        #expect(write(Self.financing, width: 44) == """
            Finansieringskilde  Social- og
                                Indenrigsministeriet
            Art                 Staten
            Beløb (kr.)         8.000.000
            Andel               33,3 pct.

            Finansieringskilde  Københavns Kommune
            Art                 Kommunen
            Beløb (kr.)         16.000.000
            Andel               66,7 pct.

            Finansieringskilde  I alt
            Beløb (kr.)         24.000.000
            Andel               100,0 pct.

            """)
    }

    @Test("Narrower still, each value goes under its column's name")
    func rowByRowNarrow() {
        let text = write(Self.financing, width: 30)
        #expect(text.hasPrefix("""
            Finansieringskilde
              Social- og
              Indenrigsministeriet
            Art
              Staten
            Beløb (kr.)
              8.000.000

            """), "\(text)")
        #expect(text.split(separator: "\n").allSatisfy { TextWriter.displayWidth(of: String($0)) <= 30 }, "\(text)")
    }

    @Test("A word wider than the page stays whole, as in a paragraph")
    func wordWiderThanThePage() {
        let table = Table(alignments: [.left], header: [Self.cell("Fil")], rows: [[Self.cell("punkter/01-godkendelse-af-dagsordenen.html")]])
        #expect(write(table, width: 20) == "Fil\n  punkter/01-godkendelse-af-dagsordenen.html\n")
    }

    @Test("Wide characters count two columns, combining marks none")
    func displayWidth() {
        let table = Table(alignments: [.left, .right],
                          header: ["Navn", "Beløb"].map(Self.cell),
                          rows: [["東京 og A\u{30A}rhus", "1.000"].map(Self.cell)])
        #expect(write(table, width: 14) == """
            Navn     Beløb
            -------  -----
            東京 og  1.000
            A\u{30A}rhus

            """)
    }

    @Test("A multi-line row is kept on one page")
    func rowKeptOnOnePage() {
        let text = TextWriter(width: 60, pageLength: 7).write(Document(blocks: [
            .paragraph([.text("Indledning")]), .paragraph([.text("Mere")]), .table(Self.financing),
        ]))
        #expect(text.contains("Social- og            Staten      8.000.000   33,3 pct.\nIndenrigsministeriet"), "\(text)")
    }
}
