import CommitteeDocsDocumentTree

/// A GFM table with columns padded to a common width, so the source reads as a table too.
struct TableWriter {
    let table: Table

    var lines: [String] {
        let width = table.header.count
        guard width > 0 else { return [] }
        let writer = InlineWriter(context: .cell)
        let header = table.header.map { writer.markdown($0) }
        let rows = table.rows.map { row in
            (0..<width).map { $0 < row.count ? writer.markdown(row[$0]) : "" }
        }
        // Character counts are costly (grapheme breaking): count each cell once.
        let headerCounts = header.map(\.count)
        let rowCounts = rows.map { $0.map(\.count) }
        var widths = headerCounts.map { max(3, $0) }
        for counts in rowCounts {
            for (column, count) in counts.enumerated() { widths[column] = max(widths[column], count) }
        }
        let delimiters = (0..<width).map { column -> String in
            let alignment = column < table.alignments.count ? table.alignments[column] : .none
            let dashes = widths[column]
            switch alignment {
            case .none: return String(repeating: "-", count: dashes)
            case .left: return ":" + String(repeating: "-", count: dashes - 1)
            case .center: return ":" + String(repeating: "-", count: dashes - 2) + ":"
            case .right: return String(repeating: "-", count: dashes - 1) + ":"
            }
        }
        return [line(header, headerCounts, widths), line(delimiters, widths, widths)]
            + zip(rows, rowCounts).map { line($0, $1, widths) }
    }

    private func line(_ cells: [String], _ counts: [Int], _ widths: [Int]) -> String {
        var text = "|"
        for (column, cell) in cells.enumerated() {
            text += " " + cell + String(repeating: " ", count: widths[column] - counts[column]) + " |"
        }
        return text
    }
}
