import CommitteeDocsDiagnostics
/// A time of day as Danish documents write it: "17.30", "kl. 17.30".
public struct DanishTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The hour, 0–23.
    public let hour: Int
    /// The minute, 0–59.
    public let minute: Int

    /// The time, or nil when hour is outside 0–23 or minute outside 0–59.
    public init?(hour: Int, minute: Int) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        self.hour = hour
        self.minute = minute
    }

    /// Reads "17:30", "17.30", "9.05" or "kl. 17.30": one or two digits for the hour, `:` or
    /// `.`, two digits for the minute; white space around is ignored.
    /// - Throws: a `FormatError`, e.g. `"24.00" is not a time of day: there is no hour 24`.
    public static func parse(_ text: String) throws(FormatError) -> DanishTime {
        var rest = ASCIIText.trimmed(text)
        if rest.hasPrefix("kl.") {
            rest = ASCIIText.trimmed(String(rest.dropFirst(3)))
        }
        let bytes = Array(rest.utf8.prefix(6))
        guard let separator = bytes.firstIndex(where: { $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: ".") }),
              (1...2).contains(separator), bytes.count == separator + 3,
              let hour = ASCIIText.number(bytes[..<separator]),
              let minute = ASCIIText.number(bytes[(separator + 1)...])
        else {
            throw error(text, FormattingText.timeSyntax())
        }
        guard hour <= 23 else { throw error(text, FormattingText.noHour(["hour": hour])) }
        guard minute <= 59 else { throw error(text, FormattingText.noMinute(["minute": minute])) }
        return DanishTime(hour: hour, minute: minute)!
    }

    /// Reads a time as `parse(_:)` does; nil when that fails.
    public init?(parsing text: String) {
        guard let time = try? DanishTime.parse(text) else { return nil }
        self = time
    }

    /// The Danish form, hour without a leading zero: "17.30", "9.05".
    public var formatted: String {
        "\(hour).\(ASCIIText.zeroPadded(minute, width: 2))"
    }

    /// With the customary prefix: "kl. 17.30".
    public var withPrefix: String {
        "kl. \(formatted)"
    }

    /// The ISO 8601 form: "09:05".
    public var iso: String {
        "\(ASCIIText.zeroPadded(hour, width: 2)):\(ASCIIText.zeroPadded(minute, width: 2))"
    }

    /// The Danish form, "17.30".
    public var description: String { formatted }

    public static func < (lhs: DanishTime, rhs: DanishTime) -> Bool {
        (lhs.hour, lhs.minute) < (rhs.hour, rhs.minute)
    }

    private static func error(_ text: String, _ reason: Message) -> FormatError {
        FormatError(expected: FormattingText.aTimeOfDay(), input: text, reason: reason)
    }
}
