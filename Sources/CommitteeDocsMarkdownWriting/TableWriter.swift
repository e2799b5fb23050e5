import CommitteeDocsDocumentTree

/// A GFM table with columns padded to a common width, so the source reads as a table too.
struct TableWriter {
    let table: Table

    /// Writes the header, delimiter and body rows as lines; nothing for a table without columns.
    func write(to lines: inout MarkdownLines, scratch: inout MarkdownBytes) {
        let width = table.header.count
        guard width > 0 else { return }
        // Every cell is written once into `scratch`, one after the other; a row of ranges into it.
        let writer = InlineWriter(context: .cell)
        scratch.removeAll()
        func cell(_ inlines: [Inline]) -> Range<Int> {
            let start = scratch.count
            writer.write(inlines, to: &scratch)
            return start..<scratch.count
        }
        let header = table.header.map(cell)
        let rows = table.rows.map { row in
            (0..<width).map { $0 < row.count ? cell(row[$0]) : scratch.count..<scratch.count }
        }
        // Padding counts Characters, as a reader's eye does.
        let headerCounts = header.map { characterCount(scratch, $0) }
        let rowCounts = rows.map { $0.map { characterCount(scratch, $0) } }
        var widths = headerCounts.map { max(3, $0) }
        for counts in rowCounts {
            for (column, count) in counts.enumerated() { widths[column] = max(widths[column], count) }
        }
        var line = MarkdownBytes(capacity: 256)
        func writeRow(_ cells: [Range<Int>], _ counts: [Int]) {
            line.removeAll()
            line.append(UInt8(ascii: "|"))
            for (column, cell) in cells.enumerated() {
                line.append(UInt8(ascii: " "))
                line.append(scratch, cell)
                line.append(UInt8(ascii: " "), count: widths[column] - counts[column] + 1)
                line.append(UInt8(ascii: "|"))
            }
            lines.line(line)
        }
        writeRow(header, headerCounts)
        line.removeAll()
        line.append(UInt8(ascii: "|"))
        for column in 0..<width {
            let alignment = column < table.alignments.count ? table.alignments[column] : .none
            let dashes = widths[column]
            line.append(UInt8(ascii: " "))
            switch alignment {
            case .none: line.append(UInt8(ascii: "-"), count: dashes)
            case .left: line.append(":"); line.append(UInt8(ascii: "-"), count: dashes - 1)
            case .center: line.append(":"); line.append(UInt8(ascii: "-"), count: dashes - 2); line.append(":")
            case .right: line.append(UInt8(ascii: "-"), count: dashes - 1); line.append(":")
            }
            line.append(" |")
        }
        lines.line(line)
        for (row, counts) in zip(rows, rowCounts) { writeRow(row, counts) }
    }

    /// Characters are costly to count (grapheme breaking), so ASCII without a CR (which pairs
    /// with a LF) is counted by its bytes.
    private func characterCount(_ bytes: MarkdownBytes, _ range: Range<Int>) -> Int {
        var simple = true
        for index in range where bytes[index] >= 0x80 || bytes[index] == UInt8(ascii: "\r") {
            simple = false
            break
        }
        guard !simple else { return range.count }
        return bytes.bytes[range].withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }.count
    }
}
