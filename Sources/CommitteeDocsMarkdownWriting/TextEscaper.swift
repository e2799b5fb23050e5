/// Writes literal text so that CommonMark reads it back as the same characters.
///
/// Rules: `\` `` ` `` `*` `_` `[` `]` `<` `|` `~` are always backslash-escaped; `&` only where it
/// could start a character reference; `!` only right before a link; `#` everywhere in headings.
/// At the start of a line, `#` `>` `=` `+` `-` `:` and the `.` or `)` after leading digits are
/// escaped, so no line starts a block. Leading and trailing spaces and tabs of a line, tabs,
/// line ends and other controls, bidi controls and non-characters become numeric character
/// references (`&#32;`, `&#9;`, `&#10;` …). Everything else, such as `kr.` or `1.234.567`, is
/// written as is.
struct TextEscaper {
    /// Where the text sits, which decides the escapes it needs.
    struct Position {
        /// The text begins a line (or a table cell or heading, where leading spaces are trimmed).
        var startsLine = false
        /// The text ends a line, cell or heading, where trailing spaces are trimmed.
        var endsLine = false
        /// A whitespace first character would stop an emphasis delimiter before it from opening.
        var followsDelimiter = false
        /// A whitespace last character would stop an emphasis delimiter after it from closing.
        var precedesDelimiter = false
        /// A letter or digit first would make the delimiter run before it intraword.
        var protectsFirstCharacter = false
        /// The next inline is a link, so a final `!` would make it an image.
        var precedesLink = false
        /// In a heading, a trailing `#` would be read as a closing sequence.
        var inHeading = false
    }

    /// Appends `text` escaped for `position`. Works on UTF-8 bytes and copies unescaped runs
    /// in one go: prose is mostly runs that need nothing.
    static func append(_ text: String, at position: Position, to output: inout MarkdownBytes) {
        guard !text.isEmpty else { return }
        // The first and last characters may have to be references to satisfy a delimiter; they
        // are decoded only where there is one.
        let firstScalar = position.followsDelimiter || position.protectsFirstCharacter ? text.unicodeScalars.first : nil
        let lastScalar = position.precedesDelimiter ? text.unicodeScalars.last : nil
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            var end = bytes.count
            var firstReference = false
            var lastReference = false
            if let firstScalar {
                let firstClass = CharacterClass(firstScalar)
                if (position.followsDelimiter && firstClass == .whitespace) || (position.protectsFirstCharacter && firstClass == .other) {
                    firstReference = true
                    start = firstScalar.utf8Length
                    output.appendCharacterReference(firstScalar)
                }
            }
            if let lastScalar, CharacterClass(lastScalar) == .whitespace, end - lastScalar.utf8Length >= start {
                lastReference = true
                end -= lastScalar.utf8Length
            }

            var leadingEnd = start
            if position.startsLine {
                while leadingEnd < end, bytes[leadingEnd] == space || bytes[leadingEnd] == tab { leadingEnd += 1 }
            }
            var trailingStart = end
            if position.endsLine && !lastReference {
                while trailingStart > leadingEnd, bytes[trailingStart - 1] == space || bytes[trailingStart - 1] == tab {
                    trailingStart -= 1
                }
            }
            for index in start..<leadingEnd { output.appendCharacterReference(Unicode.Scalar(bytes[index])) }
            let lineStart = position.startsLine && !firstReference && leadingEnd == 0 ? 0 : nil
            let markerEnd = lineStart == nil ? nil : orderedListMarkerEnd(bytes)

            let mayNeedEscape = Self.mayNeedEscape  // once, not a global's look-up per byte
            var runStart = leadingEnd
            var index = leadingEnd
            func flush() {
                if runStart < index { output.append(UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
            }
            while index < trailingStart {
                let byte = bytes[index]
                // Most bytes of prose need nothing: one look-up skips them.
                if !mayNeedEscape[Int(byte)] {
                    index += 1
                    continue
                }
                if byte >= 0x80 {
                    let length = utf8Length(leadingByte: byte)
                    if let scalar = encodedScalar(bytes, at: index, length: length) {
                        flush()
                        output.appendCharacterReference(scalar)
                        runStart = index + length
                    }
                    index += length
                    continue
                }
                if byte < 0x20 || byte == 0x7F {
                    flush()
                    output.appendCharacterReference(Unicode.Scalar(byte))
                    index += 1
                    runStart = index
                    continue
                }
                if needsBackslash(byte, at: index, in: bytes, end: end, position: position,
                                  startsLine: index == lineStart, orderedMarkerEnd: markerEnd) {
                    flush()
                    output.append(UInt8(ascii: "\\"))
                    runStart = index
                }
                index += 1
            }
            flush()
            for index in trailingStart..<end where index >= leadingEnd {
                output.appendCharacterReference(Unicode.Scalar(bytes[index]))
            }
            if lastReference, let lastScalar { output.appendCharacterReference(lastScalar) }
        }
    }

    /// The bytes `append` must look at more closely: controls, DEL, the lead bytes of the
    /// non-ASCII characters written as references (`encodedScalar`), and the ASCII punctuation
    /// `needsBackslash` may escape. Every other byte is copied as it is.
    private static let mayNeedEscape: [Bool] = (0...255).map { (value: Int) -> Bool in
        let byte = UInt8(value)
        return byte < 0x20 || byte == 0x7F || byte == 0xC2 || byte == 0xD8 || byte == 0xE2 || byte == 0xEF
            || "\\`*_[]<|~&!#>=+-:.)".utf8.contains(byte)
    }

    private static let space = UInt8(ascii: " ")
    private static let tab = UInt8(ascii: "\t")

    private static func needsBackslash(_ byte: UInt8, at index: Int, in bytes: UnsafeBufferPointer<UInt8>, end: Int,
                                       position: Position, startsLine: Bool, orderedMarkerEnd: Int?) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["),
             UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: "|"), UInt8(ascii: "~"):
            return true
        case UInt8(ascii: "&"):
            return startsCharacterReference(bytes, at: index, end: end)
        case UInt8(ascii: "!"):
            return position.precedesLink && index == bytes.count - 1
        case UInt8(ascii: "#"):
            return position.inHeading || startsLine
        case UInt8(ascii: ">"), UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: ":"):
            return startsLine
        case UInt8(ascii: "."), UInt8(ascii: ")"):
            return index == orderedMarkerEnd
        default:
            return false
        }
    }

    /// The index of the `.` or `)` in a line start like `12. ` that would begin an ordered list.
    private static func orderedListMarkerEnd(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        while index < bytes.count, index < 10, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
        guard index > 0, index < bytes.count, bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ")")
        else { return nil }
        let next = index + 1
        guard next == bytes.count || bytes[next] == space || bytes[next] == tab else { return nil }
        return index
    }

    private static func startsCharacterReference(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> Bool {
        var next = index + 1
        while next < end, next - index <= 32 {
            let byte = bytes[next]
            if byte == UInt8(ascii: ";") { return next > index + 1 }
            let isNameByte = byte == UInt8(ascii: "#") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            guard isNameByte else { return false }
            next += 1
        }
        return false
    }

    private static func utf8Length(leadingByte byte: UInt8) -> Int {
        byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
    }

    /// The scalar at `index` if it is a non-ASCII invisible control to write as a reference.
    private static func encodedScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, length: Int) -> Unicode.Scalar? {
        // Only C1 controls (C2 80–9F), U+061C (D8 9C) and U+2xxx / U+FEFF (E2, EF) qualify.
        let lead = bytes[index]
        guard lead == 0xC2 || lead == 0xD8 || lead == 0xE2 || lead == 0xEF, index + length <= bytes.count else { return nil }
        var value = UInt32(lead) & (length == 2 ? 0x1F : 0x0F)
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        guard let scalar = Unicode.Scalar(value), scalar.isEncodedInMarkdown else { return nil }
        return scalar
    }

    /// Whether `&` at `index` begins something like `&amp;` or `&#32;` that CommonMark would decode.
    static func startsCharacterReference(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        var next = index + 1
        while next < scalars.count, next - index <= 32 {
            let scalar = scalars[next]
            if scalar == ";" { return next > index + 1 }
            guard scalar.isASCII, scalar == "#" || scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) else {
                return false
            }
            next += 1
        }
        return false
    }
}
