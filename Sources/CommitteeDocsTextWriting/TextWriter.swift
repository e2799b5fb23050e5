import CommitteeDocsDocumentTree

/// Writes a `Document` as plain text, the way a Danish committee memo reads on paper.
///
/// Decisions (fixed, so output is deterministic):
/// - Lines are wrapped at `width` display columns (combining marks 0, East Asian wide 2);
///   a word wider than that stays whole on its own line. Soft breaks are spaces, hard breaks
///   kept; runs of white space become one space; no-break spaces never break.
/// - Heading level 1 is underlined with "=", level 2 with "-", as wide as its longest line;
///   deeper headings stand on a line of their own.
/// - Emphasis and strong show their text only, code as is, strikethrough as "~~text~~"
///   (a deletion must stay visible), a link as "text (url)" unless the text is the url.
/// - The metadata block (the memo's side column) is a table of label and value, values
///   aligned two columns after the longest label.
/// - Lists use "- " and "1. " (numbers right-aligned, the start number honoured) with a
///   hanging indent; quotes "> "; code blocks are indented 4 spaces, never wrapped (their
///   trailing white space and control characters other than tab are dropped); a thematic
///   break is a centred "* * *".
/// - Tables are aligned in columns two spaces apart with a "-" underline under the header;
///   right and centre alignment are honoured. A table fits `width`: prose wraps inside its
///   cells (numbers never do), and a table too wide even so is written row by row as
///   "column  value" lines (`TableLayout` has the rules). Only a single word wider than
///   `width` makes a line longer, in a table as in a paragraph.
/// - A page break is a form feed "\f" on a line of its own, paginated or not; breaks at the
///   start or end or right after another break are dropped, and no blank line is kept next
///   to one.
/// - With `pageLength`, every page holds at most that many lines (the "\f" lines not
///   counted); from page 2 on the last line is the footer "Side N af M", right-aligned,
///   after at least one blank line. Headings and table headers are kept with the line after.
/// - Lines carry no trailing spaces; non-empty output ends with exactly one "\n", an empty
///   document gives "".
/// - Container blocks nested deeper than `maximumNestingDepth` are written without further
///   indentation instead of recursing further.
public struct TextWriter: Sendable {
    /// The wrap width in display columns (at least 1).
    public let width: Int
    /// Lines per page, or nil for one long page (at least 3 when set).
    public let pageLength: Int?

    /// Lists and quotes nested deeper than this are flattened.
    public static let maximumNestingDepth = 32

    /// A writer wrapping at `width` columns and, when `pageLength` is set, paginating.
    public init(width: Int = 72, pageLength: Int? = nil) {
        self.width = max(width, 1)
        self.pageLength = pageLength.map { max($0, 3) }
    }

    /// How many columns `line` takes on a terminal, as the writer counts them when it wraps:
    /// combining marks and format characters none, East Asian wide characters two.
    public static func displayWidth(of line: String) -> Int {
        DisplayWidth.of(line)
    }

    /// The document as plain text.
    public func write(_ document: Document) -> String {
        let lines = BlockRenderer(pageWidth: width).render(document.blocks, width: width, depth: 0, separated: true)
        if let pageLength {
            return Pages.text(of: Paginator(pageLength: pageLength, width: width).paginate(Pages.logical(lines)))
        }
        return Pages.text(ofLines: lines)
    }

    /// `document`'s blocks as they continue a document this writer wrote: a fragment that opens
    /// with a page break starts with its form feed line, any other with the blank line between
    /// blocks; "" when there is nothing to write. A document too large to hold as one tree (a
    /// meeting packet) is written in pieces: `write(a) + fragment(b)`. With `pageLength`, the
    /// fragment is paginated on its own (its pages numbered from 1), as its own document would be.
    public func fragment(_ document: Document) -> String {
        let lines = BlockRenderer(pageWidth: width).render(document.blocks, width: width, depth: 0, separated: true)
        let pages = Pages.logical(lines)
        guard !pages.isEmpty else { return "" }
        let text = pageLength.map { Pages.text(of: Paginator(pageLength: $0, width: width).paginate(pages)) } ?? Pages.text(of: pages)
        return (lines.first?.isPageBreak == true ? "\u{0C}\n" : "\n") + text
    }
}
