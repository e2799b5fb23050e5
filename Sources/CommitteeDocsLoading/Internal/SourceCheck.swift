import CommitteeDocsDiagnostics
/// The checks every data file passes before a parser sees it: UTF-8 encoding (a BOM is skipped)
/// and no forbidden characters, raw, anywhere in the file, comments included.
enum SourceCheck {
    /// Where the content starts: after a UTF-8 byte order mark, if there is one.
    static func contentStart(of bytes: UnsafeBufferPointer<UInt8>) -> Int {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
    }

    /// Reports every forbidden character and the first invalid UTF-8 byte (decoding cannot go on
    /// after it); answers whether the file is fit to parse. `isYAML` also refuses raw U+0085, U+2028
    /// and U+2029, which YAML 1.1 reads as line breaks: it would fold them into spaces and count lines
    /// that no editor shows.
    static func check(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, isYAML: Bool,
                      into context: inout LoadContext) -> Bool {
        var counter = ColumnCounter(start: start)
        var fit = true
        var offset = start
        while offset < bytes.count {
            offset = PrintableASCII.skip(in: bytes, from: offset)
            guard offset < bytes.count else { break }
            let byte = bytes[offset]
            if byte >= 0x20 && byte < 0x7F || byte == 0x09 {
                offset += 1
            } else if byte == 0x0A {
                counter.lineBreak(at: offset)
                offset += 1
            } else if byte < 0x80 {
                if !(byte == 0x0D && offset + 1 < bytes.count && bytes[offset + 1] == 0x0A) {
                    report(Unicode.Scalar(byte), at: offset, in: bytes, counter: &counter, context: &context)
                    fit = false
                }
                offset += 1
            } else {
                guard let length = UTF8Sequence.length(in: bytes, at: offset) else {
                    let column = counter.column(at: offset, in: bytes)
                    context.error(at: context.position(line: counter.line, column: column), atPath: false,
                                  LoadingText.invalidUTF8(["problem": UTF8Sequence.problem(in: bytes, at: offset)]))
                    return false
                }
                if ForbiddenCharacter.isNoncharacter(bytes, at: offset) {
                    let scalar = Unicode.Scalar(0xFFF0 | UInt32(bytes[offset + 2] & 0x0F))!
                    report(scalar, at: offset, in: bytes, counter: &counter, context: &context)
                    fit = false
                } else if let reserved = ForbiddenCharacter.reserved(bytes, at: offset) {
                    report(reserved, at: offset, in: bytes, counter: &counter, context: &context)
                    fit = false
                } else if isYAML, let lineBreak = YAMLLineBreak(bytes, at: offset) {
                    let column = counter.column(at: offset, in: bytes)
                    context.error(at: context.position(line: counter.line, column: column), atPath: false,
                                  lineBreak.message)
                    fit = false
                }
                offset += length
            }
        }
        return fit
    }

    private static func report(_ scalar: Unicode.Scalar, at offset: Int, in bytes: UnsafeBufferPointer<UInt8>,
                               counter: inout ColumnCounter, context: inout LoadContext) {
        let column = counter.column(at: offset, in: bytes)
        context.error(at: context.position(line: counter.line, column: column), atPath: false,
                      LoadingText.notAllowedInDataFile(["character": ForbiddenCharacter.name(scalar)]))
    }
}

/// The characters besides LF and CR that YAML 1.1 reads as line breaks.
enum YAMLLineBreak {
    case nextLine, lineSeparator, paragraphSeparator

    /// The line break whose UTF-8 form starts at `offset`, if any (C2 85, E2 80 A8, E2 80 A9).
    init?(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) {
        switch bytes[offset] {
        case 0xC2 where bytes[offset + 1] == 0x85:
            self = .nextLine
        case 0xE2 where bytes[offset + 1] == 0x80 && bytes[offset + 2] == 0xA8:
            self = .lineSeparator
        case 0xE2 where bytes[offset + 1] == 0x80 && bytes[offset + 2] == 0xA9:
            self = .paragraphSeparator
        default:
            return nil
        }
    }

    var message: Message {
        let (name, escape) = switch self {
        case .nextLine: ("U+0085 (next line)", "\\N")
        case .lineSeparator: ("U+2028 (line separator)", "\\L")
        case .paragraphSeparator: ("U+2029 (paragraph separator)", "\\P")
        }
        return LoadingText.rawLineBreak(["name": name, "escape": escape])
    }
}

/// Validation of one multi-byte UTF-8 sequence (Unicode 15, table 3-7).
enum UTF8Sequence {
    /// The length of the valid sequence starting with the non-ASCII byte at `offset`, or `nil`.
    @inline(__always)
    static func length(in bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Int? {
        let (length, secondRange) = expectation(for: bytes[offset])
        guard length > 0, offset + length <= bytes.count, secondRange.contains(bytes[offset + 1]) else {
            return nil
        }
        for index in offset + 2..<offset + length where bytes[index] & 0xC0 != 0x80 {
            return nil
        }
        return length
    }

    /// Why the bytes at `offset` are not UTF-8, for a sequence `length(in:at:)` refused.
    static func problem(in bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Message {
        let lead = bytes[offset]
        let hex = ForbiddenCharacter.byte(lead)
        let (length, secondRange) = expectation(for: lead)
        if lead >= 0x80 && lead <= 0xBF {
            return LoadingText.byteCannotStart(["byte": hex])
        }
        if length == 0 {
            return LoadingText.byteNeverInUTF8(["byte": hex])
        }
        let next = offset + 1 < bytes.count ? bytes[offset + 1] : 0
        if next & 0xC0 == 0x80 && !secondRange.contains(next) {
            return LoadingText.byteFollowedBy(["byte": hex, "next": ForbiddenCharacter.byte(next)])
        }
        return LoadingText.byteMissingContinuation(["byte": hex, "length": length, "continuations": length - 1])
    }

    /// The sequence length a lead byte announces (0: not a lead byte) and the range its second byte
    /// must lie in, which excludes overlong forms, surrogates and code points above U+10FFFF.
    @inline(__always)
    private static func expectation(for lead: UInt8) -> (length: Int, secondRange: ClosedRange<UInt8>) {
        switch lead {
        case 0xC2...0xDF: return (2, 0x80...0xBF)
        case 0xE0: return (3, 0xA0...0xBF)
        case 0xED: return (3, 0x80...0x9F)
        case 0xE1...0xEF: return (3, 0x80...0xBF)
        case 0xF0: return (4, 0x90...0xBF)
        case 0xF4: return (4, 0x80...0x8F)
        case 0xF1...0xF3: return (4, 0x80...0xBF)
        default: return (0, 0x80...0xBF)
        }
    }
}
