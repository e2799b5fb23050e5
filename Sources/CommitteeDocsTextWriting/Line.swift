/// One output line before pagination.
struct Line {
    var text: String
    /// A heading's lines and a table's header stay on the same page as the line after them.
    var keepWithNext = false
    /// The sentinel for a page break (`Block.pageBreak`).
    var isPageBreak = false

    static let blank = Line(text: "")
    static let pageBreak = Line(text: "\u{0C}", isPageBreak: true)

    var isBlank: Bool { text.isEmpty && !isPageBreak }
}

extension Array where Element == Line {
    /// The lines with `first` before the first text line and `rest` before the others;
    /// blank lines get the prefix without its trailing spaces, page breaks none.
    func prefixed(first: String, rest: String) -> [Line] {
        var usedFirst = false
        return map { line in
            guard !line.isPageBreak else { return line }
            var result = line
            let prefix = usedFirst ? rest : first
            usedFirst = true
            result.text = line.text.isEmpty ? prefix.trimmingTrailingSpaces : prefix + line.text
            return result
        }
    }
}

extension String {
    /// `count` copies of an ASCII character (none for a negative count), built in one go:
    /// `String(repeating:count:)` appends piece by piece, slow for a megabyte-wide underline.
    static func repeated(_ character: Unicode.Scalar, _ count: Int) -> String {
        precondition(character.isASCII)
        guard count > 0 else { return "" }
        return String(unsafeUninitializedCapacity: count) { buffer in
            buffer.initialize(repeating: UInt8(character.value))
            return count
        }
    }

    /// The string without trailing spaces and tabs.
    var trimmingTrailingSpaces: String {
        guard let last = unicodeScalars.last, last == " " || last == "\t" else { return self }
        var scalars = unicodeScalars[...]
        while let last = scalars.last, last == " " || last == "\t" { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
