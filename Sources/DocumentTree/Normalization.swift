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
        var result: [Inline] = []
        for inline in self {
            let child: Inline
            switch inline {
            case .text(let text):
                if text.isEmpty { continue }
                if case .text(let previous)? = result.last {
                    result[result.count - 1] = .text(previous + text)
                    continue
                }
                child = inline
            case .emphasis(let children): child = .emphasis(children.normalized())
            case .strong(let children): child = .strong(children.normalized())
            case .strikethrough(let children): child = .strikethrough(children.normalized())
            case .link(let destination, let title, let children):
                child = .link(destination: destination, title: title, children.normalized())
            case .code, .lineBreak, .softBreak:
                child = inline
            }
            result.append(child)
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
