extension Document {
    /// The same document with adjacent text nodes merged and empty text nodes removed,
    /// so that two trees that show the same thing compare equal.
    public func normalized() -> Document {
        Document(blocks: blocks.map { $0.normalized() })
    }
}

extension Document {
    /// The same document with `transform` applied to every run of inlines: in headings,
    /// paragraphs, list items, table cells, quotes and metadata values.
    public func mappingInlines(_ transform: ([Inline]) -> [Inline]) -> Document {
        Document(blocks: blocks.map { $0.mappingInlines(transform) })
    }
}

extension Block {
    public func mappingInlines(_ transform: ([Inline]) -> [Inline]) -> Block {
        switch self {
        case .heading(let level, let inlines): return .heading(level: level, transform(inlines))
        case .paragraph(let inlines): return .paragraph(transform(inlines))
        case .list(let start, let tight, let items):
            return .list(start: start, tight: tight, items: items.map { $0.map { $0.mappingInlines(transform) } })
        case .table(let table):
            return .table(Table(alignments: table.alignments, header: table.header.map(transform),
                                rows: table.rows.map { $0.map(transform) }))
        case .blockQuote(let blocks): return .blockQuote(blocks.map { $0.mappingInlines(transform) })
        case .metadata(let entries): return .metadata(entries.map { MetadataEntry(label: $0.label, value: transform($0.value)) })
        case .codeBlock, .thematicBreak, .pageBreak: return self
        }
    }

    public func normalized() -> Block {
        switch self {
        case .heading(let level, let inlines):
            return .heading(level: level, inlines.normalized())
        case .paragraph(let inlines):
            return .paragraph(inlines.normalized())
        case .list(let start, let tight, let items):
            return .list(start: start, tight: tight, items: items.map { $0.map { $0.normalized() } })
        case .table(let table):
            return .table(Table(alignments: table.alignments,
                                header: table.header.map { $0.normalized() },
                                rows: table.rows.map { $0.map { $0.normalized() } }))
        case .blockQuote(let blocks):
            return .blockQuote(blocks.map { $0.normalized() })
        case .metadata(let entries):
            return .metadata(entries.map { MetadataEntry(label: $0.label, value: $0.value.normalized()) })
        case .codeBlock, .thematicBreak, .pageBreak:
            return self
        }
    }
}

extension Array where Element == Inline {
    public func normalized() -> [Inline] {
        map { inline -> Inline in
            switch inline {
            case .emphasis(let children): return .emphasis(children.normalized())
            case .strong(let children): return .strong(children.normalized())
            case .strikethrough(let children): return .strikethrough(children.withoutStrikethrough().normalized())
            case .link(let destination, let title, let children):
                return .link(destination: destination, title: title, children.normalized())
            case .text, .code, .lineBreak, .softBreak:
                return inline
            }
        }.mergedSiblings(normalizingJoins: true)
    }

    /// These inlines with every strikethrough replaced by its content, at any depth: what a
    /// strikethrough may hold, as struck text inside struck text shows the same.
    public func withoutStrikethrough() -> [Inline] {
        flatMap { inline -> [Inline] in
            switch inline {
            case .strikethrough(let children): return children.withoutStrikethrough()
            case .emphasis(let children): return [.emphasis(children.withoutStrikethrough())]
            case .strong(let children): return [.strong(children.withoutStrikethrough())]
            case .link(let destination, let title, let children):
                return [.link(destination: destination, title: title, children.withoutStrikethrough())]
            case .text, .code, .lineBreak, .softBreak: return [inline]
            }
        }
    }

    /// One level of these inlines with adjacent text merged, empty text dropped, line ends in a
    /// row made one (a soft break beside another line end adds nothing that shows, and two in a
    /// row would be a blank line in Markdown, which ends the paragraph), and adjacent spans of
    /// one kind made one span: `<em>a</em><em>b</em>` shows as `<em>ab</em>`, and Markdown cannot
    /// write two such spans apart. The joined spans' children are put together
    /// as they are, or normalized where they meet when `normalizingJoins`.
    public func mergedSiblings(normalizingJoins: Bool = false) -> [Inline] {
        var result: [Inline] = []
        result.reserveCapacity(count)
        func joined(_ first: [Inline], _ second: [Inline]) -> [Inline] {
            normalizingJoins ? (first + second).normalized() : first + second
        }
        for inline in self {
            switch (result.last, inline) {
            case (_, .text(let text)) where text.isEmpty:
                continue
            case (.text(let previous)?, .text(let text)):
                result[result.count - 1] = .text(previous + text)
            case (.softBreak?, .softBreak), (.lineBreak?, .softBreak):
                continue
            case (.softBreak?, .lineBreak):
                result[result.count - 1] = .lineBreak
            case (.emphasis(let previous)?, .emphasis(let children)):
                result[result.count - 1] = .emphasis(joined(previous, children))
            case (.strong(let previous)?, .strong(let children)):
                result[result.count - 1] = .strong(joined(previous, children))
            case (.strikethrough(let previous)?, .strikethrough(let children)):
                result[result.count - 1] = .strikethrough(joined(previous, children))
            default:
                result.append(inline)
            }
        }
        return result
    }
}

extension Array where Element == Inline {
    /// The same inlines with every link replaced by its text, at any depth: what a link's own
    /// text may hold, as HTML allows no link inside a link.
    public func withoutLinks() -> [Inline] {
        flatMap { inline -> [Inline] in
            switch inline {
            case .link(_, _, let children): return children.withoutLinks()
            case .emphasis(let children): return [.emphasis(children.withoutLinks())]
            case .strong(let children): return [.strong(children.withoutLinks())]
            case .strikethrough(let children): return [.strikethrough(children.withoutLinks())]
            case .text, .code, .lineBreak, .softBreak: return [inline]
            }
        }
    }
}

extension Document {
    /// Every sequence of inlines a block holds directly: paragraphs, headings, table cells and
    /// metadata values, in lists and block quotes too (not the children of formatting or links).
    public var inlineSequences: [[Inline]] {
        func sequences(_ blocks: [Block]) -> [[Inline]] {
            blocks.flatMap { block -> [[Inline]] in
                switch block {
                case .paragraph(let inlines), .heading(_, let inlines): return [inlines]
                case .list(_, _, let items): return sequences(items.flatMap { $0 })
                case .blockQuote(let children): return sequences(children)
                case .table(let table): return table.header + table.rows.flatMap { $0 }
                case .metadata(let entries): return entries.map(\.value)
                case .codeBlock, .thematicBreak, .pageBreak: return []
                }
            }
        }
        return sequences(blocks)
    }

    /// How deep emphasis, strong and strikethrough nest anywhere in the document. Markdown has
    /// two emphasis characters, so runs nested three deep next to punctuation may read back
    /// paired differently: the writer's round trip is promised up to two.
    public var formattingDepth: Int {
        func depth(_ inlines: [Inline]) -> Int {
            inlines.map { inline -> Int in
                switch inline {
                case .emphasis(let children), .strong(let children), .strikethrough(let children): return 1 + depth(children)
                case .link(_, _, let children): return depth(children)
                case .text, .code, .lineBreak, .softBreak: return 0
                }
            }.max() ?? 0
        }
        return inlineSequences.map(depth).max() ?? 0
    }

    /// Whether an emphasis or strong run stands right beside a strikethrough run with
    /// punctuation (or a symbol) at its edge between them, as in `*z~*~~a~~` or `~~x~~*.x*`.
    /// cmark-gfm reads the `*` or `_` there as text however it is escaped, so the writer's round
    /// trip cannot hold such a tree: its documented limit, like `formattingDepth` above 2.
    public var hasEmphasisBesideStrikethroughAtPunctuation: Bool {
        func isPunctuation(_ character: Character?) -> Bool {
            guard let character else { return false }
            return character.isPunctuation || character.isSymbol
        }
        func edge(_ inlines: [Inline], first: Bool) -> Character? {
            guard let inline = first ? inlines.first : inlines.last else { return nil }
            switch inline {
            case .text(let text): return first ? text.first : text.last
            case .emphasis(let children), .strong(let children), .strikethrough(let children): return edge(children, first: first)
            case .code, .link: return first ? "`" : nil  // a code span or link text opens with punctuation
            case .lineBreak, .softBreak: return nil
            }
        }
        func found(_ inlines: [Inline]) -> Bool {
            for (left, right) in zip(inlines, inlines.dropFirst()) {
                switch (left, right) {
                case (.emphasis(let children), .strikethrough), (.strong(let children), .strikethrough):
                    if isPunctuation(edge(children, first: false)) { return true }
                case (.strikethrough, .emphasis(let children)), (.strikethrough, .strong(let children)):
                    if isPunctuation(edge(children, first: true)) { return true }
                default: break
                }
            }
            return inlines.contains { inline in
                switch inline {
                case .emphasis(let children), .strong(let children), .strikethrough(let children), .link(_, _, let children):
                    return found(children)
                case .text, .code, .lineBreak, .softBreak: return false
                }
            }
        }
        return inlineSequences.contains(where: found)
    }
}
