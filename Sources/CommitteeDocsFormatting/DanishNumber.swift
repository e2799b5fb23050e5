/// Numbers written the Danish way: thousands grouped with ".", decimals after ",".
public enum DanishNumber {
    /// `value` with thousands separators: `grouped(2325750)` is "2.325.750", `grouped(-1500)`
    /// is "-1.500".
    public static func grouped(_ value: Int64) -> String {
        (value < 0 ? "-" : "") + groupedDigits(String(value.magnitude))
    }

    /// `value` with thousands separators, as `grouped(_: Int64)`.
    public static func grouped(_ value: Int) -> String {
        grouped(Int64(value))
    }

    /// The exact value of `ratio` rounded half-up (away from zero) to `decimals` places:
    /// `decimal(Ratio(3, 4)!, decimals: 2)` is "0,75", with `decimals: 1` "0,8".
    /// `decimals` is clamped to 0…30. A value that rounds to zero has no minus sign.
    public static func decimal(_ ratio: Ratio, decimals: Int) -> String {
        scaledDecimal(ratio, powerOfTen: 0, decimals: decimals)
    }

    /// The value of `ratio × 10^powerOfTen`, exactly rounded half-up to `decimals` places,
    /// written with "." thousands and "," decimals. Percentages use `powerOfTen: 2`.
    static func scaledDecimal(_ ratio: Ratio, powerOfTen: Int, decimals: Int) -> String {
        let decimals = min(max(decimals, 0), 30)
        let expansion = DecimalExpansion(numerator: ratio.numerator.magnitude,
                                         denominator: ratio.denominator.magnitude,
                                         fractionDigits: decimals + powerOfTen)
        // Moving the decimal point right by `powerOfTen` turns fraction digits into integer digits.
        let splitAt = expansion.digits.count - decimals
        let integerDigits = expansion.digits[..<splitAt].drop(while: { $0 == 0 })
        let fractionDigits = expansion.digits[splitAt...]
        let isZero = expansion.digits.allSatisfy { $0 == 0 }
        var text = ratio.numerator < 0 && !isZero ? "-" : ""
        text += integerDigits.isEmpty ? "0" : groupedDigits(String(decoding: integerDigits.map { $0 + 0x30 }, as: UTF8.self))
        if !fractionDigits.isEmpty {
            text += "," + String(decoding: fractionDigits.map { $0 + 0x30 }, as: UTF8.self)
        }
        return text
    }

    /// A string of ASCII digits with a "." before every group of three from the right.
    static func groupedDigits(_ digits: String) -> String {
        let bytes = Array(digits.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + bytes.count / 3)
        for (index, byte) in bytes.enumerated() {
            if index > 0, (bytes.count - index) % 3 == 0 { result.append(UInt8(ascii: ".")) }
            result.append(byte)
        }
        return String(decoding: result, as: UTF8.self)
    }
}

/// The decimal digits of numerator / denominator, computed by exact long division and rounded
/// half-up at the last fraction digit (so 0.125 to two places is 0.13, never 0.12).
struct DecimalExpansion {
    /// The digits (0–9) of the integer part followed by `fractionDigits` fraction digits.
    private(set) var digits: [UInt8]

    init(numerator: UInt64, denominator: UInt64, fractionDigits: Int) {
        precondition(denominator > 0, "a ratio's denominator is never zero")
        let integerPart = numerator / denominator
        var remainder = numerator % denominator
        digits = String(integerPart).utf8.map { $0 - 0x30 }
        for _ in 0..<fractionDigits {
            // remainder < denominator, so remainder × 10 / denominator < 10 fits a full-width divide.
            let product = remainder.multipliedFullWidth(by: 10)
            let (digit, rest) = denominator.dividingFullWidth((high: product.high, low: product.low))
            digits.append(UInt8(digit))
            remainder = rest
        }
        if remainder >= denominator - remainder { roundUp() }
    }

    private mutating func roundUp() {
        var index = digits.count - 1
        while index >= 0 {
            if digits[index] < 9 {
                digits[index] += 1
                return
            }
            digits[index] = 0
            index -= 1
        }
        digits.insert(1, at: 0)
    }
}
