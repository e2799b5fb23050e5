import CommitteeDocsDocumentTree

/// Inlines as the characters plain text shows: emphasis and strong as their text, code as is,
/// strikethrough between "~~", a link as "text (url)" unless the text is the url.
///
/// Walks the inlines with an explicit stack, so deeply nested emphasis cannot overflow the
/// call stack. Control characters and line separators in text become spaces.
enum InlineText {
    /// The text of `inlines`; a hard line break becomes `hardBreak` ("\n" where lines are kept,
    /// " " in table cells), a soft break a space.
    static func of(_ inlines: [Inline], hardBreak: String) -> String {
        var text = ""
        // The frame being read stays out of the stack: only entering and leaving an inline with
        // children touches it, not every inline (most paragraphs are text and soft breaks).
        var current = Frame(inlines: inlines[...], closing: .none)
        var enclosing: [Frame] = []
        while true {
            guard let inline = current.inlines.popFirst() else {
                current.closing.close(&text)
                guard let parent = enclosing.popLast() else { return text }
                current = parent
                continue
            }
            switch inline {
            case .text(let value), .code(let value):
                appendSanitized(value, to: &text)
            case .emphasis(let children), .strong(let children):
                enclosing.append(current)
                current = Frame(inlines: children[...], closing: .none)
            case .strikethrough(let children):
                text += "~~"
                enclosing.append(current)
                current = Frame(inlines: children[...], closing: .suffix("~~"))
            case .link(let destination, _, let children):
                enclosing.append(current)
                current = Frame(inlines: children[...], closing: .link(destination: destination, start: text.utf8.count))
            case .lineBreak:
                text += hardBreak
            case .softBreak:
                text += " "
            }
        }
    }

    private struct Frame {
        var inlines: ArraySlice<Inline>
        let closing: Closing
    }

    /// What to write when a frame's inlines are done.
    private enum Closing {
        case none
        case suffix(String)
        /// A link whose text started at utf8 offset `start`.
        case link(destination: String, start: Int)

        func close(_ text: inout String) {
            switch self {
            case .none:
                break
            case .suffix(let suffix):
                text += suffix
            case .link(let destination, let start):
                let linkText = text.utf8[text.utf8.index(text.utf8.startIndex, offsetBy: start)...]
                if linkText.isEmpty {
                    appendSanitized(destination, to: &text)
                } else if !linkText.elementsEqual(destination.utf8)
                            && !(destination.hasPrefix("mailto:")
                                 && destination.utf8.dropFirst(7).elementsEqual(linkText)) {
                    text += " ("
                    appendSanitized(destination, to: &text)
                    text += ")"
                }
            }
        }
    }

    /// Appends `value` with control characters and line or paragraph separators as spaces.
    static func appendSanitized(_ value: String, to text: inout String) {
        var value = value
        let cleaned: [UInt8]? = value.withUTF8 { bytes in
            guard let first = firstControl(bytes, from: 0) else { return nil }
            var result = Array(bytes[..<first.index])
            var next: (index: Int, length: Int)? = first
            var index = first.index
            while let control = next {
                result += bytes[index..<control.index]
                result.append(UInt8(ascii: " "))
                index = control.index + control.length
                next = firstControl(bytes, from: index)
            }
            result += bytes[index...]
            return result
        }
        if let cleaned {
            text += String(writtenUTF8: cleaned)  // whole scalars kept or replaced: valid by construction
        } else {
            text += value
        }
    }

    /// Where the next control character or line separator starts, and its length in bytes.
    private static func firstControl(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (index: Int, length: Int)? {
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            // Only these lead bytes can start a character to replace; most text has none.
            if byte < 0x20 || byte == 0x7F || byte == 0xC2 || byte == 0xE2 {
                let (scalar, length) = UTF8Scalars.decode(bytes, at: index)
                if isControl(scalar) { return (index, length) }
                index += length
            } else {
                index += 1
            }
        }
        return nil
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7F..<0xA0, 0x2028, 0x2029: return true
        default: return false
        }
    }
}
