/// An exact amount of Danish money, counted in øre (1 kr. = 100 øre) in an `Int64`.
///
/// Never floating point: sums and shares come out to the øre. Arithmetic that could overflow
/// has a checked form returning nil (`adding`, `subtracting`, `multiplied(by:)`, `sum()`);
/// the operators `+` and `-` trap on overflow like `Int64` does, so use them only on amounts
/// known to be small.
public struct Amount: Hashable, Comparable, Sendable {
    /// The amount in øre; negative for a negative amount.
    public let øre: Int64

    /// Zero kroner.
    public static let zero = Amount(øre: 0)

    /// The amount of `øre` øre.
    public init(øre: Int64) {
        self.øre = øre
    }

    /// `kroner` whole kroner, or nil when that many øre do not fit in Int64.
    public init?(kroner: Int64) {
        let (value, overflow) = kroner.multipliedReportingOverflow(by: 100)
        guard !overflow else { return nil }
        self.øre = value
    }

    /// The whole kroner, rounded toward zero: 1.234,50 kr. gives 1234.
    public var kroner: Int64 { øre / 100 }

    /// The øre beyond the whole kroner, 0–99 (as a magnitude, also for negative amounts).
    public var ørePart: Int64 { Int64(øre.magnitude % 100) }

    /// Whether the amount is below zero.
    public var isNegative: Bool { øre < 0 }

    /// The sum, or nil on overflow.
    public func adding(_ other: Amount) -> Amount? {
        let (value, overflow) = øre.addingReportingOverflow(other.øre)
        return overflow ? nil : Amount(øre: value)
    }

    /// The difference, or nil on overflow.
    public func subtracting(_ other: Amount) -> Amount? {
        let (value, overflow) = øre.subtractingReportingOverflow(other.øre)
        return overflow ? nil : Amount(øre: value)
    }

    /// The share `ratio` of this amount, rounded half-up (away from zero) to whole øre:
    /// ¾ of 1.000.001 kr. is 750.000,75 kr. Nil when the result does not fit in Int64.
    public func multiplied(by ratio: Ratio) -> Amount? {
        let product = øre.magnitude.multipliedFullWidth(by: ratio.numerator.magnitude)
        let divisor = ratio.denominator.magnitude
        guard product.high < divisor else { return nil }
        let (quotient, remainder) = divisor.dividingFullWidth(product)
        let rounded = quotient + (remainder >= divisor - remainder ? 1 : 0)
        let negative = (øre < 0) != (ratio.numerator < 0)
        guard rounded <= UInt64(Int64.max) else { return nil }
        return Amount(øre: negative ? -Int64(rounded) : Int64(rounded))
    }

    /// The sum; traps on overflow (use `adding(_:)` for untrusted amounts).
    public static func + (lhs: Amount, rhs: Amount) -> Amount {
        Amount(øre: lhs.øre + rhs.øre)
    }

    /// The difference; traps on overflow (use `subtracting(_:)` for untrusted amounts).
    public static func - (lhs: Amount, rhs: Amount) -> Amount {
        Amount(øre: lhs.øre - rhs.øre)
    }

    /// The amount with the opposite sign; traps only for the one amount of Int64.min øre.
    public static prefix func - (amount: Amount) -> Amount {
        Amount(øre: -amount.øre)
    }

    public static func < (lhs: Amount, rhs: Amount) -> Bool {
        lhs.øre < rhs.øre
    }
}

extension Sequence where Element == Amount {
    /// The exact total, or nil when it overflows; an empty sequence sums to zero.
    public func sum() -> Amount? {
        var total = Amount.zero
        for amount in self {
            guard let next = total.adding(amount) else { return nil }
            total = next
        }
        return total
    }
}
