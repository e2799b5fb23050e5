import CommitteeDocsDocumentTree
import CommitteeDocsMarkdownReading
import CommitteeDocsMarkdownWriting
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

    /// `-\t*\t*`: three bullet lists, each the first block of the item around it, with an empty
    /// innermost item. Written with the same bullet at every level, `- - -` read back as a
    /// thematic break.
    @Test("Bullet lists that start an item do not line up into a thematic break",
          arguments: ["-\t*\t*", "- - - - -\n", "* * * *\n  * x\n", "- * - * *\n"])
    func nestedBulletListsStartingItems(_ markdown: String) {
        let document = MarkdownReader().read(markdown)
        let written = MarkdownWriter().write(document)
        #expect(MarkdownReader().read(written).normalized() == document.normalized(), "\(written)")
    }

    @Test("Three nested bullet lists with an empty item round-trip")
    func threeNestedEmptyLists() {
        let empty = Block.list(start: nil, tight: true, items: [[]])
        let document = Document(blocks: [.list(start: nil, tight: true, items: [[.list(start: nil, tight: true, items: [[empty]])]])])
        #expect(roundTripped(document) == document, "\(MarkdownWriter().write(document))")
    }

    /// `**\u{FF}*_*_*` (found by the markdown target): two emphasis runs side by side inside a
    /// third were written `*_…_*\***`, which closed the outer run early. Adjacent runs of one kind
    /// show as one run, so the writer (and `normalized()`) joins them.
    @Test("Two emphasis runs side by side are written as one")
    func adjacentEmphasisRuns() {
        let document = MarkdownReader().read("**\u{FFFD}*_*_*")
        #expect(document == Document(blocks: [.paragraph([.emphasis([.emphasis([.text("\u{FFFD}")]), .emphasis([.text("*")])])])]))
        #expect(document.normalized() == Document(blocks: [.paragraph([.emphasis([.emphasis([.text("\u{FFFD}*")])])])]))
        let written = MarkdownWriter().write(document)
        #expect(MarkdownReader().read(written).normalized() == document.normalized(), "\(written)")
    }

    /// `*~[~i~l nk](javascript:aert(1)]) \` (found by the markdown target): the text of a link
    /// the writers may not make live lost its strikethrough in Markdown, not in XHTML.
    @Test("The text of an unsafe link keeps its formatting")
    func unsafeLinkKeepsFormatting() {
        let document = MarkdownReader().read("Se [*vigtigt* ~~og~~ **mere**](javascript:alert(1)).")
        let written = MarkdownWriter().write(document)
        #expect(written.contains("*vigtigt* ~~og~~ **mere**"), "\(written)")
        #expect(MarkdownReader().read(written).normalized() == document.withUnsafeLinksAsText().normalized(), "\(written)")
    }

    /// A code span holding 100 backticks in a row (found by the markdown target) needs a fence
    /// of 101, and cmark-gfm reads no backtick string longer than 80: it is written as text.
    @Test("A code span with a run of 80 backticks or more is written as text")
    func codeSpanWithALongBacktickRun() {
        let code = "a" + String(repeating: "`", count: 100) + "b"
        let document = Document(blocks: [.paragraph([.text("Se "), .code(code), .text(".")])])
        let written = MarkdownWriter().write(document)
        #expect(MarkdownReader().read(written).normalized() == Document(blocks: [.paragraph([.text("Se " + code + ".")])]), "\(written)")
        #expect(MarkdownWriter.readBack(of: document) == MarkdownReader().read(written).normalized())
        // A run of 79 still fits in a fence of 80.
        let fits = Document(blocks: [.paragraph([.code("a" + String(repeating: "`", count: 79) + "b")])])
        #expect(MarkdownReader().read(MarkdownWriter().write(fits)).normalized() == fits)
    }

    /// `~3~~3~~3~` (found by the markdown target): strikethrough inside strikethrough was
    /// written `~~3~~3~~3~~`, which reads back as two struck runs. It shows as one struck run.
    @Test("Strikethrough inside strikethrough is written as one")
    func strikethroughInsideStrikethrough() {
        let document = MarkdownReader().read("~3~~3~~3~")
        #expect(document == Document(blocks: [.paragraph([.strikethrough([.text("3"), .strikethrough([.text("3")]), .text("3")])])]))
        #expect(document.normalized() == Document(blocks: [.paragraph([.strikethrough([.text("333")])])]))
        let written = MarkdownWriter().write(document)
        #expect(MarkdownReader().read(written).normalized() == document.normalized(), "\(written)")
    }

    /// Two inputs the fuzz target found on 2026-11-30 that are not fixed yet: the emphasis
    /// delimiters the writer chooses do not read back as the same runs.
    /// - `*\u{15}*~\0~` is written `*&#21;*~~\u{FFFD}~~`, which reads back with the emphasis as text.
    /// - `x`, strong nested six deep around `j`, then 60 `*` and a no-break space, written
    ///   `&#120;**__**__**__j__**__**__**\*\*…`, reads back as a different tree.
    /// - `***_{_*}*`: emphasis directly inside emphasis inside emphasis, written `\**_*{*_}*`,
    ///   reads back with the runs paired differently.
    /// - `~x~*~x*`: strikethrough right before emphasis whose text starts with `~`, written
    ///   `~~x~~*\~x*`, reads back with the emphasis as text (found on the last 300 s run).
    @Test("Known: emphasis runs next to references, strikethrough, deep strong runs, emphasis right inside emphasis",
          arguments: ["*\u{15}*~\u{0}~",
                      "x" + String(repeating: "*", count: 12) + "j" + String(repeating: "*", count: 72) + "\u{A0}",
                      "***_{_*}*", "~x~*~x*"])
    func knownEmphasisRoundTripFailures(_ markdown: String) {
        let document = MarkdownReader().read(markdown)
        let written = MarkdownWriter().write(document)
        withKnownIssue("the Markdown writer's emphasis delimiters do not read back (found by fuzzing, not fixed yet)") {
            #expect(MarkdownReader().read(written).normalized() == document.normalized(), "\(written)")
        }
    }

    /// `****z~*~\u{F4}~` (the CI fuzz run of 2026-11-30) and `~x~*~x*`: an emphasis run right
    /// beside a strikethrough run, with punctuation at the emphasis's edge between them. cmark-gfm
    /// reads the `*` there as text whatever the writer escapes (`*z\~*~~a~~`, `*z&#126;*~~a~~`,
    /// `_z\~_~~a~~` all come back as text), so CommonMark + GFM as cmark-gfm reads it cannot hold
    /// that tree. It is the writer's documented limit, which the fuzz target skips as it skips
    /// formatting three deep.
    @Test("Emphasis beside strikethrough at punctuation is a documented limit",
          arguments: [MarkdownReader().read("****z~*~\u{FFFD}~"), MarkdownReader().read("~x~*~x*"),
                      Document(blocks: [.paragraph([.strikethrough([.text("x")]), .strong([.text(".x")])])]),
                      Document(blocks: [.paragraph([.text("Se "), .emphasis([.text("z!")]), .strikethrough([.text("a")])])])])
    func emphasisBesideStrikethroughAtPunctuation(_ document: Document) {
        let document = document.normalized()
        #expect(document.hasEmphasisBesideStrikethroughAtPunctuation)
        let written = MarkdownWriter().write(document)
        withKnownIssue("cmark-gfm reads a * between ~~ and punctuation as text") {
            #expect(MarkdownReader().read(written).normalized() == document, "\(written)")
        }
    }

    @Test("Emphasis beside strikethrough without punctuation between them round-trips",
          arguments: ["~~x~~*x*", "*z*~~a~~", "~~x~~ *.x*", "*z.* ~~a~~", "**fed** og ~~slettet~~"])
    func emphasisBesideStrikethroughElsewhere(_ markdown: String) {
        let document = MarkdownReader().read(markdown).normalized()
        #expect(!document.hasEmphasisBesideStrikethroughAtPunctuation)
        let written = MarkdownWriter().write(document)
        #expect(MarkdownReader().read(written).normalized() == document, "\(written)")
    }

    /// `…=al\n[\n-==ht](=tps://x "t")…` (found by the markdown target): an unsafe link is written
    /// as its text, which here starts with a line end right after the paragraph's own, so two
    /// line ends made a blank line and split the paragraph. Two line ends in a row show as one.
    @Test("A line end beside another is written as one, and the paragraph stays whole",
          arguments: [Document(blocks: [.paragraph([.text("a"), .softBreak, .link(destination: "=tps://x", title: "t", [.softBreak, .text("b")])])]),
                      Document(blocks: [.paragraph([.text("a"), .softBreak, .softBreak, .text("b")])]),
                      Document(blocks: [.paragraph([.text("a"), .lineBreak, .softBreak, .text("b")])]),
                      Document(blocks: [.paragraph([.text("a"), .softBreak, .lineBreak, .text("b")])])])
    func lineEndsInARow(_ document: Document) {
        let written = MarkdownWriter().write(document)
        #expect(!written.contains("\n\n"), "\(written)")
        #expect(MarkdownReader().read(written).normalized() == MarkdownWriter.readBack(of: document), "\(written)")
    }
}
