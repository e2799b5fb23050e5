import Testing
@testable import CommitteeDocsFormatting

@Suite("Amounts of money")
struct AmountTests {
    @Test("Every accepted way of writing six million kroner")
    func acceptedForms() {
        let sixMillion: Int64 = 600_000_000
        for text in ["6000000", "6.000.000", "6 000 000", "6\u{00A0}000\u{00A0}000", "6.000.000 kr.",
                     "6000000kr", "6.000.000,00 kr.", "6.000.000,-", "  6000000.00  "] {
            #expect(Amount(parsing: text)?.øre == sixMillion, "\(text)")
        }
    }

    @Test("Øre after a comma or a point")
    func øreDigits() {
        #expect(Amount(parsing: "6000000.50")?.øre == 600_000_050)
        #expect(Amount(parsing: "6000000,50")?.øre == 600_000_050)
        #expect(Amount(parsing: "6.000.000,50")?.øre == 600_000_050)
        #expect(Amount(parsing: "6 000 000,50 kr.")?.øre == 600_000_050)
        #expect(Amount(parsing: "6,5")?.øre == 650)
    }

    @Test("A single dot before three digits groups thousands; before one or two it is a decimal point")
    func theDotRule() {
        #expect(Amount(parsing: "6.000")?.øre == 600_000)
        #expect(Amount(parsing: "6000.5")?.øre == 600_050)
        #expect(Amount(parsing: "6000.50")?.øre == 600_050)
        #expect(Amount(parsing: "1.234")?.øre == 123_400)
    }

    @Test("Negative amounts")
    func negative() {
        #expect(Amount(parsing: "-1.234,50 kr.")?.øre == -123_450)
        #expect(Amount(parsing: "−250")?.formatted == "-250 kr.")
        #expect(Amount(øre: -50).formatted == "-0,50 kr.")
    }

    @Test("Ambiguous and malformed amounts say why")
    func reasons() {
        let cases: [(String, String)] = [
            ("6.00.000", "thousands are grouped by three digits, e.g. 6.000.000"),
            ("6.5000", "thousands are grouped by three digits, e.g. 6.000.000"),
            ("6.000 000", "it mixes \".\" and spaces as thousands separators"),
            ("6,505", "øre have at most two digits"),
            ("1,2,3", "it has more than one decimal comma"),
            (",50", "expected digits before the decimal separator"),
            ("6,", "expected øre digits after the decimal separator"),
            ("5-3", "a minus sign may only stand first"),
            ("", "expected digits grouped by \".\" or spaces and an optional \",\" with øre, e.g. 6.000.000,50 kr."),
            ("seks kr.", "expected digits grouped by \".\" or spaces and an optional \",\" with øre, e.g. 6.000.000,50 kr."),
            ("6e6", "expected digits grouped by \".\" or spaces and an optional \",\" with øre, e.g. 6.000.000,50 kr."),
            ("92233720368547758.08", "it is too large (the limit is 92.233.720.368.547.758,07 kr.)"),
            ("99999999999999999999", "it is too large (the limit is 92.233.720.368.547.758,07 kr.)"),
        ]
        for (input, reason) in cases {
            #expect(errorMessage(input, Amount.parse) == "\"\(input)\" is not an amount: \(reason)")
        }
    }

    @Test("The largest amount is read exactly")
    func largestAmount() {
        #expect(Amount(parsing: "92.233.720.368.547.758,07")?.øre == Int64.max)
        #expect(Amount(parsing: "-92.233.720.368.547.758,07")?.øre == -Int64.max)
    }

    @Test("Formatted with thousands dots, øre only when there are some")
    func formatting() {
        #expect(Amount(øre: 123_456_700).formatted == "1.234.567 kr.")
        #expect(Amount(øre: 123_456_750).formatted == "1.234.567,50 kr.")
        #expect(Amount(øre: 123_456_705).formattedNumber == "1.234.567,05")
        #expect(Amount(øre: 123_456_700).formattedNumber == "1.234.567")
        #expect(Amount(øre: 500).formatted == "5 kr.")
        #expect(Amount(øre: 0).formatted == "0 kr.")
        #expect(Amount(øre: 123_456_700).formattedNumberWithØre == "1.234.567,00")
        #expect(Amount(øre: Int64.max).formatted == "92.233.720.368.547.758,07 kr.")
    }

    @Test("Millions are rounded exactly half-up, also for negative amounts")
    func millions() throws {
        #expect(try #require(Amount(kroner: 406_000_000)).millions(decimals: 1) == "406,0 mio. kr.")
        #expect(try #require(Amount(kroner: 2_325_750)).millions(decimals: 1) == "2,3 mio. kr.")
        #expect(try #require(Amount(kroner: 2_350_000)).millions(decimals: 1) == "2,4 mio. kr.")
        #expect(try #require(Amount(kroner: 2_349_999)).millions(decimals: 1) == "2,3 mio. kr.")
        #expect(try #require(Amount(kroner: -2_350_000)).millions(decimals: 1) == "-2,4 mio. kr.")
        #expect(try #require(Amount(kroner: 1_500_000)).millions(decimals: 0) == "2 mio. kr.")
        #expect(try #require(Amount(kroner: 40_000)).millions(decimals: 1) == "0,0 mio. kr.")
        #expect(try #require(Amount(kroner: -40_000)).millions(decimals: 1) == "0,0 mio. kr.")
        #expect(try #require(Amount(kroner: 1_234_567_890_000)).millions(decimals: 2) == "1.234.567,89 mio. kr.")
    }

    @Test("Sums add up to the øre")
    func sums() throws {
        let lines = try ["1.000.000,10", "2.325.750", "0,90", "-325.751"].map(Amount.parse)
        #expect(lines.sum()?.formatted == "3.000.000 kr.")
        #expect([Amount]().sum() == .zero)
        #expect(lines[0] + lines[1] - lines[2] == Amount(øre: 332_574_920))
        #expect(lines[3] < lines[2])
    }

    @Test("Overflowing arithmetic gives nil instead of trapping")
    func overflow() {
        let largest = Amount(øre: .max)
        #expect(largest.adding(Amount(øre: 1)) == nil)
        #expect(Amount(øre: .min).subtracting(Amount(øre: 1)) == nil)
        #expect([largest, largest, Amount(øre: -Int64.max)].sum() == nil)
        #expect(Amount(kroner: Int64.max / 10) == nil)
    }

    @Test("Shares of a budget are rounded half-up to the øre and add up")
    func shares() throws {
        let budget = try Amount.parse("1.000.001 kr.")
        let threeQuarters = try #require(Ratio(3, 4))
        let fund = try #require(budget.multiplied(by: threeQuarters))
        #expect(fund.formatted == "750.000,75 kr.")
        let local = try #require(budget.subtracting(fund))
        #expect(local.formatted == "250.000,25 kr.")
        #expect(Amount(øre: 1).multiplied(by: Ratio(1, 2)!) == Amount(øre: 1))
        #expect(Amount(øre: -1).multiplied(by: Ratio(1, 2)!) == Amount(øre: -1))
        #expect(Amount(øre: .max).multiplied(by: Ratio(2, 1)!) == nil)
        #expect(Ratio(local, of: budget) == Ratio(25_000_025, 100_000_100))
    }
}
