import CommitteeDocsDocumentTree

/// Turns blocks into lines of Markdown; containers prefix their children's lines.
struct BlockWriter {
    /// `blocks` as lines, one blank line between blocks unless `tight` (the blocks of a tight
    /// list item), `depth` containers deep. `itemMarker` is the marker of the list item these
    /// blocks belong to: a bullet list that starts the item takes the other bullet, so that
    /// nested empty items never line up as `- - -`, a thematic break.
    func lines(_ blocks: [Block], depth: Int, tight: Bool = false, itemMarker: ListMarker? = nil) -> [String] {
        var lines: [String] = []
        var previous: Block?
        var previousMarker: ListMarker?
        for block in flattenedIfTooDeep(blocks, depth: depth) {
            var marker: ListMarker?
            var blockLines: [String]
            switch block {
            case .list(let start, let listTight, let items):
                var kind = ListMarker(ordered: start != nil)
                if let previousMarker, previousMarker.ordered == kind.ordered { kind = previousMarker.alternate }
                if lines.isEmpty, let itemMarker, !itemMarker.ordered, !kind.ordered, itemMarker.bullet == kind.bullet {
                    kind = kind.alternate
                }
                marker = kind
                blockLines = listLines(start: start, tight: listTight, items: items, marker: kind, depth: depth)
            case .blockQuote(let children):
                let inner = self.lines(children, depth: depth + 1)
                blockLines = inner.isEmpty ? [">"] : inner.map { $0.isEmpty ? ">" : "> " + $0 }
            default:
                blockLines = leafLines(block)
            }
            guard !blockLines.isEmpty else { continue }
            if !lines.isEmpty, !tight || needsBlankLine(after: previous, before: block) { lines.append("") }
            lines += blockLines
            previous = block
            previousMarker = marker
        }
        return lines
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

    private func listLines(start: Int?, tight: Bool, items: [[Block]], marker: ListMarker, depth: Int) -> [String] {
        var lines: [String] = []
        for (index, item) in items.enumerated() {
            let prefix = marker.text(number: start.map { max(0, min($0, 999_999_999 - items.count)) + index })
            var inner = self.lines(item, depth: depth + 1, tight: tight, itemMarker: marker)
            if !marker.ordered, marker.bullet == "*", case .thematicBreak? = item.first {
                inner[0] = "---"  // "* ***" would be one thematic break
            }
            if index > 0, !tight { lines.append("") }
            let indent = String(repeating: " ", count: prefix.count + 1)
            guard let first = inner.first else {
                lines.append(prefix)
                continue
            }
            lines.append(prefix + " " + first)
            lines += inner.dropFirst().map { $0.isEmpty ? "" : indent + $0 }
        }
        return lines
    }

    // MARK: Leaf blocks

    private func leafLines(_ block: Block) -> [String] {
        switch block {
        case .heading(let level, let inlines):
            return headingLines(level: max(1, min(level, 6)), inlines)
        case .paragraph(let inlines):
            return split(InlineWriter(context: .paragraph).markdown(inlines))
        case .codeBlock(let info, let text):
            return codeLines(info: info, text: text)
        case .thematicBreak:
            return ["***"]
        case .pageBreak:
            return ["<!-- pagebreak -->"]
        case .metadata(let entries):
            return metadataLines(entries)
        case .table(let table):
            return TableWriter(table: table).lines
        case .list, .blockQuote:
            return []  // handled by `lines`
        }
    }

    private func headingLines(level: Int, _ inlines: [Inline]) -> [String] {
        if level <= 2, inlines.containsBreak {
            let content = split(InlineWriter(context: .multilineHeading).markdown(inlines))
            return content + [level == 1 ? "===" : "---"]
        }
        let content = InlineWriter(context: .heading).markdown(inlines)
        let hashes = String(repeating: "#", count: level)
        return [content.isEmpty ? hashes : hashes + " " + content]
    }

    private func codeLines(info: String, text: String) -> [String] {
        // Scalars, not Characters: a backtick followed by a combining mark still counts.
        let useTildes = info.unicodeScalars.contains("`")
        let fenceCharacter: Unicode.Scalar = useTildes ? "~" : "`"
        var longestRun = 0
        var run = 0
        for character in text.unicodeScalars {
            run = character == fenceCharacter ? run + 1 : 0
            longestRun = max(longestRun, run)
        }
        let fence = String(repeating: String(fenceCharacter), count: max(3, longestRun + 1))
        var escapedInfo = ""
        LinkEscaper.appendInfo(info, to: &escapedInfo)
        let body = text.isEmpty ? [] : split(text)
        return [fence + escapedInfo] + body + [fence]
    }

    private func metadataLines(_ entries: [MetadataEntry]) -> [String] {
        guard !entries.isEmpty else { return [] }
        var paragraph = ""
        for (index, entry) in entries.enumerated() {
            if index > 0 { paragraph += "\\\n" }
            var label = TextEscaper.Position()
            label.followsDelimiter = true
            label.precedesDelimiter = true
            paragraph += "**"
            TextEscaper.append(entry.label, at: label, to: &paragraph)
            paragraph += "**"
            let value = entry.value.map { $0 == .lineBreak ? .softBreak : $0 }
            let written = InlineWriter(context: .paragraph).markdown(value, startsLine: false)
            if !written.isEmpty { paragraph += " " + written }
        }
        return ["<!-- metadata -->", ""] + split(paragraph)
    }

    /// Lines split on UTF-8 bytes: splitting on Characters would segment graphemes for nothing.
    /// A loop over the bytes: the generic `split` was a tenth of the writer's time in a profile.
    private func split(_ text: String) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            var lines: [String] = []
            var start = 0
            for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") {
                lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
                start = index + 1
            }
            lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
            return lines
        }
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
