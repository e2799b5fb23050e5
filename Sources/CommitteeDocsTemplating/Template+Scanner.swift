import CommitteeDocsDiagnostics

/// One lexical piece of a template: text without line breaks, a line break, or a tag.
enum Token {
    case text(Range<Int>)
    /// `\n` or `\r\n`.
    case newline(Range<Int>)
    case tag(TagToken)
}

/// A tag as scanned: its kind, its trimmed content and where its opening delimiter stands.
struct TagToken {
    enum Kind {
        case variable, rawVariable, section, inverted, close, comment, partial, parent, block, delimiters

        /// Tags that may stand alone on a line (and then take the line with them).
        var canStandAlone: Bool { self != .variable && self != .rawVariable }
    }

    var kind: Kind
    var name: String
    var position: SourcePosition
    /// A parent's opening or closing tag, or the opening or closing tag of a block given as a
    /// parent's argument: several of these may share one standalone line.
    var isInheritanceCall = false
}

/// Splits template bytes into tokens, following delimiter changes and counting lines and columns.
struct Scanner {
    let bytes: [UInt8]
    let file: String
    private(set) var tokens: [Token] = []
    private(set) var diagnostics: [Diagnostic] = []

    private var offset = 0
    private var line = 1
    private var lineStart = 0
    /// The column of `columnOffset`, so that columns are counted once per line, not once per tag.
    private var columnOffset = 0
    private var column = 1
    private var open: [UInt8] = Array("{{".utf8)
    private var close: [UInt8] = Array("}}".utf8)
    /// What each open tag opened, to tell a parent's arguments from ordinary blocks.
    private var openKinds: [OpenKind] = []

    private enum OpenKind { case section, parent, argument, block }

    init(_ source: String, file: String) {
        self.bytes = Array(source.utf8)
        self.file = file
    }

    /// Scans the whole template; false when a tag is left unclosed (the rest cannot be read).
    mutating func scan() -> Bool {
        var textStart = 0
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "\n") {
                let breakStart = offset > textStart && bytes[offset - 1] == UInt8(ascii: "\r") ? offset - 1 : offset
                appendText(textStart..<breakStart)
                tokens.append(.newline(breakStart..<offset + 1))
                offset += 1
                line += 1
                lineStart = offset
                textStart = offset
            } else if byte == open[0], matches(open, at: offset) {
                appendText(textStart..<offset)
                guard scanTag() else { return false }
                textStart = offset
            } else {
                if offset + 2 < bytes.count, ReservedCharacter.starts(byte, bytes[offset + 1]) {
                    let scalar = ReservedCharacter.scalar(byte, bytes[offset + 1], bytes[offset + 2])
                    diagnostics.append(Diagnostic(at: currentPosition(), TemplatesText.reservedCharacter(["character": ReservedCharacter.name(scalar)])))
                }
                offset += 1
            }
        }
        appendText(textStart..<offset)
        return true
    }

    private mutating func appendText(_ range: Range<Int>) {
        if !range.isEmpty { tokens.append(.text(range)) }
    }

    /// Reads the tag whose opening delimiter is at `offset` and moves past it.
    private mutating func scanTag() -> Bool {
        let position = currentPosition()
        let tagStart = offset
        let contentStart = offset + open.count
        let (kind, nameStart, terminator) = tagShape(at: contentStart)
        guard let end = find(terminator, from: nameStart) else {
            let closing = String(decoding: terminator, as: UTF8.self)
            let lineEnd = bytes[tagStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            diagnostics.append(Diagnostic(at: position, TemplatesText.unclosedTag(["closing": closing, "excerpt": excerpt(tagStart..<lineEnd)])))
            return false
        }
        countLines(in: offset..<end)
        offset = end + terminator.count
        let content = bytes[nameStart..<end]
        let written = tagStart..<offset
        switch kind {
        case .comment:
            tokens.append(.tag(TagToken(kind: kind, name: "", position: position)))
        case .delimiters:
            changeDelimiters(content, written: written, at: position)
            tokens.append(.tag(TagToken(kind: kind, name: "", position: position)))
        default:
            let name = checkedName(content, kind: kind, written: written, at: position)
            var token = TagToken(kind: kind, name: name, position: position)
            token.isInheritanceCall = trackNesting(kind)
            tokens.append(.tag(token))
        }
        return true
    }

    /// The tag kind from its sigil, where its name starts and what ends it.
    private func tagShape(at contentStart: Int) -> (TagToken.Kind, Int, [UInt8]) {
        let sigil = contentStart < bytes.count ? Unicode.Scalar(bytes[contentStart]) : " "
        let kind: TagToken.Kind
        switch sigil {
        case "#": kind = .section
        case "^": kind = .inverted
        case "/": kind = .close
        case "!": kind = .comment
        case ">": kind = .partial
        case "<": kind = .parent
        case "$": kind = .block
        case "&": kind = .rawVariable
        case "{": return (.rawVariable, contentStart + 1, [UInt8(ascii: "}")] + close)
        case "=": return (.delimiters, contentStart + 1, [UInt8(ascii: "=")] + close)
        default: return (.variable, contentStart, close)
        }
        return (kind, contentStart + 1, close)
    }

    /// Records what a tag opens or closes; true for the tags of a parent call (see `isInheritanceCall`).
    private mutating func trackNesting(_ kind: TagToken.Kind) -> Bool {
        switch kind {
        case .section, .inverted:
            openKinds.append(.section)
        case .parent:
            openKinds.append(.parent)
            return true
        case .block:
            let isArgument = openKinds.last == .parent
            openKinds.append(isArgument ? .argument : .block)
            return isArgument
        case .close:
            let closed = openKinds.popLast()
            return closed == .parent || closed == .argument
        default:
            break
        }
        return false
    }

    /// The trimmed tag name; reports empty names, names with spaces and malformed dotted names.
    private mutating func checkedName(_ content: ArraySlice<UInt8>, kind: TagToken.Kind,
                                      written: Range<Int>, at position: SourcePosition) -> String {
        let trimmed = content.drop(while: isSpace).reversed().drop(while: isSpace).reversed()
        let name = String(decoding: trimmed, as: UTF8.self)
        let tag = excerpt(written)
        if name.isEmpty {
            diagnostics.append(Diagnostic(at: position, TemplatesText.emptyTag(["tag": tag])))
        } else if trimmed.contains(where: isSpace) {
            diagnostics.append(Diagnostic(at: position, TemplatesText.spaceInTagName(["tag": tag])))
        } else if kind.namesData, name != ".", name.split(separator: ".", omittingEmptySubsequences: false).contains(where: \.isEmpty) {
            diagnostics.append(Diagnostic(at: position, TemplatesText.emptyNamePart(["tag": tag])))
        }
        return name
    }

    /// Applies `{{=<% %>=}}`: two delimiters, without spaces or `=`, separated by spaces.
    private mutating func changeDelimiters(_ content: ArraySlice<UInt8>, written: Range<Int>, at position: SourcePosition) {
        let parts = content.split(whereSeparator: isSpace)
        guard parts.count == 2, !parts.contains(where: { $0.contains(UInt8(ascii: "=")) }) else {
            diagnostics.append(Diagnostic(at: position, TemplatesText.badDelimiterChange(["written": excerpt(written)])))
            return
        }
        open = Array(parts[0])
        close = Array(parts[1])
    }

    /// The position of `offset`; columns count Unicode scalars (bytes that do not continue one).
    private mutating func currentPosition() -> SourcePosition {
        if columnOffset < lineStart {
            columnOffset = lineStart
            column = 1
        }
        while columnOffset < offset {
            if bytes[columnOffset] & 0xC0 != 0x80 { column += 1 }
            columnOffset += 1
        }
        return SourcePosition(file: file, line: line, column: column)
    }

    private mutating func countLines(in range: Range<Int>) {
        for index in range where bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
    }

    private func matches(_ pattern: [UInt8], at index: Int) -> Bool {
        guard index + pattern.count <= bytes.count else { return false }
        for (step, byte) in pattern.enumerated() where bytes[index + step] != byte { return false }
        return true
    }

    private func find(_ pattern: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + pattern.count <= bytes.count {
            if bytes[index] == pattern[0], matches(pattern, at: index) { return index }
            index += 1
        }
        return nil
    }

    /// The tag as written, shortened for messages.
    private func excerpt(_ range: Range<Int>) -> String {
        let text = String(decoding: bytes[range], as: UTF8.self)
        return text.unicodeScalars.count <= 40 ? text : String(text.unicodeScalars.prefix(37)) + "…"
    }
}

/// Spaces, tabs and line breaks, which may pad a tag's name.
func isSpace(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
}

extension TagToken.Kind {
    /// Tags whose name is a data name (dotted), as opposed to a template or block name.
    var namesData: Bool { self == .variable || self == .rawVariable || self == .section || self == .inverted }
}
