import CommitteeDocsDocumentTree
import Foundation
import CommitteeDocsMarkdownReading
import TestSupport
import Testing
@testable import CommitteeDocsMarkdownWriting

// Hostile text in nine places, and depth, through the writer and back through the reader.

/// The document `MarkdownReader` makes of the writer's Markdown for `document`.
private func roundTrip(_ document: Document) -> Document {
    MarkdownReader().read(MarkdownWriter().write(document)).normalized()
}

private func paragraph(_ text: String) -> Block {
    .paragraph([.text(text)])
}

/// Text that tries to become Markdown markup, HTML, entities, template tags or block structure.
private let hostileTexts: [String] = [
    "<script>alert(1)</script>",
    "]]>",
    "&nbsp;",
    "&amp;",
    "\"\u{301} '\u{301} <\u{301} &\u{301}",
    "# x",
    "- x",
    "+ x",
    "1. x",
    "2) x",
    "> x",
    "| a | b |",
    "```",
    "~~~",
    "{{x}}",
    "*a* _b_ `c` [l](javascript:x) \\",
    "    indented",
    "trailing  ",
    "\u{202E}evil\u{202C}",
    "\u{FFFE}",
] + (0x01...0x1F).map { String(UnicodeScalar(UInt8($0))) }

/// Where hostile text is placed in a document.
enum HostilePlacement: String, CaseIterable, CustomTestStringConvertible {
    case paragraph, afterHardBreak, heading, tableCell, metadataLabel, metadataValue, linkText, emphasis, strongInWord

    func document(_ text: String) -> Document {
        let blocks: [Block]
        switch self {
        case .paragraph: blocks = [.paragraph([.text(text)])]
        case .afterHardBreak: blocks = [.paragraph([.text("a"), .lineBreak, .text(text), .softBreak, .text(text)])]
        case .heading: blocks = [.heading(level: 2, [.text(text)])]
        case .tableCell:
            blocks = [.table(Table(alignments: [.none, .none], header: [[.text(text)], [.text("b")]],
                                   rows: [[[.text(text)], [.text("d")]]]))]
        case .metadataLabel: blocks = [.metadata([MetadataEntry(label: text, value: [.text("værdi")])])]
        case .metadataValue: blocks = [.metadata([MetadataEntry(label: "Etiket", value: [.text(text)])])]
        case .linkText: blocks = [.paragraph([.link(destination: "https://kk.dk", title: "", [.text(text)])])]
        case .emphasis: blocks = [.paragraph([.emphasis([.text(text)])])]
        case .strongInWord: blocks = [.paragraph([.text("x"), .strong([.text(text)]), .text("y")])]
        }
        return Document(blocks: blocks)
    }

    var testDescription: String { rawValue }
}

/// A hostile string as Swift source, so test case names show invisible characters.
struct HostileText: CustomTestStringConvertible, Sendable {
    let text: String
    var testDescription: String {
        text.unicodeScalars.map { $0.isASCII && $0.value >= 0x20 && $0.value < 0x7F ? String($0) : "\\u{\(String($0.value, radix: 16, uppercase: true))}" }
            .joined()
    }
}

@Suite("Markdown round trip of hostile text in every place")
struct HostilePlacementTests {
    @Test("Hostile text reads back unchanged wherever it is placed",
          arguments: hostileTexts.map(HostileText.init), HostilePlacement.allCases)
    func hostile(_ hostile: HostileText, _ placement: HostilePlacement) {
        let document = placement.document(hostile.text)
        #expect(roundTrip(document) == document.normalized(), "\(MarkdownWriter().write(document))")
    }

    @Test("All hostile strings together in one paragraph read back unchanged")
    func together() {
        let document = Document(blocks: [.paragraph([.text(hostileTexts.prefix(20).joined(separator: " "))])])
        #expect(roundTrip(document) == document.normalized())
    }

    @Test("Strong emphasis inside a word around punctuation reads back as strong")
    func strongInWordAroundPunctuation() {
        let document = Document(blocks: [.paragraph([.text("x"), .strong([.text("<b>")]), .text("y")])])
        #expect(roundTrip(document) == document)
    }
}

@Suite("Markdown writer depth")
struct MarkdownWriterDepthTests {
    /// Past the nesting limit the writer flattens without recursion, so a small stack suffices.
    @Test("A 10,000-deep block quote is written on a 4 MB stack (debug build) with maximumNestingDepth markers")
    func deepQuoteOnSmallStack() {
        // Freeing a 10,000-deep Swift enum recurses once per level, so the tree lives and dies on a
        // big stack; only the writing happens on the small one.
        let markdown = onThread(stackSize: 256 << 20) { () -> String in
            var block = paragraph("dybt")
            for _ in 0..<10_000 { block = .blockQuote([block]) }
            let quote = block
            // Keep the tree alive here, so its last release is not on the small stack.
            return withExtendedLifetime(quote) {
                onThread(stackSize: 4 << 20) { MarkdownWriter().write(Document(blocks: [quote])) }
            }
        }
        #expect(markdown == String(repeating: "> ", count: MarkdownWriter.maximumNestingDepth) + "dybt\n")
    }

    @Test("A 10,000-deep block quote is written with maximumNestingDepth markers (on a 256 MB stack)")
    func deepQuote() {
        let markdown = onThread(stackSize: 256 << 20) { () -> String in
            var block = paragraph("dybt")
            for _ in 0..<10_000 { block = .blockQuote([block]) }
            return MarkdownWriter().write(Document(blocks: [block]))
        }
        #expect(markdown == String(repeating: "> ", count: MarkdownWriter.maximumNestingDepth) + "dybt\n")
    }
}
