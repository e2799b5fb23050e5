/// A rendered document as typed blocks and inlines: the one model every writer reads.
///
/// Nothing in the tree is markup: text nodes hold the exact characters to show, and each
/// writer escapes them for its own format.
public struct Document: Hashable, Sendable {
    public var blocks: [Block]
    /// What the document says about itself (author, subject, date): the XHTML head's metadata,
    /// which the PDF's document information is made from.
    public var properties: DocumentProperties

    public init(blocks: [Block], properties: DocumentProperties = DocumentProperties()) {
        self.blocks = blocks
        self.properties = properties
    }

    /// The entries of the first metadata block (the memo's side column), if there is one.
    public var metadata: [MetadataEntry] {
        for block in blocks {
            if case .metadata(let entries) = block { return entries }
        }
        return []
    }

    /// The plain text of the first level-1 heading, used as the document's title.
    public var title: String? {
        for block in blocks {
            if case .heading(1, let inlines) = block { return inlines.plainText }
        }
        return nil
    }
}

/// A document's metadata beyond its title (the first level-1 heading): plain text, never markup.
public struct DocumentProperties: Hashable, Sendable {
    /// Who issues it: the forvaltning, or the committee a meeting's documents come from.
    public var author: String?
    /// What it is about in one line: "Sagsnr. 2009-45219, dokumentnr. 2009-199623".
    public var subject: String?
    /// Search words: the KLE number.
    public var keywords: [String]
    /// The document's date, ISO 8601 (`2009-04-06`): it is created and last changed on that day.
    public var date: String?

    public init(author: String? = nil, subject: String? = nil, keywords: [String] = [], date: String? = nil) {
        self.author = author
        self.subject = subject
        self.keywords = keywords
        self.date = date
    }
}

/// A block-level element.
public indirect enum Block: Hashable, Sendable {
    /// A heading, level 1 (the title) to 6.
    case heading(level: Int, [Inline])
    case paragraph([Inline])
    /// A bullet list (`start == nil`) or an ordered list starting at `start`.
    /// A tight list has no blank lines between its items.
    case list(start: Int?, tight: Bool, items: [[Block]])
    case table(Table)
    case blockQuote([Block])
    /// Verbatim text; `info` is the fence's info string (may be empty).
    case codeBlock(info: String, text: String)
    case thematicBreak
    /// A forced page break in print and paginated text.
    case pageBreak
    /// The memo's side column: date, Sagsnr., Dokumentnr., Sagsbehandler …
    case metadata([MetadataEntry])
}

/// One labelled value of a metadata block, e.g. `Sagsnr.` → `2009-45219`.
public struct MetadataEntry: Hashable, Sendable {
    public var label: String
    public var value: [Inline]

    public init(label: String, value: [Inline]) {
        self.label = label
        self.value = value
    }
}

/// A GFM table: a header row and body rows of the same width.
public struct Table: Hashable, Sendable {
    public enum Alignment: Hashable, Sendable {
        case none, left, center, right
    }

    public var alignments: [Alignment]
    public var header: [[Inline]]
    public var rows: [[[Inline]]]

    public init(alignments: [Alignment], header: [[Inline]], rows: [[[Inline]]]) {
        self.alignments = alignments
        self.header = header
        self.rows = rows
    }
}

/// An inline element.
public indirect enum Inline: Hashable, Sendable {
    /// Literal characters, never markup.
    case text(String)
    case emphasis([Inline])
    case strong([Inline])
    case strikethrough([Inline])
    /// Inline code, shown verbatim.
    case code(String)
    case link(destination: String, title: String, [Inline])
    /// A hard line break.
    case lineBreak
    /// A line end inside a paragraph; writers may show it as a space.
    case softBreak
}

extension Array where Element == Inline {
    /// The characters a reader sees, without any formatting; breaks become spaces.
    public var plainText: String {
        var result = ""
        for inline in self {
            switch inline {
            case .text(let text), .code(let text):
                result += text
            case .emphasis(let children), .strong(let children), .strikethrough(let children),
                 .link(_, _, let children):
                result += children.plainText
            case .lineBreak, .softBreak:
                result += " "
            }
        }
        return result
    }
}

extension Array where Element == Block {
    /// The blocks with every block quote and list replaced by its content, in reading order,
    /// computed without recursion: what a writer shows past its nesting limit, however deep the
    /// input goes.
    public var flattenedContainers: [Block] {
        var result: [Block] = []
        var stack: [Block] = reversed()
        while let block = stack.popLast() {
            switch block {
            case .blockQuote(let children):
                stack.append(contentsOf: children.reversed())
            case .list(_, _, let items):
                stack.append(contentsOf: items.flatMap { $0 }.reversed())
            default:
                result.append(block)
            }
        }
        return result
    }
}
