/// A day of the week; `name` is its Danish name in lower case.
public enum Weekday: Int, CaseIterable, Hashable, Sendable, CustomStringConvertible {
    case monday = 1, tuesday, wednesday, thursday, friday, saturday, sunday

    /// The Danish name in lower case, as used in running text: "mandag" … "søndag".
    public var name: String {
        ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"][rawValue - 1]
    }

    /// The Danish name.
    public var description: String { name }
}

extension DanishDate: CustomStringConvertible {
    /// The Danish month names in lower case.
    static let monthNames = [
        "januar", "februar", "marts", "april", "maj", "juni",
        "juli", "august", "september", "oktober", "november", "december",
    ]

    /// The date as in a memo's side column: "06-04-2009".
    public var numeric: String {
        "\(ASCIIText.zeroPadded(day, width: 2))-\(ASCIIText.zeroPadded(month, width: 2))-"
            + ASCIIText.zeroPadded(year, width: 4)
    }

    /// The date in running text: "6. april 2009".
    public var long: String {
        "\(day). \(monthName) \(year)"
    }

    /// The date with its weekday, as on an agenda: "mandag den 6. april 2009".
    public var withWeekday: String {
        "\(weekday.name) den \(long)"
    }

    /// The ISO 8601 form: "2009-04-06".
    public var iso: String {
        "\(ASCIIText.zeroPadded(year, width: 4))-\(ASCIIText.zeroPadded(month, width: 2))-"
            + ASCIIText.zeroPadded(day, width: 2)
    }

    /// The Danish name of the month in lower case: "april".
    public var monthName: String {
        DanishDate.monthNames[month - 1]
    }

    /// The day of the week.
    public var weekday: Weekday {
        // 1970-01-01 was a Thursday: index 3 when Monday is 0.
        let mondayBased = ((daysSinceEpoch % 7) + 7 + 3) % 7
        return Weekday(rawValue: mondayBased + 1)!
    }

    /// The ISO form, for logs and debugging.
    public var description: String { iso }
}
