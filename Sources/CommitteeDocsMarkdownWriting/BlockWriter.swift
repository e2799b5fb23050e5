import CommitteeDocsDocumentTree

/// Writes blocks as lines of Markdown. A container opens a prefix (`MarkdownLines`) that every
/// line its children write starts with, so no line is copied once per nesting level.
struct BlockWriter {
    var lines: MarkdownLines
    /// One paragraph, heading or fence line at a time, before it is copied into `lines`; reused,
    /// so its storage is allocated once per document.
    private var scratch = MarkdownBytes(capacity: 1024)

    init(lines: MarkdownLines) {
        self.lines = lines
    }

    /// Writes `blocks`, one blank line between blocks unless `tight` (the blocks of a tight list
    /// item), `depth` containers deep; returns whether any line was written. `itemMarker` is the
    /// marker of the list item these blocks belong to: a bullet list that starts the item takes
    /// the other bullet, so that nested empty items never line up as `- - -`, a thematic break.
    /// `firstBreakAsDashes`: the first block is a thematic break that starts a `*` item, where
    /// `* ***` would be one thematic break, so it is written `---`.
    @discardableResult
    mutating func write(_ blocks: [Block], depth: Int, tight: Bool = false, itemMarker: ListMarker? = nil,
                        firstBreakAsDashes: Bool = false) -> Bool {
        var wroteAny = false
        var previous: Block?
        var previousMarker: ListMarker?
        for (index, block) in flattenedIfTooDeep(blocks, depth: depth).enumerated() where writesLines(block) {
            if wroteAny, !tight || needsBlankLine(after: previous, before: block) { lines.blankLine() }
            var marker: ListMarker?
            switch block {
            case .list(let start, let listTight, let items):
                var kind = ListMarker(ordered: start != nil)
                if let previousMarker, previousMarker.ordered == kind.ordered { kind = previousMarker.alternate }
                if !wroteAny, let itemMarker, !itemMarker.ordered, !kind.ordered, itemMarker.bullet == kind.bullet {
                    kind = kind.alternate
                }
                marker = kind
                writeList(start: start, tight: listTight, items: items, marker: kind, depth: depth)
            case .blockQuote(let children):
                lines.openQuote()
                if !write(children, depth: depth + 1) { lines.blankLine() }  // an empty quote is `>`
                lines.closeContainer()
            case .thematicBreak:
                lines.line(index == 0 && firstBreakAsDashes ? "---" : "***")
            default:
                writeLeaf(block)
            }
            wroteAny = true
            previous = block
            previousMarker = marker
        }
        return wroteAny
    }

    /// Whether `block` writes any line: a list without items, a metadata block without entries
    /// and a table without columns write nothing, and are not separated by a blank line either.
    private func writesLines(_ block: Block) -> Bool {
        switch block {
        case .list(_, _, let items): return !items.isEmpty
        case .metadata(let entries): return !entries.isEmpty
        case .table(let table): return !table.header.isEmpty
        default: return true
        }
    }

    /// In a tight list item, a paragraph would swallow a following paragraph or table.
    private func needsBlankLine(after previous: Block?, before block: Block) -> Bool {
        guard case .paragraph? = previous else { return false }
        switch block {
        case .paragraph, .table, .metadata: return true
        default: return false
        }
    }

    /// Containers at the depth limit give up their blocks to the current level.
    private func flattenedIfTooDeep(_ blocks: [Block], depth: Int) -> [Block] {
        guard depth >= MarkdownWriter.maximumNestingDepth else { return blocks }
        var leaves: [Block] = []
        var stack = Array(blocks.reversed())
        while let block = stack.popLast() {
            switch block {
            case .blockQuote(let children): stack += children.reversed()
            case .list(_, _, let items): stack += items.joined().reversed()
            default: leaves.append(block)
            }
        }
        return leaves
    }

    /// Each item's first line starts with its marker, its other lines are indented by the
    /// marker's width; an item without lines is its marker alone.
    private mutating func writeList(start: Int?, tight: Bool, items: [[Block]], marker: ListMarker, depth: Int) {
        for (index, item) in items.enumerated() {
            let prefix = marker.text(number: start.map { max(0, min($0, 999_999_999 - items.count)) + index })
            if index > 0, !tight { lines.blankLine() }
            var startsWithBreak = false
            if case .thematicBreak? = item.first { startsWithBreak = true }
            lines.openItem(marker: prefix)
            write(item, depth: depth + 1, tight: tight, itemMarker: marker,
                  firstBreakAsDashes: startsWithBreak && !marker.ordered && marker.bullet == "*")
            if lines.closeItem() { lines.line(prefix) }
        }
    }

    // MARK: Leaf blocks

    private mutating func writeLeaf(_ block: Block) {
        switch block {
        case .heading(let level, let inlines):
            writeHeading(level: max(1, min(level, 6)), inlines)
        case .paragraph(let inlines):
            scratch.removeAll()
            InlineWriter(context: .paragraph).write(inlines, to: &scratch)
            lines.lines(of: scratch)
        case .codeBlock(let info, let text):
            writeCode(info: info, text: text)
        case .thematicBreak:
            lines.line("***")
        case .pageBreak:
            lines.line("<!-- pagebreak -->")
        case .metadata(let entries):
            writeMetadata(entries)
        case .table(let table):
            TableWriter(table: table).write(to: &lines, scratch: &scratch)
        case .list, .blockQuote:
            break  // handled by `write`
        }
    }

    private mutating func writeHeading(level: Int, _ inlines: [Inline]) {
        scratch.removeAll()
        if level <= 2, inlines.containsBreak {
            InlineWriter(context: .multilineHeading).write(inlines, to: &scratch)
            lines.lines(of: scratch)
            lines.line(level == 1 ? "===" : "---")
            return
        }
        // `## content`, or the hashes alone; one line even if the content held a line end.
        scratch.append(UInt8(ascii: "#"), count: level)
        scratch.append(UInt8(ascii: " "))
        InlineWriter(context: .heading).write(inlines, to: &scratch)
        if scratch.count == level + 1 { scratch.truncate(to: level) }
        lines.line(scratch)
    }

    private mutating func writeCode(info: String, text: String) {
        // Scalars, not Characters: a backtick followed by a combining mark still counts.
        let useTildes = info.unicodeScalars.contains("`")
        let fenceCharacter: Unicode.Scalar = useTildes ? "~" : "`"
        var longestRun = 0
        var run = 0
        for character in text.unicodeScalars {
            run = character == fenceCharacter ? run + 1 : 0
            longestRun = max(longestRun, run)
        }
        let fenceLength = max(3, longestRun + 1)
        scratch.removeAll()
        scratch.append(UInt8(fenceCharacter.value), count: fenceLength)
        LinkEscaper.appendInfo(info, to: &scratch)
        lines.line(scratch)
        if !text.isEmpty { lines.lines(of: text) }
        scratch.truncate(to: fenceLength)
        lines.line(scratch)
    }

    private mutating func writeMetadata(_ entries: [MetadataEntry]) {
        lines.line("<!-- metadata -->")
        lines.blankLine()
        scratch.removeAll()
        for (index, entry) in entries.enumerated() {
            if index > 0 { scratch.append("\\\n") }
            var label = TextEscaper.Position()
            label.followsDelimiter = true
            label.precedesDelimiter = true
            scratch.append("**")
            TextEscaper.append(entry.label, at: label, to: &scratch)
            scratch.append("**")
            let value = entry.value.map { $0 == .lineBreak ? .softBreak : $0 }
            // A space, then the value; no space when the value writes nothing.
            let space = scratch.count
            scratch.append(UInt8(ascii: " "))
            InlineWriter(context: .paragraph).write(value, startsLine: false, to: &scratch)
            if scratch.count == space + 1 { scratch.truncate(to: space) }
        }
        lines.lines(of: scratch)
    }
}

/// `-`, `*`, `1.` or `1)`: adjacent lists alternate so they stay two lists when read back.
struct ListMarker {
    let ordered: Bool
    let bullet: Character
    let delimiter: Character

    init(ordered: Bool, bullet: Character = "-", delimiter: Character = ".") {
        self.ordered = ordered
        self.bullet = bullet
        self.delimiter = delimiter
    }

    var alternate: ListMarker {
        ListMarker(ordered: ordered, bullet: bullet == "-" ? "*" : "-", delimiter: delimiter == "." ? ")" : ".")
    }

    func text(number: Int?) -> String {
        guard ordered, let number else { return String(bullet) }
        return String(number) + String(delimiter)
    }
}

extension Array where Element == Inline {
    /// Whether a soft or hard break occurs anywhere, also inside formatting.
    var containsBreak: Bool {
        var stack = self
        while let inline = stack.popLast() {
            switch inline {
            case .softBreak, .lineBreak: return true
            case .emphasis(let children), .strong(let children), .strikethrough(let children), .link(_, _, let children):
                stack += children
            default: break
            }
        }
        return false
    }
}
