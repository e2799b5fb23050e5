/// An exact fraction of two integers, always reduced, with a positive denominator.
///
/// Shares of a budget (¾ from Landsbyggefonden, ¼ local) are ratios, so they add up exactly.
public struct Ratio: Hashable, Comparable, Sendable {
    /// The numerator; carries the sign.
    public let numerator: Int64
    /// The denominator, always at least 1.
    public let denominator: Int64

    /// numerator / denominator reduced to lowest terms, or nil when the denominator is zero
    /// (or the reduced fraction does not fit in `Int64`, which only Int64.min can cause).
    public init?(_ numerator: Int64, _ denominator: Int64) {
        guard denominator != 0 else { return nil }
        self.init(negative: (numerator < 0) != (denominator < 0),
                  numerator.magnitude, denominator.magnitude)
    }

    /// The whole number `value` as a ratio (value / 1).
    public init(_ value: Int64) {
        numerator = value
        denominator = 1
    }

    /// The share `part` is of `whole`, or nil when `whole` is zero.
    public init?(_ part: Amount, of whole: Amount) {
        self.init(part.øre, whole.øre)
    }

    /// Reduces magnitudes and applies the sign; nil when the result does not fit in Int64.
    init?(negative: Bool, _ numerator: UInt64, _ denominator: UInt64) {
        let divisor = Ratio.greatestCommonDivisor(numerator, denominator)
        let reducedNumerator = numerator / divisor
        let reducedDenominator = denominator / divisor
        let limit = UInt64(Int64.max) + (negative ? 1 : 0)
        guard reducedDenominator <= UInt64(Int64.max), reducedNumerator <= limit else { return nil }
        self.numerator = negative ? Int64(bitPattern: 0 &- reducedNumerator) : Int64(reducedNumerator)
        self.denominator = Int64(reducedDenominator)
    }

    /// Whether the ratio is a whole number (denominator 1).
    public var isWhole: Bool { denominator == 1 }

    /// The sum, or nil when it does not fit in Int64 numerator and denominator.
    public func adding(_ other: Ratio) -> Ratio? {
        // a/b + c/d = (a·(d/g) + c·(b/g)) / (b·(d/g)) with g = gcd(b, d), which keeps numbers small.
        let common = Int64(Ratio.greatestCommonDivisor(denominator.magnitude, other.denominator.magnitude))
        let (left, leftOverflow) = numerator.multipliedReportingOverflow(by: other.denominator / common)
        let (right, rightOverflow) = other.numerator.multipliedReportingOverflow(by: denominator / common)
        let (sum, sumOverflow) = left.addingReportingOverflow(right)
        let (base, baseOverflow) = denominator.multipliedReportingOverflow(by: other.denominator / common)
        guard !leftOverflow, !rightOverflow, !sumOverflow, !baseOverflow else { return nil }
        return Ratio(sum, base)
    }

    public static func < (lhs: Ratio, rhs: Ratio) -> Bool {
        // Cross-multiplying in full width cannot overflow; denominators are positive.
        let left = lhs.numerator.multipliedFullWidth(by: rhs.denominator)
        let right = rhs.numerator.multipliedFullWidth(by: lhs.denominator)
        return (left.high, left.low) < (right.high, right.low)
    }

    static func greatestCommonDivisor(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var (x, y) = (a, b)
        while y != 0 { (x, y) = (y, x % y) }
        return max(x, 1)
    }
}
