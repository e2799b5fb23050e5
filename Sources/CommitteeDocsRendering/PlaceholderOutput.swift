import CommitteeDocsDiagnostics
import CommitteeDocsTemplating

/// A value taken out of the template's Markdown while it is parsed, to come back as a text node.
enum HeldValue: Sendable {
    /// Literal text: never parsed as Markdown, HTML or template.
    case text(String)
    /// Prose written in Markdown by the official, inserted with `{{{x}}}`: parsed, raw HTML shown as text.
    case markdown(String)
}

/// Receives the template engine's output in strict document mode: template text goes into the
/// Markdown source as it is, and each value is held aside and replaced by a private placeholder,
/// so no value can ever become markup.
struct PlaceholderOutput: TemplateOutput {
    private(set) var markdown = ""
    private(set) var values: [HeldValue] = []

    init(capacity: Int = 0) {
        markdown.reserveCapacity(capacity)
    }

    mutating func appendLiteral(_ text: Substring) {
        markdown += text
    }

    mutating func appendValue(_ value: TemplateValue, raw: Bool, path: String, position: SourcePosition) {
        let held: HeldValue
        switch value {
        case .string(let text): held = .text(text)
        case .markdown(let text): held = raw ? .markdown(text) : .text(text)
        case .bool(let flag): held = .text(flag ? "ja" : "nej")
        case .object(_, let text): held = .text(text ?? "")
        case .list, .null: held = .text("")  // the strict engine reports these before they arrive
        }
        Placeholder.appendToken(for: values.count, to: &markdown)
        values.append(held)
    }
}

/// The private placeholder a held value leaves in the Markdown: U+E000, the index written with the
/// private-use digits U+E010…U+E019, U+E001. None of these characters means anything to Markdown.
/// They lie in `ReservedCharacter.range`, which the loader and the template parser refuse, so only
/// this type writes them.
enum Placeholder {
    static let start: Unicode.Scalar = "\u{E000}"
    static let end: Unicode.Scalar = "\u{E001}"
    static let zero: UInt32 = 0xE010

    static func token(for index: Int) -> String {
        var token = ""
        appendToken(for: index, to: &token)
        return token
    }

    /// Appends the token for `index` to `text`, scalar by scalar: building it as a string of its
    /// own first (and the index's digits as another) cost a thousand instructions per value.
    static func appendToken(for index: Int, to text: inout String) {
        text.unicodeScalars.append(start)
        var divisor = 1
        while divisor <= index / 10 { divisor *= 10 }
        var rest = index
        while divisor > 0 {
            text.unicodeScalars.append(Unicode.Scalar(zero + UInt32(rest / divisor))!)
            rest %= divisor
            divisor /= 10
        }
        text.unicodeScalars.append(end)
    }

    /// A piece of text split into literal runs and placeholder indices.
    enum Piece: Equatable {
        case literal(Substring)
        case value(Int)
    }

    /// Whether `text` holds a placeholder's start (U+E000, UTF-8 EE 80 80), looked for on bytes.
    static func contains(_ text: String) -> Bool {
        var utf8 = text.utf8.makeIterator()
        var previous: (UInt8, UInt8) = (0, 0)
        while let byte = utf8.next() {
            if byte == 0x80, previous == (0xEE, 0x80) { return true }
            previous = (previous.1, byte)
        }
        return false
    }

    static func pieces(of text: String) -> [Piece] {
        var pieces: [Piece] = []
        let scalars = text.unicodeScalars
        var literalStart = scalars.startIndex
        var index = scalars.startIndex
        while index < scalars.endIndex {
            guard scalars[index] == start else {
                index = scalars.index(after: index)
                continue
            }
            var cursor = scalars.index(after: index)
            var number = 0
            var digits = 0
            while cursor < scalars.endIndex, (zero...(zero + 9)).contains(scalars[cursor].value) {
                number = number * 10 + Int(scalars[cursor].value - zero)
                digits += 1
                cursor = scalars.index(after: cursor)
            }
            guard digits > 0, cursor < scalars.endIndex, scalars[cursor] == end else {
                index = scalars.index(after: index)
                continue
            }
            if literalStart < index {
                pieces.append(.literal(Substring(scalars[literalStart..<index])))
            }
            pieces.append(.value(number))
            index = scalars.index(after: cursor)
            literalStart = index
        }
        if literalStart < scalars.endIndex {
            pieces.append(.literal(Substring(scalars[literalStart..<scalars.endIndex])))
        }
        return pieces
    }
}
