extension Document {
    /// The same document with every heading above `level` lowered to it (deeper ones kept), in
    /// quotes and lists too: `withHeadings(atLeast: 2)` makes a document's title (level 1) a
    /// section heading, as when the document becomes part of another that has its own title
    /// (a meeting packet's item below the agenda's title).
    public func withHeadings(atLeast level: Int) -> Document {
        var lowered = self
        lowered.blocks = blocks.map { $0.withHeadings(atLeast: level) }
        return lowered
    }
}

extension Block {
    /// This block with every heading above `level` lowered to it, at any depth.
    public func withHeadings(atLeast level: Int) -> Block {
        switch self {
        case .heading(let own, let inlines): return .heading(level: max(own, level), inlines)
        case .blockQuote(let children): return .blockQuote(children.map { $0.withHeadings(atLeast: level) })
        case .list(let start, let tight, let items):
            return .list(start: start, tight: tight, items: items.map { $0.map { $0.withHeadings(atLeast: level) } })
        case .paragraph, .table, .codeBlock, .thematicBreak, .pageBreak, .metadata: return self
        }
    }
}
