import CommitteeDocsDiagnostics
extension DanishDate {
    /// Reads a date written `YYYY-MM-DD` ("2009-04-06") or `DD-MM-YYYY` ("06-04-2009").
    ///
    /// Both forms need all their digits (two for day and month, four for the year); white space
    /// around the date is ignored. The year must lie in `plausibleYears`.
    /// - Throws: a `FormatError` saying why, e.g. `"2009-02-29" is not a date: February 2009 has 28 days`.
    public static func parse(_ text: String) throws(FormatError) -> DanishDate {
        let bytes = Array(ASCIIText.trimmed(text).utf8.prefix(11))
        let fields: (year: Int, month: Int, day: Int)?
        if bytes.count != 10 {
            fields = nil
        } else if bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") {
            fields = numbers(bytes, year: 0..<4, month: 5..<7, day: 8..<10)
        } else if bytes[2] == UInt8(ascii: "-"), bytes[5] == UInt8(ascii: "-") {
            fields = numbers(bytes, year: 6..<10, month: 3..<5, day: 0..<2)
        } else {
            fields = nil
        }
        guard let (year, month, day) = fields else {
            throw error(text, FormattingText.dateSyntax())
        }
        guard plausibleYears.contains(year) else {
            throw error(text, FormattingText.yearOutside(["year": "\(year)", "range": "\(plausibleYears.lowerBound)–\(plausibleYears.upperBound)"]))
        }
        if let problem = calendarProblem(year: year, month: month, day: day) {
            throw error(text, problem)
        }
        return DanishDate(year: year, month: month, day: day)!
    }

    /// Reads `YYYY-MM-DD` or `DD-MM-YYYY` as `parse(_:)` does; nil when that fails.
    public init?(parsing text: String) {
        guard let date = try? DanishDate.parse(text) else { return nil }
        self = date
    }

    /// Reads the ISO form `YYYY-MM-DD` only ("2009-04-06"); nil for anything else, including
    /// days that do not exist and years outside `plausibleYears`.
    public init?(iso text: String) {
        let bytes = Array(text.utf8.prefix(11))
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let date = DanishDate(parsing: text)
        else { return nil }
        self = date
    }

    private static func numbers(_ bytes: [UInt8], year: Range<Int>, month: Range<Int>,
                                day: Range<Int>) -> (Int, Int, Int)? {
        guard let y = ASCIIText.number(bytes[year]), let m = ASCIIText.number(bytes[month]),
              let d = ASCIIText.number(bytes[day])
        else { return nil }
        return (y, m, d)
    }

    private static func error(_ text: String, _ reason: Message) -> FormatError {
        FormatError(expected: FormattingText.aDate(), input: text, reason: reason)
    }
}
