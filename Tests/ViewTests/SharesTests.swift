import CommitteeDocsFormatting
import CommitteeDocsTemplating
import Testing
@testable import CommitteeDocsView

/// What `{{andel}}` shows.
func shown(_ value: TemplateValue) -> String? {
    if case .object(_, let text) = value { return text }
    return nil
}

/// Amounts from whole kroner, for readable examples.
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

@Test func theTenthsLeftOverGoToTheLargestRemaindersNotTheFirstRows() throws {
    // 33,33 + 16,67 + 16,67 + 33,33 pct.: the two tenths left over go to the rows with ,67.
    #expect(try Shares.tenthsOfPercent(kroner([2, 1, 1, 2]), of: Amount(kroner: 6)!) == [333, 167, 167, 333])
}

@Test func equalRemaindersGoToTheEarlierRows() throws {
    // Six sixths (16,67 pct. each): four tenths are left over, so the first four rows get one.
    #expect(try Shares.tenthsOfPercent(kroner([1, 1, 1, 1, 1, 1]), of: Amount(kroner: 6)!) == [167, 167, 167, 167, 166, 166])
    #expect(try Shares.rounded(kroner([1, 1, 1, 1, 1, 1, 1]), of: Amount(kroner: 7)!).map(shown)
            == ["14,3 pct.", "14,3 pct.", "14,3 pct.", "14,3 pct.", "14,3 pct.", "14,3 pct.", "14,2 pct."])
}

@Test func sharesThatAddUpToTheTotalSumToExactlyAHundredPercent() throws {
    let examples: [[Int64]] = [[1, 1, 1], [2, 1, 1, 2], [1, 1, 1, 1, 1, 1, 1], [4_500_000, 900_000, 420_000, 180_000],
                               [1, 2, 3, 4, 5, 6, 7, 8, 9], [999_999, 1], [17, 0, 23, 0, 61], [3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3]]
    for amounts in examples {
        let total = Amount(kroner: amounts.reduce(0, +))!
        #expect(try Shares.tenthsOfPercent(kroner(amounts), of: total).reduce(0, +) == 1000, "\(amounts)")
    }
}

@Test func aSingleLineIsAHundredPercent() throws {
    #expect(try Shares.tenthsOfPercent(kroner([6_000_000]), of: Amount(kroner: 6_000_000)!) == [1000])
    #expect(try Shares.rounded(kroner([6_000_000]), of: Amount(kroner: 6_000_000)!).map(shown) == ["100,0 pct."])
}

@Test func aZeroTotalGivesEveryLineZero() throws {
    // Nothing to share (a plan whose amounts are all 0 kr.): 0,0 pct. each, not a division by zero.
    #expect(try Shares.tenthsOfPercent(kroner([0, 0]), of: Amount(kroner: 0)!) == [0, 0])
    #expect(try Shares.rounded(kroner([0, 0]), of: Amount(kroner: 0)!).map(shown) == ["0,0 pct.", "0,0 pct."])
    #expect(try Shares.rounded(kroner([0, 0]), of: Amount(kroner: 0)!).map(fraction) == [nil, nil])
    #expect(try Shares.tenthsOfPercent([], of: Amount(kroner: 0)!) == [])
}

@Test func manySmallLinesStillSumToAHundredPercent() throws {
    // 3.000 lines of 1 kr.: each is a third of a tenth; the first 1.000 rows get the tenths.
    let tenths = try Shares.tenthsOfPercent(kroner(Array(repeating: 1, count: 3000)), of: Amount(kroner: 3000)!)
    #expect(tenths.reduce(0, +) == 1000)
    #expect(tenths.prefix(1000).allSatisfy { $0 == 1 })
    #expect(tenths.dropFirst(1000).allSatisfy { $0 == 0 })
    // A small line beside a large one: 99,99 pct. shows as 100,0 and 0,01 pct. as 0,0.
    #expect(try Shares.rounded(kroner([9_999, 1]), of: Amount(kroner: 10_000)!).map(shown) == ["100,0 pct.", "0,0 pct."])
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
