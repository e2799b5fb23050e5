import DocumentTree
import MarkdownReading
import MarkdownWriting
import Testing

/// Inputs the `markdown` fuzz target (Fuzz/) found, run through its checks: read the Markdown,
/// write it, and read it back to the same tree (the equality of RoundTripTests).
@Suite("Inputs found by fuzzing the Markdown reader and writer")
struct FuzzRegressionTests {
    /// `*\u{01}*\u{FFFF}`: the emphasis ends in a control character, which the writer writes as
    /// `&#1;`; the `;` makes the closing `*` need a non-letter after it, so the writer writes the
    /// U+FFFF that follows as a reference too, and cmark reads `&#65535;` as U+FFFD. CommonMark
    /// has no way to write a non-character there that reads back as itself. The fuzz target
    /// therefore compares U+FFFE and U+FFFF as U+FFFD (what the XHTML writer makes of them).
    @Test("A non-character after emphasis that ends in a reference comes back as U+FFFD")
    func nonCharacterAfterEmphasis() {
        let document = MarkdownReader().read("*\u{01}*\u{FFFF}")
        #expect(document == Document(blocks: [.paragraph([.emphasis([.text("\u{01}")]), .text("\u{FFFF}")])]))
        let readBack = MarkdownReader().read(MarkdownWriter().write(document))
        #expect(readBack == Document(blocks: [.paragraph([.emphasis([.text("\u{01}")]), .text("\u{FFFD}")])]))
        withKnownIssue("CommonMark cannot write U+FFFF right after this emphasis so that it reads back") {
            #expect(readBack == document)
        }
    }
}
