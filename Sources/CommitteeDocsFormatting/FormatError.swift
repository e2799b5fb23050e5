import CommitteeDocsDiagnostics

/// Why a piece of text is not a valid date, time, amount or fraction.
///
/// Its `description` reads `"2009-02-29" is not a date: February 2009 has 28 days`, ready to be
/// placed after a `file:line:col: error: key.path:` prefix. Very long input is shortened in the
/// message so that an error about a 1 MB value stays one readable line.
public struct FormatError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What the text was meant to be, with its article: "a date", "an amount" …
    public let expected: Message
    /// The text as given.
    public let input: String
    /// Why it is not valid, e.g. "February 2009 has 28 days".
    public let reason: Message

    /// A description of why `input` is not `expected`.
    public init(expected: Message, input: String, reason: Message) {
        self.expected = expected
        self.input = input
        self.reason = reason
    }

    /// `"<input>" is not <expected>: <reason>`.
    public var description: String { message.description }

    /// The description in both languages.
    public var message: Message {
        FormattingText.notA(["value": "\"\(FormatError.shortened(input))\"", "expected": expected, "reason": reason])
    }

    /// Longer inputs are cut after this many characters in messages.
    static let quotedLengthLimit = 40

    static func shortened(_ text: String) -> String {
        var result = ""
        var count = 0
        for character in text {
            if count == quotedLengthLimit { return result + "…" }
            // Control characters would break the one-line message.
            result += character.isNewline || character == "\t" ? " " : String(character)
            count += 1
        }
        return result
    }
}
