import CommitteeDocsDiagnostics

/// JSON strings: a fast path for strings without escapes, and all RFC 8259 escapes
/// (surrogate pairs included) otherwise.
extension JSONReader {
    /// Reads the string at the opening quote (`position`), checking its text as a key's or a value's.
    ///
    /// A string without escapes needs no character check: raw controls below U+0020 end it with a
    /// syntax error, and the source check has refused raw DEL, U+FFFE and U+FFFF.
    mutating func readString(at position: SourcePosition, isKey: Bool) throws(ReadingStopped) -> String {
        let start = offset
        offset += 1
        let contentStart = offset
        while offset < bytes.count {
            switch bytes[offset] {
            case UInt8(ascii: "\""):
                offset += 1
                let content = UnsafeBufferPointer(rebasing: bytes[contentStart..<offset - 1])
                return isKey && content.isEmpty ? context.keyText(content, at: position)
                    : String(decoding: content, as: UTF8.self)
            case UInt8(ascii: "\\"):
                return try readEscapedString(start: start, contentStart: contentStart, at: position, isKey: isKey)
            case ..<0x20:
                try failOnRawControl()
            default:
                offset += 1
            }
        }
        offset = start
        try fail(LoadingText.unclosedString())
    }

    private mutating func readEscapedString(start: Int, contentStart: Int, at position: SourcePosition,
                                            isKey: Bool) throws(ReadingStopped) -> String {
        var buffer = Array(UnsafeBufferPointer(rebasing: bytes[contentStart..<offset]))
        while offset < bytes.count {
            switch bytes[offset] {
            case UInt8(ascii: "\""):
                offset += 1
                return buffer.withUnsafeBufferPointer { buffer in
                    isKey ? context.keyText(buffer, at: position) : context.valueText(buffer, at: position)
                }
            case UInt8(ascii: "\\"):
                try readEscape(into: &buffer)
            case ..<0x20:
                try failOnRawControl()
            default:
                let runStart = offset
                while offset < bytes.count, bytes[offset] >= 0x20,
                      bytes[offset] != UInt8(ascii: "\""), bytes[offset] != UInt8(ascii: "\\") {
                    offset += 1
                }
                buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<offset]))
            }
        }
        offset = start
        try fail(LoadingText.unclosedString())
    }

    /// Only tab, LF and CR get here: the source check has refused the other controls.
    private mutating func failOnRawControl() throws(ReadingStopped) -> Never {
        if bytes[offset] == 0x09 {
            try fail(LoadingText.tabInString())
        }
        try fail(LoadingText.lineBreakInString())
    }

    private mutating func readEscape(into buffer: inout [UInt8]) throws(ReadingStopped) {
        let escapeStart = offset
        offset += 1
        guard offset < bytes.count else {
            offset = escapeStart
            try fail(LoadingText.loneBackslash())
        }
        let simple: UInt8?
        switch bytes[offset] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): simple = bytes[offset]
        case UInt8(ascii: "b"): simple = 0x08
        case UInt8(ascii: "f"): simple = 0x0C
        case UInt8(ascii: "n"): simple = 0x0A
        case UInt8(ascii: "r"): simple = 0x0D
        case UInt8(ascii: "t"): simple = 0x09
        case UInt8(ascii: "u"): simple = nil
        default:
            let found = foundDescription
            offset = escapeStart
            try fail(LoadingText.invalidEscape(["found": found]))
        }
        if let simple {
            buffer.append(simple)
            offset += 1
            return
        }
        let scalar = try readUnicodeEscape(at: escapeStart)
        buffer.append(contentsOf: String(scalar).utf8)
    }

    /// Reads `\uXXXX` at `escapeStart`, or a surrogate pair `\uD83D\uDE00`.
    private mutating func readUnicodeEscape(at escapeStart: Int) throws(ReadingStopped) -> Unicode.Scalar {
        let code = try hexCode(at: escapeStart)
        switch code {
        case 0xD800...0xDBFF:
            let lowStart = escapeStart + 6
            if lowStart + 1 < bytes.count, bytes[lowStart] == UInt8(ascii: "\\"),
               bytes[lowStart + 1] == UInt8(ascii: "u"),
               case let low = try hexCode(at: lowStart), (0xDC00...0xDFFF).contains(low) {
                offset = lowStart + 6
                return Unicode.Scalar(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))!
            }
            offset = escapeStart
            try fail(LoadingText.loneHighSurrogate(["code": escapeText(code)]))
        case 0xDC00...0xDFFF:
            offset = escapeStart
            try fail(LoadingText.loneLowSurrogate(["code": escapeText(code)]))
        default:
            offset = escapeStart + 6
            return Unicode.Scalar(code)!
        }
    }

    /// The value of the four hex digits after `\u` at `escapeStart`.
    private mutating func hexCode(at escapeStart: Int) throws(ReadingStopped) -> UInt32 {
        var code: UInt32 = 0
        for index in escapeStart + 2..<escapeStart + 6 {
            guard index < bytes.count, let digit = hexValue(bytes[index]) else {
                offset = escapeStart
                try fail(LoadingText.unicodeEscapeDigits())
            }
            code = code << 4 | digit
        }
        return code
    }

    private func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    private func escapeText(_ code: UInt32) -> String {
        "\\u" + String(code, radix: 16, uppercase: true)
    }
}
