// Small byte-level helpers shared by the parsers: they read UTF-8 bytes, never Characters,
// so parsing stays linear and cheap on long hostile input.

extension UInt8 {
    var isASCIIDigit: Bool { self >= 0x30 && self <= 0x39 }
    var digitValue: Int { Int(self &- 0x30) }
}

enum ASCIIText {
    /// The value of `bytes` when all of them are ASCII digits, else nil.
    /// Callers pass at most a handful of bytes, so `Int` cannot overflow.
    static func number<C: Collection>(_ bytes: C) -> Int? where C.Element == UInt8 {
        guard !bytes.isEmpty else { return nil }
        var value = 0
        for byte in bytes {
            guard byte.isASCIIDigit else { return nil }
            value = value * 10 + byte.digitValue
        }
        return value
    }

    /// `text` without leading and trailing white space (including no-break spaces).
    static func trimmed(_ text: String) -> Substring {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return Substring(scalars[first...last])
    }

    /// `value` written with at least `width` digits, padded with leading zeros.
    static func zeroPadded(_ value: Int, width: Int) -> String {
        let digits = String(value.magnitude)
        let padding = String(repeating: "0", count: max(0, width - digits.count))
        return (value < 0 ? "-" : "") + padding + digits
    }
}
