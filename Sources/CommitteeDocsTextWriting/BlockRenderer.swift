import CommitteeDocsDocumentTree

/// Turns blocks into lines for a given width.
struct BlockRenderer {
    /// The writer's width; nested blocks never get less than `minimumWidth` columns.
    let pageWidth: Int

    /// Indentation stops narrowing the text below this many columns.
    var minimumWidth: Int { min(pageWidth, 20) }

    /// `blocks` as lines; `separated` puts a blank line between blocks (not in tight lists).
    func render(_ blocks: [Block], width: Int, depth: Int, separated: Bool) -> [Line] {
        var lines: [Line] = []
        for block in blocks {
            append(renderBlock(block, width: max(width, minimumWidth), depth: depth), to: &lines,
                   separated: separated)
        }
        return lines
    }

    private func append(_ blockLines: [Line], to lines: inout [Line], separated: Bool) {
        guard let first = blockLines.first else { return }
        if separated, let last = lines.last, !last.isPageBreak, !first.isPageBreak {
            lines.append(.blank)
        }
        lines += blockLines
    }

    private func renderBlock(_ block: Block, width: Int, depth: Int) -> [Line] {
        guard depth < TextWriter.maximumNestingDepth else { return renderFlattened([block], width: width) }
        switch block {
        case .list(let start, let tight, let items):
            return renderList(start: start, tight: tight, items: items, width: width, depth: depth)
        case .blockQuote(let blocks):
            return render(blocks, width: width - 2, depth: depth + 1, separated: true)
                .prefixed(first: "> ", rest: "> ")
        default:
            return renderLeaf(block, width: width)
        }
    }

    /// Blocks that contain no blocks.
    private func renderLeaf(_ block: Block, width: Int) -> [Line] {
        switch block {
        case .heading(let level, let inlines):
            return renderHeading(level: level, inlines, width: width)
        case .paragraph(let inlines):
            return LineWrapper.wrap(InlineText.of(inlines, hardBreak: "\n"), width: width).map { Line(text: $0) }
        case .codeBlock(_, let text):
            return renderCode(text)
        case .thematicBreak:
            return [Line(text: String.repeated(" ", max(0, (width - 5) / 2)) + "* * *")]
        case .pageBreak:
            return [.pageBreak]
        case .metadata(let entries):
            return renderMetadata(entries, width: width)
        case .table(let table):
            return TableLayout(table, width: width).lines
        case .list, .blockQuote:
            return renderFlattened([block], width: width)
        }
    }

    private func renderHeading(level: Int, _ inlines: [Inline], width: Int) -> [Line] {
        let lines = LineWrapper.wrap(InlineText.of(inlines, hardBreak: "\n"), width: width)
        guard !lines.isEmpty else { return [] }
        var result = lines
        if level <= 2 {
            let underlineWidth = lines.map(DisplayWidth.of).max() ?? 0
            result.append(String.repeated(level <= 1 ? "=" : "-", underlineWidth))
        }
        return result.map { Line(text: $0, keepWithNext: true) }
    }

    private func renderList(start: Int?, tight: Bool, items: [[Block]], width: Int, depth: Int) -> [Line] {
        let markers = ListMarkers(start: start, count: items.count)
        var lines: [Line] = []
        for (index, item) in items.enumerated() {
            let marker = markers.marker(at: index)
            let itemLines = render(item, width: width - markers.width, depth: depth + 1, separated: !tight)
            if !tight, !lines.isEmpty { lines.append(.blank) }
            lines += itemLines.isEmpty ? [Line(text: marker.trimmingTrailingSpaces)]
                                       : itemLines.prefixed(first: marker, rest: markers.indent)
        }
        return lines
    }

    private func renderCode(_ text: String) -> [Line] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var cleaned = ""
            for scalar in line.unicodeScalars where scalar == "\t" || !InlineText.isControl(scalar) {
                cleaned.unicodeScalars.append(scalar)
            }
            return cleaned.trimmingTrailingSpaces
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        while lines.first?.isEmpty == true { lines.removeFirst() }
        return lines.map { Line(text: $0.isEmpty ? "" : "    " + $0) }
    }

    private func renderMetadata(_ entries: [MetadataEntry], width: Int) -> [Line] {
        let labels = entries.map { InlineText.of([.text($0.label)], hardBreak: " ") }
        let column = (labels.map(DisplayWidth.of).max() ?? 0) + 2
        let indent = String.repeated(" ", column)
        var lines: [Line] = []
        for (label, entry) in zip(labels, entries) {
            let value = LineWrapper.wrap(InlineText.of(entry.value, hardBreak: "\n"),
                                         width: max(width - column, minimumWidth))
            let padded = label + String.repeated(" ", column - DisplayWidth.of(label))
            lines += value.isEmpty ? [Line(text: label)]
                                   : value.map { Line(text: $0) }.prefixed(first: padded, rest: indent)
        }
        return lines
    }

    /// Lists and quotes beyond the nesting limit: their leaf blocks one after another, without
    /// indentation, walked with an explicit stack instead of recursion.
    private func renderFlattened(_ blocks: [Block], width: Int) -> [Line] {
        var lines: [Line] = []
        var stack: [ArraySlice<Block>] = [blocks[...]]
        while var top = stack.popLast() {
            guard let block = top.popFirst() else { continue }
            stack.append(top)
            switch block {
            case .list(_, _, let items):
                stack += items.reversed().map { $0[...] }
            case .blockQuote(let inner):
                stack.append(inner[...])
            default:
                append(renderLeaf(block, width: width), to: &lines, separated: true)
            }
        }
        return lines
    }
}

/// The markers of one list: "- " for bullets, right-aligned numbers "9. ", "10. " for ordered
/// lists, all padded to the same width so items share one hanging indent.
struct ListMarkers {
    private let start: Int?
    let width: Int
    let indent: String

    init(start: Int?, count: Int) {
        // CommonMark allows at most nine digits; clamping keeps start + index from overflowing.
        self.start = start.map { min(max($0, 0), 999_999_999) }
        if let first = self.start {
            width = String(first + max(count - 1, 0)).count + 2
        } else {
            width = 2
        }
        indent = String.repeated(" ", width)
    }

    func marker(at index: Int) -> String {
        guard let start else { return "- " }
        let number = "\(start + index)."
        return String.repeated(" ", width - 1 - number.count) + number + " "
    }
}
