import DocumentTree

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
        var stack = [Frame(inlines: inlines[...], closing: .none)]
        while let frame = stack.popLast() {
            var frame = frame
            guard let inline = frame.inlines.popFirst() else {
                frame.closing.close(&text)
                continue
            }
            stack.append(frame)
            switch inline {
            case .text(let value), .code(let value):
                appendSanitized(value, to: &text)
            case .emphasis(let children), .strong(let children):
                stack.append(Frame(inlines: children[...], closing: .none))
            case .strikethrough(let children):
                text += "~~"
                stack.append(Frame(inlines: children[...], closing: .suffix("~~")))
            case .link(let destination, _, let children):
                stack.append(Frame(inlines: children[...],
                                   closing: .link(destination: destination, start: text.utf8.count)))
            case .lineBreak:
                text += hardBreak
            case .softBreak:
                text += " "
            }
        }
        return text
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
        // Only these lead bytes can start a character to replace; most text has none.
        let mayNeedChange = value.utf8.contains { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 }
        guard mayNeedChange else {
            text += value
            return
        }
        for scalar in value.unicodeScalars {
            text.unicodeScalars.append(isControl(scalar) ? " " : scalar)
        }
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7F..<0xA0, 0x2028, 0x2029: return true
        default: return false
        }
    }
}
