import Testing
@testable import CommitteeDocsFormatting

@Suite("Ratios and fractions")
struct RatioTests {
    @Test("Ratios are reduced and keep the sign in the numerator")
    func reduction() throws {
        let ratio = try #require(Ratio(6, -8))
        #expect(ratio.numerator == -3)
        #expect(ratio.denominator == 4)
        #expect(Ratio(1, 0) == nil)
        #expect(Ratio(0, -5) == Ratio(0))
        #expect(Ratio(Int64.min, -1) == nil)
        #expect(Ratio(Int64.min, 2)?.numerator == Int64.min / 2)
    }

    @Test("Percentages are exact and rounded half-up")
    func percentages() throws {
        #expect(try #require(Ratio(3, 4)).percent() == "75 pct.")
        #expect(try #require(Ratio(39, 50)).percent(decimals: 1) == "78,0 pct.")
        #expect(try #require(Ratio(1, 8)).percent(decimals: 0) == "13 pct.")
        #expect(try #require(Ratio(1, 3)).percent(decimals: 2) == "33,33 pct.")
        #expect(try #require(Ratio(2, 3)).percent(decimals: 1) == "66,7 pct.")
        #expect(Ratio(12).percent() == "1.200 pct.")
        #expect(Ratio(Int64.max).percent() == "922.337.203.685.477.580.700 pct.")
    }

    @Test("A negative share that rounds to zero shows no minus sign")
    func negativeZero() throws {
        #expect(try #require(Ratio(-1, 400)).percent(decimals: 0) == "0 pct.")
        #expect(try #require(Ratio(-1, 200)).percent(decimals: 0) == "-1 pct.")
    }

    @Test("Common fractions have their own characters")
    func vulgarFractions() throws {
        let expected: [(Int64, Int64, String)] = [
            (3, 4, "¾"), (1, 4, "¼"), (1, 3, "⅓"), (2, 3, "⅔"), (1, 2, "½"), (2, 4, "½"),
            (1, 5, "⅕"), (4, 5, "⅘"), (5, 6, "⅚"), (1, 8, "⅛"), (7, 8, "⅞"), (1, 10, "⅒"),
        ]
        for (numerator, denominator, character) in expected {
            #expect(try #require(Ratio(numerator, denominator)).vulgarFraction == character)
        }
        #expect(try #require(Ratio(3, 7)).vulgarFraction == nil)
        #expect(try #require(Ratio(-3, 4)).vulgarFraction == nil)
        #expect(try #require(Ratio(5, 4)).vulgarFraction == nil)
    }

    @Test("Fraction text falls back to a slash")
    func fractionText() throws {
        #expect(try #require(Ratio(75, 100)).fractionText == "¾")
        #expect(try #require(Ratio(3, 7)).fractionText == "3/7")
        #expect(try #require(Ratio(-3, 7)).fractionText == "-3/7")
        #expect(try #require(Ratio(4, 2)).fractionText == "2")
    }

    @Test("Shares add up exactly: ¾ + ¼ = 1, ⅓ + ⅔ = 1")
    func sharesAddUp() throws {
        let fund = try #require(Ratio(3, 4))
        let local = try #require(Ratio(1, 4))
        #expect(fund.adding(local) == Ratio(1))
        let third = try #require(Ratio(1, 3))
        let twoThirds = try #require(Ratio(2, 3))
        #expect(third.adding(twoThirds) == Ratio(1))
        #expect(Ratio(Int64.max).adding(Ratio(1)) == nil)
    }

    @Test("Ratios compare by value, without overflow")
    func ordering() throws {
        let third = try #require(Ratio(1, 3))
        let half = try #require(Ratio(1, 2))
        let almostOne = try #require(Ratio(Int64.max - 1, Int64.max))
        #expect(third < half)
        #expect(try #require(Ratio(-1, 2)) < Ratio(0))
        #expect(almostOne < Ratio(1))
    }
}
