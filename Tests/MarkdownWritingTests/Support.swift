import CommitteeDocsDocumentTree
import CommitteeDocsMarkdownReading
import CommitteeDocsMarkdownWriting

func write(_ blocks: [Block]) -> String {
    MarkdownWriter().write(Document(blocks: blocks))
}

/// The document after writing and reading back, normalized.
func roundTripped(_ document: Document) -> Document {
    MarkdownReader().read(MarkdownWriter().write(document)).normalized()
}

/// Text meant to break out of its place in the Markdown, one string per kind of attack.
let hostileStrings: [String] = [
    "<script>alert(1)</script>", "]]>", "&nbsp;", "&amp;", "&#32;",
    "\"\u{301}", "'\u{301}", "<\u{301}", "&\u{301}",
    "# x", "- x", "1. x", "1) x", "> x", "|", "```", "~~~", "{{x}}",
    "*a* _b_ `c` [l](javascript:x) \\", "  leading and trailing  ", " ", "\t",
    "a\u{202E}b", "\u{FFFE}", String((1...31).map { Character(Unicode.Scalar($0)!) }),
    "+ x", "= x", "===", "---", "***", "___", ":--", "    code", "![i](x)", "<!-- metadata -->",
    "<!-- pagebreak -->", "**L** v", "a\\", "\\", "x*", "*x", "_x_", "a_b_c", "~x~", "1.234.567 kr.",
    "2009.", "9)", "\u{A0}x\u{A0}", "!", "a!", "line\nbreak", "cr\rlf",
]
