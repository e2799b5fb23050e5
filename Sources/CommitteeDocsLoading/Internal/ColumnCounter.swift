/// Turns byte offsets on the current line into 1-based columns counted in Unicode scalars.
///
/// Offsets asked for usually only grow, so it counts on from the last answer: a 1 MB line
/// costs one pass in total, not one pass per position.
struct ColumnCounter {
    private(set) var line = 1
    private var lineStart: Int
    private var countedOffset: Int
    private var countedColumn = 1

    init(start: Int) {
        lineStart = start
        countedOffset = start
    }

    /// Starts the next line after the line feed at `offset`.
    mutating func lineBreak(at offset: Int) {
        line += 1
        lineStart = offset + 1
        countedOffset = lineStart
        countedColumn = 1
    }

    /// The column of the byte at `offset`, which lies on the current line.
    mutating func column(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        if offset < countedOffset {
            countedOffset = lineStart
            countedColumn = 1
        }
        var column = countedColumn
        for index in countedOffset..<offset where bytes[index] & 0xC0 != 0x80 {
            column += 1
        }
        countedOffset = offset
        countedColumn = column
        return column
    }
}
