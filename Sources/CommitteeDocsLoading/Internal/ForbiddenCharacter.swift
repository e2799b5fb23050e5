import CommitteeDocsDiagnostics

/// The characters no data file may hold, raw or escaped: C0 controls other than tab and line feed,
/// DEL, the noncharacters U+FFFE and U+FFFF, the renderer's reserved private-use characters
/// (`ReservedCharacter`), and a carriage return outside a CRLF line end.
enum ForbiddenCharacter {
    /// The character as a message names it: "the control character U+0007".
    static func name(_ scalar: Unicode.Scalar) -> Message {
        switch scalar.value {
        case 0x0D: return LoadingText.carriageReturn()
        case 0xFFFE, 0xFFFF: return LoadingText.noncharacter(["code": code(scalar)])
        case ReservedCharacter.range: return ReservedCharacter.name(scalar)
        default: return LoadingText.controlCharacter(["code": code(scalar)])
        }
    }

    /// `U+0007`: at least four upper-case hex digits.
    static func code(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// `0xC3`: a byte as messages show it.
    static func byte(_ byte: UInt8) -> String {
        let hex = String(byte, radix: 16, uppercase: true)
        return "0x" + (hex.count < 2 ? "0" : "") + hex
    }

    /// Whether the ASCII byte `byte` is a forbidden control character (CR is decided by the caller).
    @inline(__always)
    static func isControl(_ byte: UInt8) -> Bool {
        (byte < 0x20 && byte != 0x09 && byte != 0x0A) || byte == 0x7F
    }

    /// The reserved private-use character whose UTF-8 form starts at `offset`, if any.
    @inline(__always)
    static func reserved(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Unicode.Scalar? {
        guard offset + 2 < bytes.count, ReservedCharacter.starts(bytes[offset], bytes[offset + 1]) else { return nil }
        return ReservedCharacter.scalar(bytes[offset], bytes[offset + 1], bytes[offset + 2])
    }

    /// Whether `bytes[offset...]` is the UTF-8 form of U+FFFE or U+FFFF (EF BF BE, EF BF BF).
    @inline(__always)
    static func isNoncharacter(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        offset + 2 < bytes.count && bytes[offset] == 0xEF && bytes[offset + 1] == 0xBF
            && bytes[offset + 2] >= 0xBE
    }
}
