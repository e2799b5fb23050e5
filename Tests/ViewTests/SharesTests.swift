import Formatting
import Templating
import Testing
@testable import View

/// Amounts from whole kroner, for readable examples.
/// What `{{andel}}` shows.
func shown(_ value: TemplateValue) -> String? {
    if case .object(_, let text) = value { return text }
    return nil
}

func kroner(_ values: [Int64]) -> [Amount] { values.map { Amount(kroner: $0)! } }

@Test func sharesOfEqualPartsAddUpToExactlyAHundredPercent() throws {
    // 33,3 + 33,3 + 33,3 would be 99,9: the tenth left over goes to the first of the equal remainders.
    #expect(try Shares.tenthsOfPercent(kroner([1, 1, 1]), of: Amount(kroner: 3)!) == [334, 333, 333])
}

@Test func largestRemaindersDoNotOvershootWhereHalfUpRoundingWould() throws {
    // 33,35 + 33,35 + 33,30 pct.: rounded half-up each that is 33,4 + 33,4 + 33,3 = 100,1 pct.
    let amounts = [Amount(øre: 667), Amount(øre: 667), Amount(øre: 666)]
    let tenths = try Shares.tenthsOfPercent(amounts, of: Amount(øre: 2000))
    #expect(tenths == [334, 333, 333])
    #expect(tenths.reduce(0, +) == 1000)
    #expect(try Shares.rounded(amounts, of: Amount(øre: 2000)).map(shown) == ["33,4 pct.", "33,3 pct.", "33,3 pct."])
}

@Test func sharesThatDoNotAddUpToTheTotalAreFloored() throws {
    #expect(try Shares.tenthsOfPercent(kroner([1, 1]), of: Amount(kroner: 3)!) == [333, 333])
}

@Test func aZeroAmountHasAZeroShare() throws {
    #expect(try Shares.tenthsOfPercent(kroner([0, 4]), of: Amount(kroner: 4)!) == [0, 1000])
}

@Test func aNegativeAmountHasNoShare() {
    // It used to show as "0,-1 pct.".
    #expect(throws: ShareError.negativeAmount) {
        try Shares.tenthsOfPercent([Amount(øre: -1), Amount(øre: 1001)], of: Amount(øre: 1000))
    }
}

@Test func hugeAmountsOfATinyTotalAreAnErrorNotACrash() {
    // A huge positive and a huge negative area over a total of 1 øre overflowed the arithmetic (SIGILL).
    let huge = Amount(øre: Int64.max)
    #expect(throws: ShareError.tooLarge) {
        try Shares.tenthsOfPercent([huge, Amount(øre: 1)], of: Amount(øre: 1))
    }
    #expect(throws: ShareError.tooLarge) {
        try Shares.tenthsOfPercent([huge, huge], of: huge)  // the sum overflows
    }
    #expect(throws: ShareError.negativeAmount) {
        try Shares.tenthsOfPercent([huge, Amount(øre: -Int64.max)], of: Amount(øre: 1))
    }
}

@Test func theLargestAmountsThatFitStillHaveShares() throws {
    let half = Amount(øre: Int64.max / 2)
    #expect(try Shares.tenthsOfPercent([half, half], of: Amount(øre: half.øre * 2)) == [500, 500])
}

/// What `{{andel.brøk}}` shows, or nil when there is no fraction to show.
func fraction(_ value: TemplateValue) -> String? {
    guard case .object(let fields, _) = value, case .string(let text)? = fields["brøk"] else { return nil }
    return text
}

@Test func aFractionIsShownOnlyWhereOfficialsWriteOne() throws {
    // Solhaven: ¾ from Landsbyggefonden; 15, 7 and 3 pct. are not written as 3/20, 7/100, 3/100.
    let solhaven = try Shares.rounded(kroner([4_500_000, 900_000, 420_000, 180_000]), of: Amount(kroner: 6_000_000)!)
    #expect(solhaven.map(fraction) == ["¾", nil, nil, nil])
    #expect(solhaven.map(shown) == ["75,0 pct.", "15,0 pct.", "7,0 pct.", "3,0 pct."])
    // Områdefornyelse: ⅓ from the state, ⅔ from the municipality.
    #expect(try Shares.rounded(kroner([8, 16]), of: Amount(kroner: 24)!).map(fraction) == ["⅓", "⅔"])
    #expect(try Shares.rounded(kroner([1, 1, 2]), of: Amount(kroner: 4)!).map(fraction) == ["¼", "¼", "½"])
    // A fifth has a character (⅕), but no official writes it: "20,0 pct.".
    #expect(try Shares.rounded(kroner([1, 4]), of: Amount(kroner: 5)!).map(fraction) == [nil, nil])
    // Nothing, and all of it, are no fractions either.
    #expect(try Shares.rounded(kroner([0, 4]), of: Amount(kroner: 4)!).map(fraction) == [nil, nil])
}

@Test func theTotalRowIsAHundredPercentWithoutAFraction() {
    #expect(shown(Shares.whole) == "100,0 pct.")
    #expect(fraction(Shares.whole) == nil)
    guard case .object(let fields, _) = Shares.whole else { return }
    #expect(fields["pct"] == .string("100,0 pct."))
    #expect(fields["brøk"] == .null)
}
