import CommitteeDocsDocumentTree

/// Greedy word wrapping by display width.
///
/// Words are separated by white space other than no-break spaces; "\n" is a hard line break.
/// A word wider than the width stays whole on a line of its own. Works on UTF-8 bytes and is
/// linear in the text's length.
enum LineWrapper {
    /// `text` broken into lines of at most `width` columns (except single long words),
    /// without leading or trailing empty lines.
    static func wrap(_ text: String, width: Int) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            var state = State(width: width)
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte > 0x20, byte < 0x7F {
                    // Most of a paragraph: printable ASCII inside a word, one column each, a run at a time.
                    let start = index
                    index += 1
                    while index < bytes.count, bytes[index] > 0x20, bytes[index] < 0x7F { index += 1 }
                    state.wordWidth += index - start
                    continue
                }
                if byte >= 0xC3, byte <= 0xCB {
                    // æ, ø, å and the rest of U+00C0–U+02FF: one column, never a space (as in DisplayWidth).
                    state.wordWidth += 1
                    index += 2
                    continue
                }
                if byte < 0x80, byte != UInt8(ascii: " "), byte != UInt8(ascii: "\t"), byte != UInt8(ascii: "\n") {
                    index += 1  // a control character inside a word: no column, as in DisplayWidth
                    continue
                }
                let (scalar, length) = UTF8Scalars.decode(bytes, at: index)
                if scalar == "\n" || isBreakingSpace(scalar) {
                    state.endWord(bytes, upTo: index)
                    if scalar == "\n" { state.endLine() }
                    state.startWord(at: index + length)
                } else {
                    state.wordWidth += DisplayWidth.of(scalar)
                }
                index += length
            }
            state.endWord(bytes, upTo: bytes.count)
            state.endLine()
            return trimmingEmptyLines(state.lines)
        }
    }

    /// The lines so far, the line being filled and the word being read.
    private struct State {
        let width: Int
        var lines: [String] = []
        var line: [UInt8] = []
        var lineWidth = 0
        var wordStart = 0
        var wordWidth = 0

        init(width: Int) {
            self.width = width
        }

        mutating func startWord(at index: Int) {
            wordStart = index
            wordWidth = 0
        }

        mutating func endWord(_ bytes: UnsafeBufferPointer<UInt8>, upTo end: Int) {
            guard wordStart < end else { return }
            if lineWidth > 0, lineWidth + 1 + wordWidth > width { endLine() }
            if lineWidth > 0 {
                line.append(UInt8(ascii: " "))
                lineWidth += 1
            }
            line.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[wordStart..<end]))
            lineWidth += wordWidth
        }

        mutating func endLine() {
            lines.append(String(writtenUTF8: line))  // whole words and spaces: valid by construction
            line.removeAll(keepingCapacity: true)
            lineWidth = 0
        }
    }

    /// White space that allows a line break; no-break spaces (U+00A0, U+2007, U+202F) do not.
    static func isBreakingSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09: return true
        // Unicode's other White_Space characters, listed to spare a property lookup per letter.
        case 0x1680, 0x2000...0x2006, 0x2008...0x200A, 0x2028, 0x2029, 0x205F, 0x3000: return true
        default: return false
        }
    }

    private static func trimmingEmptyLines(_ lines: [String]) -> [String] {
        guard let first = lines.firstIndex(where: { !$0.isEmpty }),
              let last = lines.lastIndex(where: { !$0.isEmpty })
        else { return [] }
        if first == lines.startIndex, last == lines.index(before: lines.endIndex) { return lines }
        return Array(lines[first...last])
    }
}

/// Decoding scalars straight from valid UTF-8 (a Swift string's storage).
enum UTF8Scalars {
    /// The scalar starting at `index` and its length in bytes.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return (Unicode.Scalar(UInt8(lead)), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = lead & (0xFF >> (length + 1))
        for offset in 1..<length {
            value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
        }
        // Valid UTF-8 always decodes to a scalar; the fallback only guards the impossible.
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}
