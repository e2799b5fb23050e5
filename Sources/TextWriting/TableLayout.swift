import DocumentTree

/// A table as aligned columns: cells two spaces apart, the header underlined with "-".
/// Cells are never cut or wrapped, so a wide table is wider than the page.
struct TableLayout {
    let lines: [Line]

    init(_ table: Table) {
        let header = table.header.map(TableLayout.cellText)
        let rows = table.rows.map { $0.map(TableLayout.cellText) }
        let columnCount = max(header.count, rows.map(\.count).max() ?? 0)
        guard columnCount > 0 else {
            lines = []
            return
        }
        var widths = Array(repeating: 1, count: columnCount)
        for row in [header] + rows {
            for (column, cell) in row.enumerated() {
                widths[column] = max(widths[column], DisplayWidth.of(cell))
            }
        }
        let alignments = (0..<columnCount).map { $0 < table.alignments.count ? table.alignments[$0] : .none }
        func line(_ cells: [String]) -> String {
            (0..<columnCount).map { column in
                let cell = column < cells.count ? cells[column] : ""
                return TableLayout.aligned(cell, width: widths[column], alignments[column])
            }.joined(separator: "  ").trimmingTrailingSpaces
        }
        let underline = widths.map { String.repeated("-", $0) }.joined(separator: "  ")
        lines = [Line(text: line(header), keepWithNext: true), Line(text: underline, keepWithNext: true)]
            + rows.map { Line(text: line($0)) }
    }

    /// A cell's text on one line, white space runs made single spaces.
    private static func cellText(_ inlines: [Inline]) -> String {
        LineWrapper.wrap(InlineText.of(inlines, hardBreak: " "), width: .max).joined(separator: " ")
    }

    private static func aligned(_ cell: String, width: Int, _ alignment: Table.Alignment) -> String {
        let padding = width - DisplayWidth.of(cell)
        switch alignment {
        case .right:
            return String.repeated(" ", padding) + cell
        case .center:
            return String.repeated(" ", padding / 2) + cell
                + String.repeated(" ", padding - padding / 2)
        case .left, .none:
            return cell + String.repeated(" ", padding)
        }
    }
}
