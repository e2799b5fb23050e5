import CommitteeDocsDiagnostics
extension Amount {
    /// Reads an amount written the Danish (or plain) way.
    ///
    /// The rule, in order:
    /// - White space around, an optional unit "kr." or "kr" at the end, and a leading "-"
    ///   (or "−") for a negative amount are allowed.
    /// - A "," is the decimal comma, followed by one or two øre digits ("6,5" is 6 kr. 50 øre),
    ///   or by "-" ("100,-" is 100 kr.).
    /// - Without a comma, a single "." followed by exactly one or two digits is a decimal point
    ///   ("6000.5", "6000000.50"); every other "." groups thousands ("6.000" is six thousand).
    /// - Thousands are grouped by "." or by spaces (also no-break spaces), never both; the first
    ///   group has 1–3 digits and every later group exactly 3 ("6.00.000" is refused).
    /// - More than two øre digits, empty input and amounts beyond Int64 øre are refused.
    /// - Throws: a `FormatError`, e.g. `"6,505" is not an amount: øre have at most two digits`.
    public static func parse(_ text: String) throws(FormatError) -> Amount {
        var body = ASCIIText.trimmed(text)
        for unit in ["kr.", "kr"] where body.hasSuffix(unit) {
            body = ASCIIText.trimmed(String(body.dropLast(unit.count)))
            break
        }
        let negative = body.hasPrefix("-") || body.hasPrefix("−")
        if negative { body = body.dropFirst() }
        guard let characters = normalizedCharacters(body) else {
            throw error(text, FormattingText.amountSyntax())
        }
        let (integerPart, fractionPart) = try split(characters, text)
        let kroner = try kroner(integerPart, text)
        let øre = try øre(fractionPart, text)
        let (hundreds, overflow) = kroner.multipliedReportingOverflow(by: 100)
        let (magnitude, sumOverflow) = hundreds.addingReportingOverflow(øre)
        guard !overflow, !sumOverflow else {
            throw error(text, FormattingText.amountTooLarge(["limit": Amount(øre: .max).formatted]))
        }
        return Amount(øre: negative ? -magnitude : magnitude)
    }

    /// Reads an amount as `parse(_:)` does; nil when that fails.
    public init?(parsing text: String) {
        guard let amount = try? Amount.parse(text) else { return nil }
        self = amount
    }

    /// The body as ASCII bytes with every kind of space made " ", or nil if anything other
    /// than digits, ".", ",", "-" and spaces occurs.
    private static func normalizedCharacters(_ body: Substring) -> [UInt8]? {
        var result: [UInt8] = []
        result.reserveCapacity(body.utf8.count)
        for scalar in body.unicodeScalars {
            switch scalar {
            case "0"..."9", ".", ",", "-", " ": result.append(UInt8(scalar.value))
            case "\u{00A0}", "\u{202F}": result.append(UInt8(ascii: " "))
            default: return nil
            }
        }
        return result.isEmpty ? nil : result
    }

    /// The integer part and the øre digits (nil when there is no decimal separator).
    private static func split(_ characters: [UInt8], _ text: String) throws(FormatError)
        -> (ArraySlice<UInt8>, ArraySlice<UInt8>?) {
        let commas = characters.indices.filter { characters[$0] == UInt8(ascii: ",") }
        guard commas.count <= 1 else { throw error(text, FormattingText.twoDecimalCommas()) }
        if let comma = commas.first {
            return (characters[..<comma], characters[(comma + 1)...])
        }
        let dots = characters.indices.filter { characters[$0] == UInt8(ascii: ".") }
        if dots.count == 1, let dot = dots.first {
            let after = characters[(dot + 1)...]
            if (1...2).contains(after.count), after.allSatisfy(\.isASCIIDigit) {
                return (characters[..<dot], after)
            }
        }
        return (characters[...], nil)
    }

    private static func kroner(_ part: ArraySlice<UInt8>, _ text: String) throws(FormatError) -> Int64 {
        guard !part.isEmpty else { throw error(text, FormattingText.digitsBeforeSeparator()) }
        let separators = Set(part.filter { !$0.isASCIIDigit })
        guard !separators.contains(UInt8(ascii: "-")) else {
            throw error(text, FormattingText.minusFirst())
        }
        guard separators.count <= 1 else {
            throw error(text, FormattingText.mixedSeparators())
        }
        let groups = part.split(separator: separators.first ?? 0, omittingEmptySubsequences: false)
        for (index, group) in groups.enumerated() where !separators.isEmpty {
            let valid = index == 0 ? (1...3).contains(group.count) : group.count == 3
            guard valid else {
                throw error(text, FormattingText.groupsOfThree())
            }
        }
        var value: Int64 = 0
        for byte in part where byte.isASCIIDigit {
            let (shifted, overflow) = value.multipliedReportingOverflow(by: 10)
            let (next, sumOverflow) = shifted.addingReportingOverflow(Int64(byte.digitValue))
            guard !overflow, !sumOverflow else {
                throw error(text, FormattingText.amountTooLarge(["limit": Amount(øre: .max).formatted]))
            }
            value = next
        }
        return value
    }

    private static func øre(_ part: ArraySlice<UInt8>?, _ text: String) throws(FormatError) -> Int64 {
        guard let part else { return 0 }
        if part.elementsEqual("-".utf8) { return 0 }
        guard !part.isEmpty, part.allSatisfy(\.isASCIIDigit) else {
            throw error(text, FormattingText.oereDigitsMissing())
        }
        guard part.count <= 2 else { throw error(text, FormattingText.oereTwoDigits()) }
        // One digit means tenths of a krone: "6,5" is 6 kr. 50 øre.
        let value = Int64(ASCIIText.number(part)!)
        return part.count == 1 ? value * 10 : value
    }

    private static func error(_ text: String, _ reason: Message) -> FormatError {
        FormatError(expected: FormattingText.anAmount(), input: text, reason: reason)
    }
}
