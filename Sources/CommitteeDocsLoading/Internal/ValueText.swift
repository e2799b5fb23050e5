import CommitteeDocsDiagnostics

/// Turns the UTF-8 bytes of a key or value (already unescaped) into its text: CRLF pairs become LF,
/// and the first forbidden character is named so the caller can report it.
enum ValueText {
    /// The text of `bytes`, and the first forbidden character in it if there is one.
    static func make(_ bytes: UnsafeBufferPointer<UInt8>) -> (text: String, forbidden: Unicode.Scalar?) {
        var hasCRLF = false
        var offset = 0
        while offset < bytes.count {
            offset = PrintableASCII.skip(in: bytes, from: offset)
            guard offset < bytes.count else { break }
            let byte = bytes[offset]
            if byte >= 0x20 && byte != 0x7F && byte != 0xEF && byte != 0xEE {
                offset += 1
                continue
            }
            if byte == 0x0D, offset + 1 < bytes.count, bytes[offset + 1] == 0x0A {
                hasCRLF = true
            } else if ForbiddenCharacter.isControl(byte) {
                return (String(decoding: bytes, as: UTF8.self), Unicode.Scalar(byte))
            } else if ForbiddenCharacter.isNoncharacter(bytes, at: offset) {
                let scalar = Unicode.Scalar(0xFFF0 | UInt32(bytes[offset + 2] & 0x0F))!
                return (String(decoding: bytes, as: UTF8.self), scalar)
            } else if let reserved = ForbiddenCharacter.reserved(bytes, at: offset) {
                return (String(decoding: bytes, as: UTF8.self), reserved)
            }
            offset += 1
        }
        return (hasCRLF ? withoutCRLF(bytes) : String(decoding: bytes, as: UTF8.self), nil)
    }

    private static func withoutCRLF(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var kept: [UInt8] = []
        kept.reserveCapacity(bytes.count)
        for (offset, byte) in bytes.enumerated()
        where !(byte == 0x0D && offset + 1 < bytes.count && bytes[offset + 1] == 0x0A) {
            kept.append(byte)
        }
        return String(decoding: kept, as: UTF8.self)
    }
}

extension LoadContext {
    /// The text of a value at `position`, reporting a forbidden character in it.
    mutating func valueText(_ bytes: UnsafeBufferPointer<UInt8>, at position: SourcePosition) -> String {
        let (text, forbidden) = ValueText.make(bytes)
        if let forbidden {
            error(at: position, LoadingText.containsCharacter(["character": ForbiddenCharacter.name(forbidden)]))
        }
        return text
    }

    /// The text of a key at `position`, reporting an empty key or a forbidden character in it.
    mutating func keyText(_ bytes: UnsafeBufferPointer<UInt8>, at position: SourcePosition) -> String {
        if bytes.isEmpty {
            error(at: position, LoadingText.emptyKey())
        }
        let (text, forbidden) = ValueText.make(bytes)
        if let forbidden {
            error(at: position, LoadingText.keyContainsCharacter(["character": ForbiddenCharacter.name(forbidden)]))
        }
        return text
    }
}
