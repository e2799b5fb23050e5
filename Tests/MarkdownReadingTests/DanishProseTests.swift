import CommitteeDocsDocumentTree
import Foundation
import TestSupport
import Testing
@testable import CommitteeDocsMarkdownReading

/// Wrapped Danish prose often starts a line with a date or an ordinal: "1. januar", "1.
/// behandling". CommonMark lets "1." interrupt a paragraph and start a list, so the day was lost.
/// In our Markdown an ordered list starts after a blank line or after a line ending with ":".
@Suite("Danish prose stays prose")
struct DanishProseTests {
    /// The paragraphs' lines, each paragraph one string with its soft breaks as "\n".
    private func paragraphs(_ markdown: String) -> [String]? {
        var result: [String] = []
        for block in MarkdownReader().read(markdown).normalized().blocks {
            guard case .paragraph(let inlines) = block else { return nil }
            result.append(inlines.map { $0 == .softBreak ? .text("\n") : $0 }.plainText)
        }
        return result
    }

    private func item(_ text: String) -> [Block] { [.paragraph([.text(text)])] }

    @Test("A line starting \"1. januar 2020\" inside a paragraph is text: the day is kept")
    func dateAtTheStartOfALine() {
        let markdown = """
            Boligforeningen søger om støtte til en helhedsplan for perioden
            1. januar 2020 til 31. december 2023. Planen ligger inden for
            fondens indsatsområder.

            """
        #expect(paragraphs(markdown) == [
            "Boligforeningen søger om støtte til en helhedsplan for perioden\n1. januar 2020 til 31. december 2023. Planen ligger inden for\nfondens indsatsområder.",
        ])
    }

    @Test("\"1. behandling\" and \"3. kvartal\" in the middle of a paragraph stay text",
          arguments: ["1. behandling i Borgerrepræsentationen", "3. kvartal 2020", "1) januar", "1.\tjanuar", "1."])
    func ordinalsInTheMiddleOfAParagraph(_ line: String) {
        #expect(paragraphs("Sagen forelægges til\n\(line)\nog herefter LBF.\n") == ["Sagen forelægges til\n\(line)\nog herefter LBF."])
    }

    @Test("Several such lines in a row are all text")
    func severalLinesInARow() {
        #expect(paragraphs("Møderne holdes\n1. februar\n1. marts\n1. april\n") == ["Møderne holdes\n1. februar\n1. marts\n1. april"])
    }

    @Test("A list after a blank line is still a list")
    func listAfterABlankLine() {
        #expect(MarkdownReader().read("Forvaltningen foreslår\n\n1. at planen godkendes\n2. at den sendes til LBF\n").blocks == [
            .paragraph([.text("Forvaltningen foreslår")]),
            .list(start: 1, tight: true, items: [item("at planen godkendes"), item("at den sendes til LBF")]),
        ])
    }

    @Test("A list right after a line ending with \":\" is a list")
    func listAfterAColon() {
        #expect(MarkdownReader().read("Forvaltningen foreslår:\n1. at planen godkendes\n2. at den sendes til LBF\n").blocks == [
            .paragraph([.text("Forvaltningen foreslår:")]),
            .list(start: 1, tight: true, items: [item("at planen godkendes"), item("at den sendes til LBF")]),
        ])
    }

    @Test("The colon counts as text: in bold, or before trailing spaces, too")
    func colonInsideFormatting() {
        #expect(MarkdownReader().read("**Forvaltningen foreslår:**\n1. at planen godkendes\n").blocks == [
            .paragraph([.strong([.text("Forvaltningen foreslår:")])]),
            .list(start: 1, tight: true, items: [item("at planen godkendes")]),
        ])
        #expect(MarkdownReader().read("Forvaltningen foreslår: \n1. at planen godkendes\n").blocks.count == 2)
    }

    @Test("A colon earlier in the paragraph does not count: only the line before the list")
    func colonOnAnEarlierLine() {
        #expect(paragraphs("Forvaltningen foreslår:\nat planen løber fra\n1. januar 2020.\n")
            == ["Forvaltningen foreslår:\nat planen løber fra\n1. januar 2020."])
    }

    @Test("The lines of a list stay items, and lazy continuation lines stay in their item")
    func listLinesAndLazyContinuation() {
        #expect(MarkdownReader().read("1. at planen\ngodkendes\n2. at den sendes til LBF\n").blocks == [
            .list(start: 1, tight: true, items: [
                [.paragraph([.text("at planen"), .softBreak, .text("godkendes")])],
                item("at den sendes til LBF"),
            ]),
        ])
        #expect(MarkdownReader().read("1. a\n1. b\n1. c\n").blocks == [
            .list(start: 1, tight: true, items: [item("a"), item("b"), item("c")]),
        ])
    }

    @Test("A date line inside a list item is text in that item")
    func dateInsideAListItem() {
        #expect(MarkdownReader().read("- Planen løber fra\n  1. januar 2020.\n- Budget\n").blocks == [
            .list(start: nil, tight: true, items: [
                [.paragraph([.text("Planen løber fra"), .softBreak, .text("1. januar 2020.")])],
                item("Budget"),
            ]),
        ])
        // Unindented: a lazy continuation line of the item, not a new list after it.
        #expect(MarkdownReader().read("- Planen løber fra\n1. januar 2020.\n").blocks == [
            .list(start: nil, tight: true, items: [
                [.paragraph([.text("Planen løber fra"), .softBreak, .text("1. januar 2020.")])],
            ]),
        ])
    }

    @Test("A nested ordered list, too, needs a blank line or a colon before it")
    func nestedOrderedList() {
        #expect(MarkdownReader().read("- Økonomi\n  1. januar\n").blocks == [
            .list(start: nil, tight: true, items: [[.paragraph([.text("Økonomi"), .softBreak, .text("1. januar")])]]),
        ])
        #expect(MarkdownReader().read("- Økonomi:\n  1. anlæg\n  2. drift\n").blocks == [
            .list(start: nil, tight: true, items: [[
                .paragraph([.text("Økonomi:")]),
                .list(start: 1, tight: true, items: [item("anlæg"), item("drift")]),
            ]]),
        ])
    }

    @Test("An ordered list that opens a new quote or list item is a list")
    func listOpeningAContainer() {
        #expect(MarkdownReader().read("Tekst\n> 1. a\n").blocks == [
            .paragraph([.text("Tekst")]),
            .blockQuote([.list(start: 1, tight: true, items: [item("a")])]),
        ])
        #expect(MarkdownReader().read("- a\n- 1. b\n").blocks == [
            .list(start: nil, tight: true, items: [item("a"), [.list(start: 1, tight: true, items: [item("b")])]]),
        ])
    }

    @Test("Inside a block quote the date stays in the quoted paragraph, marked or lazy")
    func dateInsideABlockQuote() {
        let quoted: [Block] = [.blockQuote([.paragraph([.text("Fonden skriver, at perioden starter"), .softBreak,
                                                        .text("1. januar 2020.")])])]
        #expect(MarkdownReader().read("> Fonden skriver, at perioden starter\n> 1. januar 2020.\n").blocks == quoted)
        #expect(MarkdownReader().read("> Fonden skriver, at perioden starter\n1. januar 2020.\n").blocks == quoted)
    }

    @Test("Bullet lists still interrupt a paragraph: a dash at a line start is a list, as officials write it")
    func bulletsStillInterrupt() {
        #expect(MarkdownReader().read("Planen omfatter\n- boliger\n- erhverv\n").blocks == [
            .paragraph([.text("Planen omfatter")]),
            .list(start: nil, tight: true, items: [item("boliger"), item("erhverv")]),
        ])
    }

    @Test("Fenced code and tables are untouched")
    func codeAndTables() {
        #expect(MarkdownReader().read("Eksempel\n```\nperioden\n1. januar\n```\n").blocks == [
            .paragraph([.text("Eksempel")]), .codeBlock(info: "", text: "perioden\n1. januar"),
        ])
        #expect(MarkdownReader().read("| Dato |\n| --- |\n| 1. januar |\n").blocks == [
            .table(Table(alignments: [.none], header: [[.text("Dato")]], rows: [[[.text("1. januar")]]])),
        ])
    }

    @Test("An escaped marker stays as it was, and CR or CRLF line ends count as line ends")
    func escapesAndLineEnds() {
        #expect(paragraphs("perioden\n1\\. januar\n") == ["perioden\n1. januar"])
        #expect(paragraphs("perioden\r\n1. januar 2020\r\nog\r1. februar\r") == ["perioden\n1. januar 2020\nog\n1. februar"])
    }

    @Test("After a front matter the lines are found where they are")
    func afterFrontMatter() {
        #expect(paragraphs("---\n\"Dato\": \"6. april 2009\"\n---\n\nperioden\n1. januar 2020\n") == ["perioden\n1. januar 2020"])
    }
}

@Suite("Danish prose, hostile input")
struct DanishProseHostileTests {
    @Test("10,000 date lines in one paragraph are read in one go")
    func manyDateLines() {
        let markdown = "perioden\n" + String(repeating: "1. januar\n", count: 10_000)
        guard case .paragraph(let inlines)? = MarkdownReader().read(markdown).blocks.first else {
            Issue.record("not a paragraph")
            return
        }
        #expect(inlines.filter { $0 == .softBreak }.count == 10_000)
    }

    @Test("Lists that become text in turn, nested in each other, end as text")
    func itemsWithNestedLists() {
        let markdown = "perioden\n" + String(repeating: "1. januar\n   - og\n", count: 200)
        let blocks = MarkdownReader().read(markdown).blocks
        func orderedListInterruptsAParagraph(_ blocks: [Block]) -> Bool {
            for (previous, block) in zip(blocks, blocks.dropFirst()) {
                if case .paragraph = previous, case .list(let start?, _, _) = block, start == 1 { return true }
            }
            return blocks.contains { block in
                switch block {
                case .list(_, _, let items): return items.contains(where: orderedListInterruptsAParagraph)
                case .blockQuote(let children): return orderedListInterruptsAParagraph(children)
                default: return false
                }
            }
        }
        let interrupts = orderedListInterruptsAParagraph(blocks)
        let keepsTheDate = blocks.plainText.contains("perioden 1. januar")
        #expect(!interrupts)
        #expect(keepsTheDate)
    }

    @Test("10,000 nested quotes ending in a date line are read on a 512 KB stack")
    func deepQuotes() {
        let markdown = String(repeating: "> ", count: 10_000) + "perioden\n" + String(repeating: "> ", count: 10_000) + "1. januar\n"
        let text = onSmallStack { MarkdownReader().read(markdown).blocks.plainText }
        #expect(text.contains("perioden 1. januar"))
    }
}

extension Array where Element == Block {
    /// All text of the blocks, soft breaks as spaces, blocks separated by spaces.
    var plainText: String {
        map { block -> String in
            switch block {
            case .paragraph(let inlines), .heading(_, let inlines):
                return inlines.map { $0 == .softBreak ? .text(" ") : $0 }.plainText
            case .list(_, _, let items): return items.map(\.plainText).joined(separator: " ")
            case .blockQuote(let children): return children.plainText
            default: return ""
            }
        }.joined(separator: " ")
    }
}
