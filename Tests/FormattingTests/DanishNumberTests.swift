import Testing
@testable import CommitteeDocsFormatting

@Suite("Danish numbers")
struct DanishNumberTests {
    @Test("Thousands are grouped with dots")
    func grouping() {
        #expect(DanishNumber.grouped(2_325_750) == "2.325.750")
        #expect(DanishNumber.grouped(999) == "999")
        #expect(DanishNumber.grouped(1000) == "1.000")
        #expect(DanishNumber.grouped(0) == "0")
        #expect(DanishNumber.grouped(-1500) == "-1.500")
        #expect(DanishNumber.grouped(Int64.min) == "-9.223.372.036.854.775.808")
    }

    @Test("Decimals come from exact fractions and are rounded half-up")
    func decimals() throws {
        #expect(DanishNumber.decimal(try #require(Ratio(3, 4)), decimals: 2) == "0,75")
        #expect(DanishNumber.decimal(try #require(Ratio(3, 4)), decimals: 1) == "0,8")
        #expect(DanishNumber.decimal(try #require(Ratio(1, 8)), decimals: 2) == "0,13")
        #expect(DanishNumber.decimal(try #require(Ratio(-1, 8)), decimals: 2) == "-0,13")
        #expect(DanishNumber.decimal(try #require(Ratio(2, 3)), decimals: 3) == "0,667")
        #expect(DanishNumber.decimal(try #require(Ratio(19_999, 2)), decimals: 0) == "10.000")
        #expect(DanishNumber.decimal(try #require(Ratio(999_999, 1000)), decimals: 2) == "1.000,00")
        #expect(DanishNumber.decimal(Ratio(Int64.max), decimals: 1) == "9.223.372.036.854.775.807,0")
    }

    @Test("Huge denominators do not overflow the long division")
    func hugeDenominator() throws {
        let tiny = try #require(Ratio(Int64.max - 1, Int64.max))
        #expect(DanishNumber.decimal(tiny, decimals: 20) == "0,99999999999999999989")
        #expect(DanishNumber.decimal(tiny, decimals: 2) == "1,00")
    }
}

@Test func checksumsAreWrittenAsLowerCaseHexadecimal() {
    #expect(Hex.string([0x00, 0x0F, 0xA5, 0xFF]) == "000fa5ff")
    #expect(Hex.string([UInt8]()) == "")
}
