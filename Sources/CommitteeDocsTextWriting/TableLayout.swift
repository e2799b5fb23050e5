import CommitteeDocsDocumentTree

/// A table as aligned columns that fit `width`: cells two spaces apart, the header underlined
/// with "-". The first of these layouts that fits is used:
/// 1. one line per row, every cell on one line;
/// 2. prose wrapped inside its cells (at its words, never inside one); a cell that is a number,
///    such as "4.500.000" or "33,3 pct.", never wraps. The widest columns give up their width
///    first; each column is then as wide as its widest line. When a row takes more than one
///    line, a blank line sets the rows apart;
/// 3. row by row: each non-empty cell on a line of its own after its column's name
///    ("Beløb (kr.)  8.000.000"), the names aligned, rows apart by a blank line;
/// 4. row by row, each value on the lines under its column's name, indented by two.
/// Only a single word wider than the page makes a line longer than `width`, as in paragraphs.
struct TableLayout {
    let lines: [Line]

    init(_ table: Table, width: Int) {
        let header = table.header.map(Cell.init)
        let rows = table.rows.map { $0.map(Cell.init) }
        let columnCount = max(header.count, rows.map(\.count).max() ?? 0)
        guard columnCount > 0 else {
            lines = []
            return
        }
        let alignments = (0..<columnCount).map { $0 < table.alignments.count ? table.alignments[$0] : .none }
        let grid = Grid(rows: [header] + rows, columnCount: columnCount, alignments: alignments)
        if let widths = grid.widths(fitting: width) ?? (rows.isEmpty ? grid.minimumWidths : nil) {
            lines = Self.columns(grid, widths: widths)
        } else {
            lines = Self.rowByRow(header: header, rows: rows, width: width)
        }
    }

    /// Layouts 1 and 2: the header, its underline and the rows.
    private static func columns(_ grid: Grid, widths: [Int]) -> [Line] {
        var rendered = grid.rows.map { grid.wrapped($0, widths: widths) }
        let widths = grid.usedWidths(rendered, within: widths)
        let header = rendered.removeFirst()
        let separated = rendered.contains { row in row.contains { $0.count > 1 } }
        var lines = grid.lines(header, widths: widths).map { Line(text: $0.text, keepWithNext: true) }
        lines.append(Line(text: widths.map { String.repeated("-", $0) }.joined(separator: "  "), keepWithNext: true))
        for (index, row) in rendered.enumerated() {
            if separated, index > 0 { lines.append(.blank) }
            lines += grid.lines(row, widths: widths)
        }
        return lines
    }

    /// Layouts 3 and 4: each row as lines of column name and value, empty cells left out.
    private static func rowByRow(header: [Cell], rows: [[Cell]], width: Int) -> [Line] {
        let records = rows.map { row in
            row.indices.filter { !row[$0].text.isEmpty }.map { [$0 < header.count ? header[$0] : Cell(text: ""), row[$0]] }
        }.filter { !$0.isEmpty }
        let pairs = Grid(rows: records.flatMap { $0 }, columnCount: 2, alignments: [.left, .left])
        let recordLines: [[Line]]
        if let widths = pairs.widths(fitting: width) {
            let wrapped = records.map { $0.map { pairs.wrapped($0, widths: widths) } }
            let used = pairs.usedWidths(wrapped.flatMap { $0 }, within: widths)
            recordLines = wrapped.map { $0.flatMap { pairs.lines($0, widths: used) } }
        } else {
            recordLines = records.map { record in
                record.flatMap { pair in
                    LineWrapper.wrap(pair[0].text, width: width) + LineWrapper.wrap(pair[1].text, width: max(width - 2, 1)).map { "  " + $0 }
                }.map { Line(text: $0) }
            }
        }
        var lines: [Line] = []
        for record in recordLines {
            if !lines.isEmpty { lines.append(.blank) }
            lines += record.enumerated().map { Line(text: $0.element.text, keepWithNext: $0.offset < record.count - 1) }
        }
        return lines
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

extension TableLayout {
    /// A cell's text on one line (white space runs made single spaces) and the columns it needs.
    struct Cell {
        let text: String
        /// On one line.
        let natural: Int
        /// Wrapped at every space: its widest word, or all of it for a number.
        let minimum: Int

        init(_ inlines: [Inline]) {
            self.init(text: InlineText.of(inlines, hardBreak: " "))
        }

        init(text: String) {
            let words = LineWrapper.wrap(text, width: 1)
            self.text = words.joined(separator: " ")
            natural = DisplayWidth.of(self.text)
            minimum = Self.isNumber(words) ? natural : words.map(DisplayWidth.of).max() ?? 0
        }

        /// Units that belong to the number before them.
        private static let units: Set<String> = ["kr.", "pct.", "mio.", "mia.", "%"]

        /// "4.500.000", "33,3 pct.", "4,5 mio. kr.": every word holds a digit or is a unit.
        private static func isNumber(_ words: [String]) -> Bool {
            !words.isEmpty && words.allSatisfy { word in
                units.contains(word) || word.unicodeScalars.contains { ("0"..."9").contains($0) }
            }
        }
    }

    /// Rows of cells in columns, and how to lay them out.
    struct Grid {
        let rows: [[Cell]]
        let columnCount: Int
        let alignments: [Table.Alignment]

        private func cell(_ row: [Cell], _ column: Int) -> Cell? { column < row.count ? row[column] : nil }

        /// At least one column each, as the underline needs.
        var naturalWidths: [Int] {
            (0..<columnCount).map { column in rows.map { cell($0, column)?.natural ?? 0 }.reduce(1, max) }
        }

        var minimumWidths: [Int] {
            (0..<columnCount).map { column in rows.map { cell($0, column)?.minimum ?? 0 }.reduce(1, max) }
        }

        /// The column widths for `width`: natural when they fit, else the widest columns cut
        /// down to a common width (never below a column's minimum); nil when the minimums do
        /// not fit.
        func widths(fitting width: Int) -> [Int]? {
            let available = width - 2 * (columnCount - 1)
            let natural = naturalWidths
            if natural.reduce(0, +) <= available { return natural }
            let minimum = minimumWidths
            guard minimum.reduce(0, +) <= available else { return nil }
            func widths(cap: Int) -> [Int] { zip(natural, minimum).map { min($0, max($1, cap)) } }
            // The largest cap that fits, by bisection: the total grows with the cap.
            var low = 0
            var high = natural.max() ?? 0
            while low < high {
                let middle = (low + high + 1) / 2
                if widths(cap: middle).reduce(0, +) <= available { low = middle } else { high = middle - 1 }
            }
            var result = widths(cap: low)
            // What is left over goes, one column each, to the columns held at the cap.
            var left = available - result.reduce(0, +)
            for column in result.indices where left > 0 && result[column] == low && result[column] < natural[column] {
                result[column] += 1
                left -= 1
            }
            return result
        }

        /// Each cell of `row` as its lines at `widths`.
        func wrapped(_ row: [Cell], widths: [Int]) -> [[String]] {
            (0..<columnCount).map { column in
                guard let cell = cell(row, column), !cell.text.isEmpty else { return [] }
                return cell.natural <= widths[column] ? [cell.text] : LineWrapper.wrap(cell.text, width: widths[column])
            }
        }

        /// The widths the wrapped rows take: each column as wide as its widest line.
        func usedWidths(_ rendered: [[[String]]], within widths: [Int]) -> [Int] {
            widths.indices.map { column in
                rendered.map { row in row[column].map(DisplayWidth.of).reduce(0, max) }.reduce(1, max)
            }
        }

        /// A wrapped row as lines: its cells side by side, aligned, two spaces apart; every
        /// line but the last is kept with the next, so a row stays on one page.
        func lines(_ row: [[String]], widths: [Int]) -> [Line] {
            let height = max(row.map(\.count).max() ?? 0, 1)
            return (0..<height).map { index in
                let text = (0..<columnCount).map { column in
                    TableLayout.aligned(index < row[column].count ? row[column][index] : "", width: widths[column], alignments[column])
                }.joined(separator: "  ").trimmingTrailingSpaces
                return Line(text: text, keepWithNext: index < height - 1)
            }
        }
    }
}
