/// The checks every data file passes before a parser sees it: UTF-8 encoding (a BOM is skipped)
/// and no forbidden characters, raw, anywhere in the file, comments included.
enum SourceCheck {
    /// Where the content starts: after a UTF-8 byte order mark, if there is one.
    static func contentStart(of bytes: UnsafeBufferPointer<UInt8>) -> Int {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
    }

    /// Reports every forbidden character and the first invalid UTF-8 byte (decoding cannot go on
    /// after it); answers whether the file is fit to parse.
    static func check(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, into context: inout LoadContext) -> Bool {
        var counter = ColumnCounter(start: start)
        var fit = true
        var offset = start
        while offset < bytes.count {
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
                switch UTF8Sequence.length(in: bytes, at: offset) {
                case .failure(let problem):
                    let column = counter.column(at: offset, in: bytes)
                    context.error(at: context.position(line: counter.line, column: column), atPath: false,
                                  "invalid UTF-8 (\(problem.description)); the file may be in Latin-1 or "
                                  + "Windows-1252: save it as UTF-8")
                    return false
                case .success(let length):
                    if ForbiddenCharacter.isNoncharacter(bytes, at: offset) {
                        let scalar = Unicode.Scalar(0xFFF0 | UInt32(bytes[offset + 2] & 0x0F))!
                        report(scalar, at: offset, in: bytes, counter: &counter, context: &context)
                        fit = false
                    }
                    offset += length
                }
            }
        }
        return fit
    }

    private static func report(_ scalar: Unicode.Scalar, at offset: Int, in bytes: UnsafeBufferPointer<UInt8>,
                               counter: inout ColumnCounter, context: inout LoadContext) {
        let column = counter.column(at: offset, in: bytes)
        context.error(at: context.position(line: counter.line, column: column), atPath: false,
                      "\(ForbiddenCharacter.name(scalar)) is not allowed in a data file; remove it")
    }
}

/// Validation of one multi-byte UTF-8 sequence (Unicode 15, table 3-7).
enum UTF8Sequence {
    /// Why the bytes at an offset are not UTF-8.
    struct Problem: Error {
        let description: String
    }

    /// The length of the valid sequence starting with the non-ASCII byte at `offset`.
    static func length(in bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Result<Int, Problem> {
        let lead = bytes[offset]
        let hex = ForbiddenCharacter.byte(lead)
        let length: Int
        var secondRange: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0x80...0xBF: return .failure(Problem(description: "byte \(hex) cannot start a character"))
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; secondRange = 0xA0...0xBF
        case 0xED: length = 3; secondRange = 0x80...0x9F
        case 0xE1...0xEF: length = 3
        case 0xF0: length = 4; secondRange = 0x90...0xBF
        case 0xF4: length = 4; secondRange = 0x80...0x8F
        case 0xF1...0xF3: length = 4
        default: return .failure(Problem(description: "byte \(hex) never occurs in UTF-8"))
        }
        for index in 1..<length {
            let next = offset + index < bytes.count ? bytes[offset + index] : nil
            guard let next, next & 0xC0 == 0x80 else {
                return .failure(Problem(description: "byte \(hex) starts a \(length)-byte character but is "
                                        + "not followed by \(length - 1) continuation bytes"))
            }
            if index == 1 && !secondRange.contains(next) {
                return .failure(Problem(description: "byte \(hex) followed by \(ForbiddenCharacter.byte(next)) "
                                        + "is not a valid character"))
            }
        }
        return .success(length)
    }
}
