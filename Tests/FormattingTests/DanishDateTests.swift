import Testing
@testable import CommitteeDocsFormatting

@Suite("Danish dates")
struct DanishDateTests {
    @Test("An ISO date is shown in the memo's side column, in running text and with its weekday")
    func formsOfTheMemoDate() throws {
        let date = try #require(DanishDate(iso: "2009-04-06"))
        #expect(date.numeric == "06-04-2009")
        #expect(date.long == "6. april 2009")
        #expect(date.withWeekday == "mandag den 6. april 2009")
        #expect(date.iso == "2009-04-06")
        #expect(date.monthName == "april")
        #expect(date.weekday == .monday)
        #expect(date.weekday.name == "mandag")
    }

    @Test("The BR meeting of 3 April 2008 was on a Thursday")
    func weekdayOfTheCouncilMeeting() throws {
        let date = try DanishDate.parse("2008-04-03")
        #expect(date.withWeekday == "torsdag den 3. april 2008")
    }

    @Test("Weekdays of dates around leap days, the epoch and centuries")
    func weekdaysOfKnownDates() throws {
        let known: [(String, String)] = [
            ("1970-01-01", "torsdag"), ("2000-02-29", "tirsdag"), ("1900-01-01", "mandag"),
            ("2024-12-31", "tirsdag"), ("2199-12-31", "tirsdag"), ("2009-04-12", "søndag"),
            ("2009-04-11", "lørdag"), ("1969-12-31", "onsdag"),
        ]
        for (iso, weekday) in known {
            #expect(try DanishDate.parse(iso).weekday.name == weekday, "\(iso)")
        }
    }

    @Test("New Year's Eve in long form")
    func lastDayOfTheYear() throws {
        #expect(try DanishDate.parse("31-12-2010").long == "31. december 2010")
    }

    @Test("The day-month-year form is read like the ISO form")
    func dayMonthYearInput() throws {
        #expect(try DanishDate.parse("06-04-2009") == DanishDate(year: 2009, month: 4, day: 6))
        #expect(DanishDate(parsing: " 06-04-2009 ")?.iso == "2009-04-06")
        #expect(DanishDate(iso: "06-04-2009") == nil)
    }

    @Test("29 February exists in leap years only; 1900 was none, 2000 was one")
    func leapDays() {
        #expect(DanishDate(iso: "2008-02-29")?.long == "29. februar 2008")
        #expect(DanishDate(iso: "2000-02-29") != nil)
        #expect(DanishDate(iso: "1900-02-29") == nil)
        #expect(DanishDate(iso: "2009-02-29") == nil)
        #expect(DanishDate.daysInMonth(2, year: 2100) == 28)
    }

    @Test("An impossible date says why")
    func reasonsForInvalidDates() {
        let cases: [(String, String)] = [
            ("2009-02-29", "\"2009-02-29\" is not a date: February 2009 has 28 days"),
            ("2009-13-01", "\"2009-13-01\" is not a date: there is no month 13"),
            ("31-04-2009", "\"31-04-2009\" is not a date: April 2009 has 30 days"),
            ("2009-04-00", "\"2009-04-00\" is not a date: there is no day 0 in a month"),
            ("1850-01-01", "\"1850-01-01\" is not a date: the year 1850 is outside 1900–2199"),
            ("2009-4-6", "\"2009-4-6\" is not a date: expected YYYY-MM-DD or DD-MM-YYYY, e.g. 2009-04-06 or 06-04-2009"),
            ("06.04.2009", "\"06.04.2009\" is not a date: expected YYYY-MM-DD or DD-MM-YYYY, e.g. 2009-04-06 or 06-04-2009"),
            ("", "\"\" is not a date: expected YYYY-MM-DD or DD-MM-YYYY, e.g. 2009-04-06 or 06-04-2009"),
        ]
        for (input, message) in cases {
            #expect(errorMessage(input, DanishDate.parse) == message)
        }
    }

    @Test("A megabyte of input is refused quickly with a shortened message")
    func hugeInput() {
        let input = String(repeating: "2009-04-06", count: 100_000)
        #expect(errorMessage(input, DanishDate.parse)
            == "\"2009-04-062009-04-062009-04-062009-04-06…\" is not a date: expected YYYY-MM-DD or DD-MM-YYYY, e.g. 2009-04-06 or 06-04-2009")
    }

    @Test("Dates order chronologically")
    func ordering() throws {
        let dates = try ["2009-04-06", "2008-04-03", "2009-03-18", "2009-04-05"].map(DanishDate.parse)
        #expect(dates.sorted().map(\.iso) == ["2008-04-03", "2009-03-18", "2009-04-05", "2009-04-06"])
    }

    @Test("Years before 1000 keep four digits")
    func smallYears() throws {
        let date = try #require(DanishDate(year: 800, month: 1, day: 2))
        #expect(date.numeric == "02-01-0800")
        #expect(date.iso == "0800-01-02")
        #expect(DanishDate(year: 0, month: 1, day: 1) == nil)
    }
}
