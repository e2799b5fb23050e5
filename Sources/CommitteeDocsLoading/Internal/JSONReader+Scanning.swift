import CommitteeDocsDiagnostics

/// Moving through the bytes: whitespace, positions and syntax errors.
extension JSONReader {
    var currentPosition: SourcePosition {
        mutating get {
            context.position(line: counter.line, column: counter.column(at: offset, in: bytes))
        }
    }

    func peek(is character: Unicode.Scalar) -> Bool {
        offset < bytes.count && bytes[offset] == UInt8(ascii: character)
    }

    /// Skips JSON whitespace (space, tab, LF, CR), counting lines.
    mutating func skipWhitespace() {
        while offset < bytes.count {
            switch bytes[offset] {
            case 0x20, 0x09, 0x0D: offset += 1
            case 0x0A:
                counter.lineBreak(at: offset)
                offset += 1
            default: return
            }
        }
    }

    /// Reports a syntax error at the current byte and stops reading.
    mutating func fail(_ message: Message) throws(ReadingStopped) -> Never {
        context.error(at: currentPosition, message)
        throw ReadingStopped()
    }

    /// What stands at the current byte, for "found …": `'True'`, `'}'`, `U+00A0`, `the end of the file`.
    var foundDescription: any MessageArgument {
        guard offset < bytes.count else { return LoadingText.endOfFile() }
        var end = offset
        while end < bytes.count, end - offset < 20, isWordByte(bytes[end]) {
            end += 1
        }
        if end > offset {
            return "'\(String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<end]), as: UTF8.self))'"
        }
        let length = bytes[offset] < 0x80 ? 1 : UTF8Sequence.length(in: bytes, at: offset) ?? 1
        let scalar = String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<offset + length]),
                            as: UTF8.self).unicodeScalars.first!
        switch scalar.properties.generalCategory {
        case .control, .format, .spaceSeparator, .lineSeparator, .paragraphSeparator, .unassigned, .privateUse,
             .surrogate, .nonspacingMark, .enclosingMark, .spacingMark:
            return ForbiddenCharacter.code(scalar)
        default:
            return "'\(scalar)'"
        }
    }

    private func isWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"): return true
        default: return false
        }
    }
}
