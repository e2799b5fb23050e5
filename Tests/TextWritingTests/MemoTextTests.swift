import CommitteeDocsDocumentTree
import Testing
@testable import CommitteeDocsTextWriting

@Suite("A memo as plain text")
struct MemoTextTests {
    @Test("A small memo: side column, title, sections, a list and a table")
    func smallMemo() {
        let document = Document(blocks: [
            .metadata([
                MetadataEntry(label: "Dato", value: [.text("06-04-2009")]),
                MetadataEntry(label: "Sagsnr.", value: [.text("2009-45219")]),
                MetadataEntry(label: "Dokumentnr.", value: [.text("2009-199623")]),
                MetadataEntry(label: "Sagsbehandler", value: [.text("Marianne Bjerre")]),
            ]),
            .paragraph([.text("Til Teknik- og Miljøudvalget")]),
            .heading(level: 1, [.text("Nye procesmuligheder for de områdebaserede indsatser")]),
            .heading(level: 2, [.text("Baggrund")]),
            .paragraph([.text("På udvalgets møde den 18. marts 2009 blev der bedt om et notat om,"),
                        .softBreak, .text("hvordan udvalgene kan "), .emphasis([.text("inddrages")]),
                        .text(" tidligere i helhedsplanerne.")]),
            .heading(level: 3, [.text("Finansiering")]),
            .list(start: nil, tight: true, items: [
                [.paragraph([.text("Landsbyggefonden betaler højst ¾ af budgettet.")])],
                [.paragraph([.text("Resten dækkes lokalt af kommunen, boligorganisationen eller boligafdelingen.")])],
            ]),
            .table(Table(alignments: [.left, .right],
                         header: [[.text("Aktivitet")], [.text("Beløb")]],
                         rows: [[[.text("Tryghed og trivsel")], [.text("1.250.000 kr.")]],
                                [[.text("Uddannelse")], [.text("750.000 kr.")]]])),
        ])
        let expected = """
            Dato           06-04-2009
            Sagsnr.        2009-45219
            Dokumentnr.    2009-199623
            Sagsbehandler  Marianne Bjerre

            Til Teknik- og Miljøudvalget

            Nye procesmuligheder for de områdebaserede indsatser
            ====================================================

            Baggrund
            --------

            På udvalgets møde den 18. marts 2009 blev der bedt om et notat om,
            hvordan udvalgene kan inddrages tidligere i helhedsplanerne.

            Finansiering

            - Landsbyggefonden betaler højst ¾ af budgettet.
            - Resten dækkes lokalt af kommunen, boligorganisationen eller
              boligafdelingen.

            Aktivitet                   Beløb
            ------------------  -------------
            Tryghed og trivsel  1.250.000 kr.
            Uddannelse            750.000 kr.

            """
        #expect(TextWriter().write(document) == expected)
    }

    @Test("A long title wraps and is underlined as wide as its longest line")
    func longTitle() {
        let title = "Indstilling om godkendelse af foreløbig helhedsplan for boligafdelingerne i Mjølnerparken"
        let document = Document(blocks: [.heading(level: 1, [.text(title)])])
        #expect(TextWriter(width: 40).write(document) == """
            Indstilling om godkendelse af foreløbig
            helhedsplan for boligafdelingerne i
            Mjølnerparken
            =======================================

            """)
    }

    @Test("Metadata values wrap under their own column; an empty value leaves the label alone")
    func metadataWrapping() {
        let document = Document(blocks: [.metadata([
            MetadataEntry(label: "Til", value: [.text("Teknik- og Miljøudvalget, Økonomiudvalget og Borgerrepræsentationen")]),
            MetadataEntry(label: "Bilag", value: []),
            MetadataEntry(label: "Kontakt", value: [.text("Marianne Bjerre"), .lineBreak, .text("mabj@tmf.kk.dk")]),
        ])])
        #expect(TextWriter(width: 40).write(document) == """
            Til      Teknik- og Miljøudvalget,
                     Økonomiudvalget og
                     Borgerrepræsentationen
            Bilag
            Kontakt  Marianne Bjerre
                     mabj@tmf.kk.dk

            """)
    }

    @Test("An empty document is empty text")
    func emptyDocument() {
        #expect(TextWriter().write(Document(blocks: [])) == "")
        #expect(TextWriter().write(Document(blocks: [.paragraph([.text("   ")]), .pageBreak])) == "")
    }
}
