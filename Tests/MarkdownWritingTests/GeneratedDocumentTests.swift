import CommitteeDocsDocumentTree
import CommitteeDocsMarkdownReading
import CommitteeDocsMarkdownWriting
import Testing

/// A small deterministic generator (a linear congruential generator), so failures reproduce.
struct SeededGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(bound))
    }

    mutating func pick<T>(_ choices: [T]) -> T { choices[next(choices.count)] }
}

/// Random documents made of the pieces most likely to confuse a Markdown writer.
struct DocumentGenerator {
    var random: SeededGenerator

    private static let fragments = [
        "Forvaltningen", "kr.", "1.234", " ", "  ", "*", "_", "~", "`", "\\", "[", "]", "(", ")", "!", "&",
        "&amp;", "<", ">", "#", "-", "+", "1.", "2)", "|", ":", "\"", "'", ".", ",", "x", "æøå", "\u{301}",
        "\u{A0}", "\t", "\n", "{{x}}", "<b>", "---", "===",
    ]

    mutating func text() -> String {
        (0..<(1 + random.next(4))).map { _ in random.pick(Self.fragments) }.joined()
    }

    mutating func inlines(depth: Int) -> [Inline] {
        (0..<(1 + random.next(4))).map { _ in inline(depth: depth) }
    }

    mutating func inline(depth: Int) -> Inline {
        switch depth > 1 ? 0 : random.next(9) {
        case 1: return .emphasis(inlines(depth: depth + 1))
        case 2: return .strong(inlines(depth: depth + 1))
        case 3: return .strikethrough(inlines(depth: depth + 1))
        case 4: return .code(text())
        case 5: return .link(destination: text(), title: random.next(2) == 0 ? "" : text(), inlines(depth: depth + 1))
        case 6: return random.next(2) == 0 ? .softBreak : .lineBreak
        default: return .text(text())
        }
    }

    mutating func blocks(depth: Int) -> [Block] {
        (0..<(1 + random.next(3))).map { _ in block(depth: depth) }
    }

    mutating func block(depth: Int) -> Block {
        switch depth > 2 ? random.next(3) : random.next(10) {
        case 0: return .paragraph(inlines(depth: 0))
        case 1: return .heading(level: 1 + random.next(6), inlines(depth: 0))
        case 2: return .codeBlock(info: random.next(2) == 0 ? "" : text(), text: text())
        case 3: return .list(start: random.next(2) == 0 ? nil : random.next(20), tight: random.next(2) == 0,
                             items: (0..<(1 + random.next(3))).map { _ in blocks(depth: depth + 1) })
        case 4: return .blockQuote(blocks(depth: depth + 1))
        case 5: return .table(Table(alignments: [.none, .left, .right], header: (0..<3).map { _ in inlines(depth: 1) },
                                    rows: (0..<2).map { _ in (0..<3).map { _ in inlines(depth: 1) } }))
        case 6: return .metadata((0..<(1 + random.next(3))).map { _ in MetadataEntry(label: text(), value: inlines(depth: 1)) })
        case 7: return random.pick([.thematicBreak, .pageBreak])
        default: return .paragraph(inlines(depth: 0))
        }
    }
}

@Suite("Generated documents")
struct GeneratedDocumentTests {
    /// Known limit: with only `*` and `_`, formatting three deep next to punctuation can pair with
    /// the wrong run (see MarkdownWriter's documentation). Documents that deep are not required to
    /// round-trip; they are counted here per batch, so the test cannot pass by excluding everything
    /// and a change in the generator or the reader that moves the count is noticed.
    static let formattedThreeDeep: [Int: Int] = [1: 1, 4: 1, 5: 1, 7: 1, 8: 1, 17: 1]  // 6 of 1,000 (adjacent runs of one kind are joined, struck text in struck text is one run)

    @Test("Any document the reader produces is written so that it reads back the same", arguments: 0..<20)
    func readerDocumentsRoundTrip(batch: Int) {
        var generator = DocumentGenerator(random: SeededGenerator(seed: UInt64(batch)))
        var threeDeep = 0
        for _ in 0..<50 {
            let generated = Document(blocks: generator.blocks(depth: 0))
            // What the reader makes of it is, by construction, a document the reader can produce.
            let readable = MarkdownReader().read(MarkdownWriter().write(generated)).normalized()
            let markdown = MarkdownWriter().write(readable)
            if readable.formattingDepth <= 2 {
                #expect(MarkdownReader().read(markdown).normalized() == readable, "\(markdown)")
            } else {
                // The known limit: still checked, and a failure shows as a known issue, not a pass.
                threeDeep += 1
                withKnownIssue("formatting three deep may pair with the wrong delimiter run", isIntermittent: true) {
                    #expect(MarkdownReader().read(markdown).normalized() == readable, "\(markdown)")
                }
            }
        }
        #expect(threeDeep == Self.formattedThreeDeep[batch, default: 0], "documents formatted three deep in batch \(batch)")
    }
}
