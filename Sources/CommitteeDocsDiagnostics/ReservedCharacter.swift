/// The private-use characters U+E000…U+E0FF belong to the renderer: it marks where each value
/// goes in a template's Markdown with them (see Rendering's `Placeholder`). A template or a data
/// file that held one could forge a placeholder, so the loader and the template parser refuse them.
public enum ReservedCharacter {
    /// The reserved code points.
    public static let range: ClosedRange<UInt32> = 0xE000...0xE0FF

    public static func contains(_ scalar: Unicode.Scalar) -> Bool {
        range.contains(scalar.value)
    }

    /// Whether UTF-8 `lead` followed by `next` starts a reserved character (EE 80 80 … EE 83 BF).
    @inline(__always)
    public static func starts(_ lead: UInt8, _ next: UInt8) -> Bool {
        lead == 0xEE && next >= 0x80 && next <= 0x83
    }

    /// The reserved character of the three UTF-8 bytes starting with `lead` (which `starts` accepted).
    public static func scalar(_ lead: UInt8, _ second: UInt8, _ third: UInt8) -> Unicode.Scalar {
        Unicode.Scalar(UInt32(lead & 0x0F) << 12 | UInt32(second & 0x3F) << 6 | UInt32(third & 0x3F))!
    }

    /// "the private-use character U+E000 (reserved for the renderer's placeholders)".
    public static func name(_ scalar: Unicode.Scalar) -> Message {
        DiagnosticsText.reservedCharacter(["hex": String(scalar.value, radix: 16, uppercase: true)])
    }
}
