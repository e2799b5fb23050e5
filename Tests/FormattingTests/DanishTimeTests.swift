import Testing
@testable import CommitteeDocsFormatting

@Suite("Times of day")
struct DanishTimeTests {
    @Test("Colon and dot are both read; Danish text uses the dot")
    func readsBothSeparators() throws {
        #expect(try DanishTime.parse("17:30").formatted == "17.30")
        #expect(try DanishTime.parse("17.30").withPrefix == "kl. 17.30")
        #expect(try DanishTime.parse("kl. 9.05").formatted == "9.05")
        #expect(try DanishTime.parse("09:05").iso == "09:05")
        #expect(DanishTime(parsing: "0.00")?.formatted == "0.00")
    }

    @Test("Impossible times say why")
    func reasons() {
        let cases: [(String, String)] = [
            ("24.00", "\"24.00\" is not a time of day: there is no hour 24 (hours run 0–23)"),
            ("17.60", "\"17.60\" is not a time of day: there is no minute 60 (minutes run 00–59)"),
            ("17.3", "\"17.3\" is not a time of day: expected HH.MM or HH:MM, e.g. 17.30"),
            ("halv seks", "\"halv seks\" is not a time of day: expected HH.MM or HH:MM, e.g. 17.30"),
            ("123.45", "\"123.45\" is not a time of day: expected HH.MM or HH:MM, e.g. 17.30"),
        ]
        for (input, message) in cases {
            #expect(errorMessage(input, DanishTime.parse) == message)
        }
    }

    @Test("Times order through the day")
    func ordering() throws {
        let times = try ["17.30", "9.00", "17:05"].map(DanishTime.parse)
        #expect(times.sorted().map(\.formatted) == ["9.00", "17.05", "17.30"])
    }
}
