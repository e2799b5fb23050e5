import CommitteeDocsDocumentTree

/// Writes inlines as CommonMark that reads back to the same inlines.
///
/// Emphasis uses `*` and strong `**`, switching to `_` and `__` where the delimiters would
/// otherwise touch the same character of an enclosing or neighbouring delimiter run. Where a
/// delimiter would not be allowed to open or close next to a letter (CommonMark's flanking
/// rules), that letter is written as a character reference.
struct InlineWriter {
    /// Where the inlines go, which decides how breaks and some characters are written.
    enum Context {
        /// Paragraph lines: soft breaks as line ends, hard breaks as `\` and a line end.
        case paragraph
        /// A one-line ATX heading: breaks become spaces, `#` is escaped.
        case heading
        /// Setext heading lines: breaks kept, `#` escaped.
        case multilineHeading
        /// A table cell: breaks become spaces, `|` escaped in code too.
        case cell
    }

    let context: Context

    /// Inlines nested deeper than this are written as their plain text.
    static let maximumNestingDepth = 100

    /// Appends `inlines` as Markdown starting a line and ending one (or starting after a separating
    /// space when `startsLine` is false, as a metadata value does). What `output` holds already
    /// is not looked at: it is written as if into an empty buffer.
    func write(_ inlines: [Inline], startsLine: Bool = true, to output: inout MarkdownBytes) {
        // A link that may not be made live is its text, formatting and all, as in XHTML.
        write(merged(inlines.containsUnsafeLink ? inlines.withUnsafeLinksAsText() : inlines), to: &output,
              sequence: Sequence(startsLine: startsLine, endsLine: true, classBefore: .whitespace), depth: 0)
    }

    /// What surrounds one run of sibling inlines.
    private struct Sequence {
        var startsLine: Bool
        var endsLine: Bool
        /// The class of the character before the first inline.
        var classBefore: CharacterClass
        /// Set inside emphasis: first and last whitespace must not touch the delimiters.
        var delimited = false
        /// The delimiter character of the enclosing emphasis, if any.
        var enclosingDelimiter: Unicode.Scalar?
        /// The delimiter characters of all enclosing emphasis and strong runs.
        var openDelimiters: Delimiters = []
        var insideLink = false
    }

    private var breaksAsSpaces: Bool { context == .heading || context == .cell }

    /// Writes after the first `start` bytes of `output`, which it does not look at.
    private func write(_ inlines: [Inline], to output: inout MarkdownBytes, sequence: Sequence, depth: Int) {
        let start = output.count
        var protectNext = false
        var previousDelimiter: Unicode.Scalar?
        for (index, written) in inlines.enumerated() {
            let inline = MarkdownWriter.asWritable(written)
            let isLast = index == inlines.count - 1
            // What follows decides a text's escapes; asked of the next inline in place, not a copy of it.
            let nextIsBreak = !isLast && isBreak(inlines[index + 1])
            let nextIsLink = if !isLast, case .link = inlines[index + 1] { true } else { false }
            let atLineStart = output.count == start ? sequence.startsLine : output.last == UInt8(ascii: "\n")
            var delimiterUsed: Unicode.Scalar?
            switch inline {
            case .text(let text):
                var position = TextEscaper.Position()
                position.startsLine = atLineStart
                position.endsLine = (isLast && sequence.endsLine) || nextIsBreak
                position.followsDelimiter = index == 0 && sequence.delimited
                position.precedesDelimiter = isLast && sequence.delimited
                position.protectsFirstCharacter = protectNext
                if nextIsLink, !sequence.insideLink { position.precedesLink = true }
                position.inHeading = context == .heading || context == .multilineHeading
                TextEscaper.append(text, at: position, to: &output)
            case .code(let code):
                writeCode(code, to: &output)
            case .softBreak:
                output.append(breaksAsSpaces ? " " : "\n")
            case .lineBreak:
                output.append(breaksAsSpaces ? " " : "\\\n")
            case .link(let destination, let title, let children):
                if sequence.insideLink || depth >= Self.maximumNestingDepth || !LinkSafety.isSafe(destination) {
                    writePlain(children, to: &output, sequence: sequence)
                } else {
                    writeLink(destination: destination, title: title, children, to: &output,
                              sequence: sequence, depth: depth)
                }
            case .emphasis(let children), .strong(let children), .strikethrough(let children):
                if depth >= Self.maximumNestingDepth {
                    writePlain(children, to: &output, sequence: sequence)
                    break
                }
                // A run must not touch a run of the same character (they would merge), and
                // should not reuse an enclosing one's (it could close that one instead).
                var mustAvoid: Delimiters = []
                if let enclosing = sequence.enclosingDelimiter, index == 0 || isLast { mustAvoid.insert(enclosing) }
                if let previousDelimiter { mustAvoid.insert(previousDelimiter) }
                var enclosingAvoided = mustAvoid
                if let enclosing = sequence.enclosingDelimiter { enclosingAvoided.insert(enclosing) }
                let preferences = [mustAvoid.union(sequence.openDelimiters), enclosingAvoided, mustAvoid]
                let avoid = preferences.first { !$0.isSuperset(of: ["*", "_"]) } ?? []
                let delimiter = Self.delimiter(for: inline, avoiding: avoid)
                // Strikethrough inside strikethrough shows as one, and `~~` cannot nest.
                let content = if case .strikethrough = inline { children.withoutStrikethrough() } else { children }
                protectNext = writeDelimited(content, delimiter: delimiter, to: &output, start: start,
                                             sequence: sequence, depth: depth)
                delimiterUsed = delimiter.unicodeScalars.first
                previousDelimiter = delimiterUsed
                continue
            }
            if case .text(let text) = inline, text.isEmpty { continue }
            protectNext = false
            previousDelimiter = delimiterUsed
        }
    }

    private func isBreak(_ inline: Inline) -> Bool {
        switch inline {
        case .softBreak, .lineBreak: return true
        default: return false
        }
    }

    // MARK: Emphasis, strong, strikethrough

    private static func delimiter(for inline: Inline, avoiding avoid: Delimiters) -> String {
        let character: Unicode.Scalar
        switch inline {
        case .strikethrough:
            return "~~"
        default:
            character = avoid.contains("*") && !avoid.contains("_") ? "_" : "*"
        }
        if case .strong = inline { return String(character) + String(character) }
        return String(character)
    }

    /// Writes `children` between `delimiter`s (nothing when they write nothing); returns whether a
    /// letter right after the closing delimiter must be written as a character reference. The
    /// content is written first, in place, and the opening delimiter put before it once its
    /// first character is known.
    private func writeDelimited(_ children: [Inline], delimiter: String, to output: inout MarkdownBytes, start: Int,
                                sequence: Sequence, depth: Int) -> Bool {
        let character = delimiter.unicodeScalars.first!
        var inner = Sequence(startsLine: false, endsLine: false, classBefore: .punctuation)
        inner.delimited = true
        inner.enclosingDelimiter = character
        inner.openDelimiters = sequence.openDelimiters
        if character != "~" { inner.openDelimiters.insert(character) }
        inner.insideLink = sequence.insideLink
        let before = output.lastScalar(after: start)
        let contentStart = output.count
        write(merged(children), to: &output, sequence: inner, depth: depth + 1)
        guard let first = output.scalar(at: contentStart), let last = output.lastScalar(after: contentStart) else {
            return false
        }

        // Opening: a run followed by punctuation must follow white space or punctuation, and
        // `_` never opens inside a word.
        var opening = MarkdownBytes()
        var openingStart = contentStart
        let beforeClass = before.map(CharacterClass.init) ?? sequence.classBefore
        if beforeClass == .other, CharacterClass(first) == .punctuation || character == "_", let letter = before {
            openingStart -= letter.utf8Length
            opening.appendCharacterReference(letter)
        }
        opening.append(delimiter)
        output.replace(openingStart..<contentStart, with: opening)
        output.append(delimiter)
        // Closing: a run after punctuation must be followed by white space or punctuation.
        return CharacterClass(last) == .punctuation || character == "_"
    }

    // MARK: Code and links

    /// Code spans cannot hold line ends (they would read back as spaces, so they are written as
    /// spaces); cells need `\|`. Those changes are made while copying the bytes: they touch only
    /// ASCII characters and never a backtick, so the fence and padding are decided on the bytes
    /// of `code` as they will be written.
    private func writeCode(_ code: String, to output: inout MarkdownBytes) {
        var code = code
        code.withUTF8 { bytes in
            guard let firstByte = bytes.first, let lastByte = bytes.last else { return }
            let space = UInt8(ascii: " "), backtick = UInt8(ascii: "`")
            func written(_ byte: UInt8) -> UInt8 {
                byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") ? space : byte
            }
            var longestRun = 0
            var run = 0
            var allSpaces = true
            for byte in bytes {
                run = byte == backtick ? run + 1 : 0
                longestRun = max(longestRun, run)
                if written(byte) != space { allSpaces = false }
            }
            let escapesBars = context == .cell
            let first = escapesBars && firstByte == UInt8(ascii: "|") ? UInt8(ascii: "\\") : written(firstByte)
            let last = written(lastByte)
            let pad = first == backtick || last == backtick || (!allSpaces && first == space && last == space)
            output.append(backtick, count: longestRun + 1)
            if pad { output.append(space) }
            for byte in bytes {
                if escapesBars, byte == UInt8(ascii: "|") { output.append(UInt8(ascii: "\\")) }
                output.append(written(byte))
            }
            if pad { output.append(space) }
            output.append(backtick, count: longestRun + 1)
        }
    }

    private func writeLink(destination: String, title: String, _ children: [Inline], to output: inout MarkdownBytes,
                           sequence: Sequence, depth: Int) {
        output.append(UInt8(ascii: "["))
        var inner = Sequence(startsLine: false, endsLine: false, classBefore: .punctuation)
        inner.insideLink = true
        write(merged(children), to: &output, sequence: inner, depth: depth + 1)
        output.append("](")
        LinkEscaper.appendDestination(destination, to: &output)
        if !title.isEmpty {
            output.append(" \"")
            LinkEscaper.appendTitle(title, to: &output)
            output.append(UInt8(ascii: "\""))
        }
        output.append(UInt8(ascii: ")"))
    }

    /// The text, code and breaks of deeply nested inlines, without their formatting.
    private func writePlain(_ inlines: [Inline], to output: inout MarkdownBytes, sequence: Sequence) {
        var plain: [Inline] = []
        var stack = Array(inlines.reversed())
        while let inline = stack.popLast() {
            switch inline {
            case .emphasis(let children), .strong(let children), .strikethrough(let children), .link(_, _, let children):
                stack += children.reversed()
            default:
                plain.append(inline)
            }
        }
        var flat = sequence
        flat.delimited = false
        write(merged(plain), to: &output, sequence: flat, depth: 0)
    }

    /// Adjacent text merged, empty text dropped, adjacent spans of one kind joined: text and span
    /// boundaries mean nothing in Markdown (and two emphasis runs side by side cannot be written apart).
    /// Most runs of inlines have nothing to merge and are returned as they are, without a copy.
    private func merged(_ inlines: [Inline]) -> [Inline] {
        var previous: Inline?
        for inline in inlines {
            if case .text(let text) = inline, text.isEmpty { return inlines.mergedSiblings() }
            switch (previous, inline) {
            case (.text?, .text), (.softBreak?, .softBreak), (.lineBreak?, .softBreak),
                 (.softBreak?, .lineBreak), (.emphasis?, .emphasis), (.strong?, .strong), (.strikethrough?, .strikethrough):
                return inlines.mergedSiblings()
            default:
                previous = inline
            }
        }
        return inlines
    }
}

/// A set of the delimiter characters `*`, `_` and `~`, as bits: the writer makes a few of these for
/// every emphasis run, where `Set`s were allocations.
struct Delimiters: ExpressibleByArrayLiteral {
    private var bits: UInt8 = 0

    init(arrayLiteral scalars: Unicode.Scalar...) {
        for scalar in scalars { insert(scalar) }
    }

    private static func bit(_ scalar: Unicode.Scalar) -> UInt8 {
        switch scalar {
        case "*": return 1
        case "_": return 2
        case "~": return 4
        default: preconditionFailure("not an emphasis delimiter: \(scalar)")
        }
    }

    mutating func insert(_ scalar: Unicode.Scalar) { bits |= Self.bit(scalar) }
    func contains(_ scalar: Unicode.Scalar) -> Bool { bits & Self.bit(scalar) != 0 }
    func union(_ other: Delimiters) -> Delimiters {
        var union = self
        union.bits |= other.bits
        return union
    }
    func isSuperset(of other: Delimiters) -> Bool { bits & other.bits == other.bits }
}

/// Link destinations, titles and code block info strings. cmark-gfm decodes character references
/// in them first and backslash escapes after, so a `&` that could start a reference is written
/// `&amp;`, and characters that would be trimmed or could end the line are references too.
enum LinkEscaper {
    /// `<dest>` form unless the destination is plain; `|` always escaped for table cells.
    static func appendDestination(_ destination: String, to output: inout MarkdownBytes) {
        let scalars = Array(destination.unicodeScalars)
        let bare = !scalars.isEmpty && !scalars.contains { scalar in
            scalar == "<" || scalar == ">" || scalar == "(" || scalar == ")"
                || scalar.isEncodedInMarkdown || CharacterClass(scalar) == .whitespace
        }
        if !bare { output.append(UInt8(ascii: "<")) }
        append(scalars, escaping: ["\\", "<", ">", "|"], to: &output)
        if !bare { output.append(UInt8(ascii: ">")) }
    }

    /// The inside of a `"…"` title.
    static func appendTitle(_ title: String, to output: inout MarkdownBytes) {
        append(Array(title.unicodeScalars), escaping: ["\\", "\"", "|"], to: &output)
    }

    /// A fence's info string.
    static func appendInfo(_ info: String, to output: inout MarkdownBytes) {
        append(Array(info.unicodeScalars), escaping: ["\\"], to: &output)
    }

    private static func append(_ scalars: [Unicode.Scalar], escaping escaped: Set<Unicode.Scalar>,
                               to output: inout MarkdownBytes) {
        var leadingEnd = 0
        while leadingEnd < scalars.count, scalars[leadingEnd] == " " { leadingEnd += 1 }
        var trailingStart = scalars.count
        while trailingStart > leadingEnd, scalars[trailingStart - 1] == " " { trailingStart -= 1 }
        for (index, scalar) in scalars.enumerated() {
            if index < leadingEnd || index >= trailingStart || scalar.isEncodedInMarkdown {
                output.appendCharacterReference(scalar)
            } else if scalar == "&", TextEscaper.startsCharacterReference(scalars, at: index) {
                output.append("&amp;")
            } else {
                if escaped.contains(scalar) { output.append(UInt8(ascii: "\\")) }
                output.append(scalar: scalar)
            }
        }
    }
}
