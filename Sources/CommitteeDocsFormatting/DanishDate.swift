import CommitteeDocsDiagnostics
/// A calendar date (proleptic Gregorian calendar) with the ways Danish documents write it.
///
/// Create one from numbers with `init?(year:month:day:)` or from text with `parse(_:)`.
/// Dates order chronologically.
public struct DanishDate: Hashable, Comparable, Sendable {
    /// The year, 1–9999.
    public let year: Int
    /// The month, 1 (januar) – 12 (december).
    public let month: Int
    /// The day of the month, 1–31.
    public let day: Int

    /// The years accepted when a date is read from text; a year outside is almost surely a typo.
    public static let plausibleYears = 1900...2199

    /// The date, or nil when there is no such day (2009-02-29, month 13 …) or the year is
    /// outside 1–9999.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year),
              DanishDate.calendarProblem(year: year, month: month, day: day) == nil
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Why year-month-day is not a day of the calendar ("February 2009 has 28 days"), or nil.
    static func calendarProblem(year: Int, month: Int, day: Int) -> Message? {
        guard (1...12).contains(month) else { return FormattingText.noMonth(["month": month]) }
        guard day >= 1 else { return FormattingText.noDay(["day": day]) }
        let length = daysInMonth(month, year: year)
        guard day <= length else {
            return FormattingText.monthDays(["month": FormattingText.month(month)(), "year": year, "days": length])
        }
        return nil
    }

    /// Whether `year` has a 29 February.
    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days of `month` (1–12) in `year`.
    public static func daysInMonth(_ month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (negative before), after Howard Hinnant's `days_from_civil`.
    var daysSinceEpoch: Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    public static func < (lhs: DanishDate, rhs: DanishDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}
