/// Greedy word wrapping by display width.
///
/// Words are separated by white space other than no-break spaces; "\n" is a hard line break.
/// A word wider than the width stays whole on a line of its own. Linear in the text's length.
enum LineWrapper {
    /// `text` broken into lines of at most `width` columns (except single long words),
    /// without leading or trailing empty lines.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        let scalars = text.unicodeScalars
        var wordStart = scalars.startIndex
        var wordWidth = 0
        var index = scalars.startIndex

        func endWord() {
            guard wordStart < index else { return }
            if lineWidth > 0, lineWidth + 1 + wordWidth > width {
                lines.append(line)
                line = ""
                lineWidth = 0
            }
            if lineWidth > 0 {
                line += " "
                lineWidth += 1
            }
            line.unicodeScalars.append(contentsOf: scalars[wordStart..<index])
            lineWidth += wordWidth
        }

        while index < scalars.endIndex {
            let scalar = scalars[index]
            if scalar == "\n" || isBreakingSpace(scalar) {
                endWord()
                if scalar == "\n" {
                    lines.append(line)
                    line = ""
                    lineWidth = 0
                }
                scalars.formIndex(after: &index)
                wordStart = index
                wordWidth = 0
            } else {
                wordWidth += DisplayWidth.of(scalar)
                scalars.formIndex(after: &index)
            }
        }
        endWord()
        lines.append(line)
        return trimmingEmptyLines(lines)
    }

    /// White space that allows a line break; no-break spaces (U+00A0, U+2007, U+202F) do not.
    static func isBreakingSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09: return true
        case 0x00A0, 0x2007, 0x202F: return false
        case 0..<0x80: return false
        default: return scalar.properties.isWhitespace
        }
    }

    private static func trimmingEmptyLines(_ lines: [String]) -> [String] {
        guard let first = lines.firstIndex(where: { !$0.isEmpty }),
              let last = lines.lastIndex(where: { !$0.isEmpty })
        else { return [] }
        return Array(lines[first...last])
    }
}
