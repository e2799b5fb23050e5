import CommitteeDocsDocumentTree

/// Writes a `Document` as CommonMark + GFM tables that people read comfortably and that
/// `MarkdownReader` reads back to the same tree (after `normalized()`).
///
/// Decisions (fixed, so output is deterministic):
/// - When the document has a metadata block, a YAML front matter comes first: `---`, one
///   `"label": "value"` line per entry of the first metadata block, indented by four spaces
///   (double-quoted, with `\\` `\"` `\n` `\t` `\xNN` `\uNNNN` escapes for controls, bidi
///   controls and non-characters; values as plain text), `---`. The indentation makes it an
///   indented code block to a Markdown renderer that does not know front matter (cmark-gfm), so
///   no value in it can become markup; to YAML it is the same mapping.
/// - A link whose scheme is not http, https, mailto or relative is written as its plain text
///   (`LinkSafety`, the rule the XHTML writer keeps too).
/// - Each metadata block is `<!-- metadata -->`, a blank line and a paragraph of
///   `**Label** value` lines joined by `\` hard breaks. A page break is `<!-- pagebreak -->`.
/// - Headings are ATX (`## Title`); a level 1 or 2 heading with line breaks is setext
///   (underlined `===` or `---`). Deeper headings write breaks as spaces.
/// - Emphasis `*x*`, strong `**x**` (`_` and `__` where `*` would merge with a neighbouring
///   run), strikethrough `~~x~~`, code spans fenced by more backticks than they contain,
///   links `[text](dest "title")` with `<dest>` when it has spaces or brackets.
/// - Text is escaped as `TextEscaper` describes: the escapes that matter, not every punctuation
///   character, so `kr.`, `1.234.567` and `Side 2` stay readable.
/// - Code blocks are fenced with at least three backticks, more than any run inside (tildes
///   when the info string holds a backtick). Lists use `-` and `1.`, the next adjacent list
///   `*` and `1)`; loose lists have blank lines between items; nested blocks are indented by
///   the marker's width. Quotes put `> ` on every line. A thematic break is `***`.
/// - Tables: `| a | b |` rows padded to the column width, a delimiter row with `:` for
///   alignment. Line breaks inside a cell are written as spaces: the one place a break is lost.
/// - Lossy on purpose, since Markdown cannot say them: empty emphasis, empty code, empty
///   metadata blocks and empty paragraphs are dropped; a link inside a link keeps its text
///   only; a metadata label that is empty does not read back as metadata; a `meta` code block
///   of `Label: value` lines reads back as metadata; a code span's line ends become spaces.
/// - Known limit: CommonMark has only `*` and `_` for emphasis, so emphasis or strong nested
///   three deep, with punctuation on both sides of an inner run, can pair with the wrong run.
///   Two levels (the generated round-trip test) are exact; memos use one.
/// - Blocks are separated by one blank line; the text ends with one line end (an empty
///   document gives ""). Containers nested deeper than `maximumNestingDepth` are flattened.
public struct MarkdownWriter: Sendable {
    /// Block quotes and lists nested deeper than this are written flattened, as the reader reads them.
    public static let maximumNestingDepth = 100

    public init() {}

    /// The document as Markdown.
    public func write(_ document: Document) -> String {
        var writer = BlockWriter(lines: MarkdownLines(capacity: Self.expectedSize))
        var frontMatterEnd = 0
        if document.blocks.contains(where: { if case .metadata = $0 { true } else { false } }) {
            FrontMatter.write(document.metadata, to: &writer.lines)
            frontMatterEnd = writer.lines.output.count
            writer.lines.blankLine()
        }
        if !writer.write(document.blocks, depth: 0) { writer.lines.truncate(to: frontMatterEnd) }
        return writer.lines.output.string
    }

    /// `document`'s blocks as they continue a document this writer wrote: the blank line that
    /// separates blocks, then the blocks, without front matter (a document has one, from its
    /// first part's metadata); "" when there is nothing to write. A document too large to hold as
    /// one tree (a meeting packet) is written in pieces: `write(a) + fragment(b)` is Markdown for
    /// `a`'s blocks followed by `b`'s. A page break is `<!-- pagebreak -->`, as in `write`.
    public func fragment(_ document: Document) -> String {
        var writer = BlockWriter(lines: MarkdownLines(capacity: Self.expectedSize))
        writer.lines.blankLine()
        guard writer.write(document.blocks, depth: 0) else { return "" }
        return writer.lines.output.string
    }

    /// A memo's Markdown is a few kilobytes: one allocation holds it.
    private static let expectedSize = 8 * 1024
}

extension MarkdownWriter {
    /// The tree a CommonMark reader gives back for what this writer writes of `document`: the
    /// document normalized, with each link the writers may not make live as its text, and each
    /// code block's line ends as "\n" (cmark reads CR and CRLF as line ends, so its code never
    /// holds a CR). The round-trip tests and the fuzz target compare against it.
    public static func readBack(of document: Document) -> Document {
        func writable(_ inlines: [Inline]) -> [Inline] {
            inlines.map { inline in
                switch asWritable(inline) {
                case .emphasis(let children): return .emphasis(writable(children))
                case .strong(let children): return .strong(writable(children))
                case .strikethrough(let children): return .strikethrough(writable(children))
                case .link(let destination, let title, let children): return .link(destination: destination, title: title, writable(children))
                case let other: return other
                }
            }
        }
        return Document(blocks: document.withUnsafeLinksAsText().mappingInlines(writable).normalized().blocks.map { block in
            guard case .codeBlock(let info, let text) = block else { return block }
            var lineEnds = ""
            var previous: Unicode.Scalar?
            for scalar in text.unicodeScalars {
                if scalar == "\n", previous == "\r" { previous = scalar; continue }
                lineEnds.unicodeScalars.append(scalar == "\r" ? "\n" : scalar)
                previous = scalar
            }
            return .codeBlock(info: info, text: lineEnds)
        })
    }
}

extension MarkdownWriter {
    /// The longest backtick string cmark-gfm reads as a code span's fence (its MAXBACKTICKS).
    static let longestFence = 80

    /// `inline` as Markdown can hold it: a code span with a run of 80 or more backticks would
    /// need a longer fence than cmark-gfm reads, so it is written as text (its line ends as
    /// spaces, as in any code span).
    static func asWritable(_ inline: Inline) -> Inline {
        guard case .code(let code) = inline else { return inline }
        var run = 0
        for scalar in code.unicodeScalars {
            run = scalar == "`" ? run + 1 : 0
            if run >= longestFence {
                return .text(String(String.UnicodeScalarView(code.unicodeScalars.map { $0 == "\n" || $0 == "\r" ? " " : $0 })))
            }
        }
        return inline
    }
}
