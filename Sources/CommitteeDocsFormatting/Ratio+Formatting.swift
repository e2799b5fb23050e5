extension Ratio: CustomStringConvertible {
    /// The ratio as a Danish percentage, exactly rounded half-up (away from zero):
    /// ¾ gives "75 pct.", 39/50 with `decimals: 1` gives "78,0 pct.".
    public func percent(decimals: Int = 0) -> String {
        DanishNumber.scaledDecimal(self, powerOfTen: 2, decimals: decimals) + " pct."
    }

    /// The single Unicode character for the fraction (½, ⅓, ⅔, ¼, ¾, ⅕ … ⅞, ⅑, ⅒), or nil
    /// when there is none for this exact value.
    public var vulgarFraction: String? {
        Ratio.vulgarFractions[VulgarKey(numerator: numerator, denominator: denominator)]
    }

    /// The fraction as prose shows it: "¾" when there is a character for it, else "3/7";
    /// a whole number as "2"; negative with "-".
    public var fractionText: String {
        if let character = vulgarFraction { return character }
        if isWhole { return String(numerator) }
        return "\(numerator)/\(denominator)"
    }

    /// The fraction text, e.g. "¾" or "3/7".
    public var description: String { fractionText }

    private struct VulgarKey: Hashable {
        let numerator: Int64
        let denominator: Int64
    }

    private static let vulgarFractions: [VulgarKey: String] = {
        let characters: [(Int64, Int64, String)] = [
            (1, 2, "½"), (1, 3, "⅓"), (2, 3, "⅔"), (1, 4, "¼"), (3, 4, "¾"),
            (1, 5, "⅕"), (2, 5, "⅖"), (3, 5, "⅗"), (4, 5, "⅘"), (1, 6, "⅙"), (5, 6, "⅚"),
            (1, 7, "⅐"), (1, 8, "⅛"), (3, 8, "⅜"), (5, 8, "⅝"), (7, 8, "⅞"), (1, 9, "⅑"), (1, 10, "⅒"),
        ]
        var table: [VulgarKey: String] = [:]
        for (numerator, denominator, character) in characters {
            table[VulgarKey(numerator: numerator, denominator: denominator)] = character
        }
        return table
    }()
}
