import CommitteeDocsDocumentTree

/// Writes a `Document` as XHTML 1.0 Strict in UTF-8, with embedded CSS for screen and print
/// (A4, the memo's side column, "Side N af M" in the footer).
///
/// Escaping is owned here: `&`, `<`, `>` (and `"` in attributes) become entities; characters XML
/// forbids become U+FFFD; bidirectional controls are written as numeric references, so they are
/// visible in the source and cannot reorder the markup around them. Only `http:`, `https:`,
/// `mailto:` and relative links become links. Exactly one `h1`; heading levels never skip.
/// Nesting deeper than `maximumNestingDepth` is flattened.
public struct XHTMLWriter: Sendable {
    /// Block quotes and lists nest at most this deep (libxml2 refuses trees deeper than 256).
    public static let maximumNestingDepth = 100

    public init() {}

    public func write(_ document: Document) -> String {
        var writer = Output()
        writer.out.reserveCapacity(16 * 1024 + document.blocks.count * 256)
        writer.opening(document)
        writer.blocks(document.blocks, depth: 0)
        writer.out += Self.closing
        return String(writtenUTF8: writer.out)
    }

    // MARK: A page in pieces

    /// The page `write` writes for `document` up to where its content starts: the head (title,
    /// properties, CSS) and the opening of the body. A page too large to hold as one tree (a
    /// meeting packet) is written in pieces: `opening(d) + fragment(d) + closing == write(d)`,
    /// and more fragments may stand before `closing`.
    public func opening(_ document: Document) -> String {
        var writer = Output()
        writer.opening(document)
        return String(writtenUTF8: writer.out)
    }

    /// `document`'s blocks as page content, without the page around them: what `write` puts
    /// between `opening` and `closing`, escaped and limited the same way. Heading levels are
    /// counted within the fragment, as in a page of its own: a fragment that follows a page's
    /// title should hold no level-1 heading (`Document.withHeadings(atLeast: 2)`).
    public func fragment(_ document: Document) -> String {
        var writer = Output()
        writer.out.reserveCapacity(document.blocks.count * 256)
        writer.blocks(document.blocks, depth: 0)
        return String(writtenUTF8: writer.out)
    }

    /// The end of every page: closes what `opening` opened.
    public static let closing = "</div>\n</body>\n</html>\n"

    /// Print CSS for a page made of parts, each opened by a page break and a paragraph naming
    /// it (a meeting packet's items): in the PDF's outline that paragraph is a first-level
    /// bookmark labelled with its text, with the part's level-2 and level-3 headings below it.
    /// It matches this writer's page-break markup, so it lives beside the code that writes it.
    public static let outlineOfParts = """
    div.sideskift + p { bookmark-level: 1; bookmark-label: content(text); }
    h2 { bookmark-level: 2; } h3 { bookmark-level: 3; } h4, h5, h6 { bookmark-level: none; }

    """

    static let head = """
    <?xml version="1.0" encoding="UTF-8"?>
    <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
    <html xmlns="http://www.w3.org/1999/xhtml" lang="da" xml:lang="da">
    <head>
    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
    <title>
    """

    /// Screen and print (A4) styles: the side column floats right; in print, "Side N af M" in the
    /// footer from page 2 on (the reference memo has none on its first page), headings kept with
    /// what follows, table rows never split. The fonts are named with their metric-compatible
    /// Liberation fonts (Debian's fonts-liberation2) after them, so a PDF made here embeds those
    /// and lays out as it would with the originals.
    static let css = """
    body { font-family: "Times New Roman", "Liberation Serif", Georgia, serif; font-size: 11pt; line-height: 1.45; color: #111; margin: 2em auto; max-width: 46em; padding: 0 1em; }
    h1 { font-size: 1.6em; margin: 0.4em 0 0.8em; }
    h2 { font-size: 1.25em; margin: 1.4em 0 0.4em; }
    h3, h4, h5, h6 { font-size: 1.05em; margin: 1.2em 0 0.3em; }
    dl.sidekolonne { float: right; width: 13em; margin: 0 0 1em 2em; padding: 0.6em 0.8em; border-left: 2px solid #888; font-family: Arial, "Liberation Sans", Helvetica, sans-serif; font-size: 0.85em; }
    dl.sidekolonne dt { font-weight: bold; margin-top: 0.3em; }
    dl.sidekolonne dd { margin: 0; }
    table { border-collapse: collapse; margin: 0.8em 0; }
    th, td { border-bottom: 1px solid #bbb; padding: 0.2em 0.6em; vertical-align: top; }
    th { text-align: left; }
    .venstre { text-align: left; } .midt { text-align: center; } .hoejre { text-align: right; }
    td.hoejre, th.hoejre { font-variant-numeric: tabular-nums; }
    ol.start { list-style: none; }
    ol.start > li:before { content: counter(punkt) ". "; counter-increment: punkt; }
    blockquote { margin: 0.8em 2em; color: #333; }
    pre { background: #f4f4f4; padding: 0.6em; overflow: auto; }
    hr { border: 0; border-top: 1px solid #999; margin: 1.5em 0; }
    div.sideskift { height: 0; }
    @media print {
      body { margin: 0; max-width: none; font-size: 10.5pt; orphans: 3; widows: 3; }
      div.sideskift { page-break-before: always; }
      h1, h2, h3, h4, h5, h6 { page-break-after: avoid; page-break-inside: avoid; }
      tr, pre, blockquote, dl.sidekolonne { page-break-inside: avoid; }
      thead { display: table-header-group; }
      a { color: inherit; text-decoration: none; }
    }
    @page {
      size: A4;
      margin: 25mm 20mm 25mm 25mm;
      @bottom-right { content: "Side " counter(page) " af " counter(pages); font-family: Arial, "Liberation Sans", Helvetica, sans-serif; font-size: 9pt; }
    }
    @page :first {
      @bottom-right { content: none; }
    }

    """
}

/// The output being built, and what the heading rules need to remember.
private struct Output {
    var out: [UInt8] = []
    private var lastHeadingLevel = 0
    private var hasTitle = false

    // MARK: Head

    /// The page up to its content: head, then the body's opening.
    mutating func opening(_ document: Document) {
        out += XHTMLWriter.head
        escapeText(document.title ?? "Dokument")
        out += "</title>\n"
        properties(document.properties)
        out += "<style type=\"text/css\">\n" + XHTMLWriter.css + "</style>\n</head>\n<body>\n"
        // Metadata blocks (the side column) stay where they are: a memo's comes first and floats
        // beside the title; in a meeting packet each item's side column floats beside its item.
        out += "<div class=\"indhold\">\n"
    }

    /// The document's properties as `meta` elements: author, description (the subject),
    /// keywords, and its date as Dublin Core's created and modified.
    mutating func properties(_ properties: DocumentProperties) {
        func meta(_ name: String, _ content: String) {
            out += "<meta name=\"\(name)\" content=\""
            escapeAttribute(content)
            out += "\" />\n"
        }
        if let author = properties.author { meta("author", author) }
        if let subject = properties.subject { meta("description", subject) }
        if !properties.keywords.isEmpty { meta("keywords", properties.keywords.joined(separator: ", ")) }
        if let date = properties.date {
            meta("dcterms.created", date)
            meta("dcterms.modified", date)
        }
    }

    // MARK: Blocks

    mutating func blocks(_ blocks: [Block], depth: Int) {
        for block in blocks { self.block(block, depth: depth) }
    }

    mutating func block(_ block: Block, depth: Int, tight: Bool = false) {
        switch block {
        case .heading(let level, let inlines):
            var shown: Int
            if level <= 1 && !hasTitle {
                shown = 1
                hasTitle = true
            } else {
                shown = min(max(level, 2), 6, max(lastHeadingLevel, 1) + 1)
            }
            shown = max(shown, 1)
            lastHeadingLevel = shown
            out += "<h\(shown)>"
            self.inlines(inlines, depth: 0)
            out += "</h\(shown)>\n"
        case .paragraph(let inlines):
            if tight {
                self.inlines(inlines, depth: 0)
            } else {
                out += "<p>"
                self.inlines(inlines, depth: 0)
                out += "</p>\n"
            }
        case .list(let start, let isTight, let items):
            if depth >= XHTMLWriter.maximumNestingDepth {
                blocks(items.flatMap { $0 }.flattenedContainers, depth: depth)
                return
            }
            if let start {
                if start == 1 {
                    out += "<ol>\n"
                } else {
                    out += "<ol class=\"start\" style=\"counter-reset: punkt \(start - 1)\">\n"
                }
            } else {
                out += "<ul>\n"
            }
            for item in items {
                out += "<li>"
                for (index, child) in item.enumerated() {
                    let inlineParagraph: Bool
                    if case .paragraph = child { inlineParagraph = isTight } else { inlineParagraph = false }
                    if inlineParagraph, index > 0 { out += "<br />" }
                    self.block(child, depth: depth + 1, tight: inlineParagraph)
                }
                out += "</li>\n"
            }
            out += start == nil ? "</ul>\n" : "</ol>\n"
        case .table(let table):
            self.table(table)
        case .blockQuote(let children):
            if depth >= XHTMLWriter.maximumNestingDepth {
                blocks(children.flattenedContainers, depth: depth)
                return
            }
            out += "<blockquote>\n"
            if children.isEmpty { out += "<div></div>\n" }
            blocks(children, depth: depth + 1)
            out += "</blockquote>\n"
        case .codeBlock(let info, let text):
            let language = info.split(separator: " ").first.map(String.init) ?? ""
            if !language.isEmpty, language.utf8.allSatisfy({ $0.isLanguageCharacter }) {
                out += "<pre><code class=\"language-\(language)\">"
            } else {
                out += "<pre><code>"
            }
            escapeText(text)
            out += "</code></pre>\n"
        case .thematicBreak:
            out += "<hr />\n"
        case .pageBreak:
            out += "<div class=\"sideskift\"></div>\n"
        case .metadata(let entries):
            metadata(entries)
        }
    }

    mutating func metadata(_ entries: [MetadataEntry]) {
        guard !entries.isEmpty else { return }
        out += "<dl class=\"sidekolonne\">\n"
        for entry in entries {
            out += "<dt>"
            escapeText(entry.label)
            out += "</dt>\n<dd>"
            inlines(entry.value, depth: 0)
            out += "</dd>\n"
        }
        out += "</dl>\n"
    }

    mutating func table(_ table: Table) {
        func alignment(_ column: Int) -> String {
            guard column < table.alignments.count else { return "" }
            switch table.alignments[column] {
            case .none: return ""
            case .left: return " class=\"venstre\""
            case .center: return " class=\"midt\""
            case .right: return " class=\"hoejre\""
            }
        }
        out += "<table>\n<thead>\n<tr>"
        for (column, cell) in table.header.enumerated() {
            out += "<th scope=\"col\"\(alignment(column))>"
            inlines(cell, depth: 0)
            out += "</th>"
        }
        out += "</tr>\n</thead>\n<tbody>\n"
        if table.rows.isEmpty {
            // XHTML 1.0 requires at least one row in a tbody.
            out += "<tr>" + String(repeating: "<td></td>", count: max(table.header.count, 1)) + "</tr>\n"
        }
        for row in table.rows {
            out += "<tr>"
            for (column, cell) in row.enumerated() {
                out += "<td\(alignment(column))>"
                inlines(cell, depth: 0)
                out += "</td>"
            }
            out += "</tr>\n"
        }
        out += "</tbody>\n</table>\n"
    }

    // MARK: Inlines

    mutating func inlines(_ inlines: [Inline], depth: Int) {
        for inline in inlines {
            switch inline {
            case .text(let text):
                escapeText(text)
            case .emphasis(let children):
                wrapped("em", children, depth: depth)
            case .strong(let children):
                wrapped("strong", children, depth: depth)
            case .strikethrough(let children):
                wrapped("del", children, depth: depth)
            case .code(let text):
                out += "<code>"
                escapeText(text)
                out += "</code>"
            case .link(let destination, let title, let children):
                if depth < XHTMLWriter.maximumNestingDepth, LinkSafety.isSafe(destination) {
                    out += "<a href=\""
                    escapeAttribute(destination)
                    out += "\""
                    if !title.isEmpty {
                        out += " title=\""
                        escapeAttribute(title)
                        out += "\""
                    }
                    out += ">"
                    self.inlines(children, depth: depth + 1)
                    out += "</a>"
                } else {
                    self.inlines(children, depth: depth + 1)
                }
            case .lineBreak:
                out += "<br />\n"
            case .softBreak:
                out += "\n"
            }
        }
    }

    private mutating func wrapped(_ tag: String, _ children: [Inline], depth: Int) {
        if depth >= XHTMLWriter.maximumNestingDepth {
            inlines(children, depth: depth)
            return
        }
        out += "<\(tag)>"
        inlines(children, depth: depth + 1)
        out += "</\(tag)>"
    }

    // MARK: Escaping

    mutating func escapeText(_ text: String) {
        escape(text, quotes: false)
    }

    mutating func escapeAttribute(_ text: String) {
        escape(text, quotes: true)
    }

    /// Copies runs of harmless bytes at once and replaces the rest, working on UTF-8 directly.
    private mutating func escape(_ text: String, quotes: Bool) {
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                var replacement: String?
                var width = 1
                switch byte {
                case 0x26: replacement = "&amp;"
                case 0x3C: replacement = "&lt;"
                case 0x3E: replacement = "&gt;"
                case 0x22: if quotes { replacement = "&quot;" }
                case 0x09: if quotes { replacement = "&#9;" }
                case 0x0A: if quotes { replacement = "&#10;" }
                case 0x0D: replacement = "&#13;"
                case 0x00...0x1F: replacement = "\u{FFFD}"
                case 0xE2 where index + 2 < count:
                    // U+200E/F, U+202A–U+202E, U+2066–U+2069: bidirectional controls.
                    let second = bytes[index + 1], third = bytes[index + 2]
                    if (second == 0x80 && (third == 0x8E || third == 0x8F || (0xAA...0xAE).contains(third)))
                        || (second == 0x81 && (0xA6...0xA9).contains(third)) {
                        let scalar = 0x2000 + (UInt32(second & 0x3F) << 6) + UInt32(third & 0x3F)
                        replacement = "&#x" + String(scalar, radix: 16, uppercase: true) + ";"
                        width = 3
                    }
                case 0xEF where index + 2 < count:
                    if bytes[index + 1] == 0xBF, bytes[index + 2] == 0xBE || bytes[index + 2] == 0xBF {
                        replacement = "\u{FFFD}"  // U+FFFE and U+FFFF are not XML characters
                        width = 3
                    }
                default: break
                }
                if let replacement {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                    out += replacement
                    index += width
                    runStart = index
                } else {
                    index += 1
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<count]))
        }
    }
}

private func += (lhs: inout [UInt8], rhs: String) {
    lhs.append(contentsOf: rhs.utf8)
}

private extension UInt8 {
    var isLanguageCharacter: Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(self) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(self)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self) || self == UInt8(ascii: "-") || self == UInt8(ascii: "_")
    }
}
