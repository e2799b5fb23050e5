/// Dates, times of day and amounts that do not parse (Formatting/FormatError.swift).
public enum FormattingText: String, CatalogEntry {
    case notA
    case aDate
    case aTimeOfDay
    case anAmount
    case amountSyntax
    case amountTooLarge
    case twoDecimalCommas
    case digitsBeforeSeparator
    case minusFirst
    case mixedSeparators
    case groupsOfThree
    case oereDigitsMissing
    case oereTwoDigits
    case dateSyntax
    case yearOutside
    case noMonth
    case noDay
    case monthDays
    case timeSyntax
    case noHour
    case noMinute
    case january, february, march, april, may, june, july, august, september, october, november, december

    public static let area = "formatting"

    public var texts: (en: String, da: String) {
        switch self {
        case .notA: ("%{value} is not %{expected}: %{reason}", "%{value} er ikke %{expected}: %{reason}")
        case .aDate: ("a date", "en dato")
        case .aTimeOfDay: ("a time of day", "et klokkeslæt")
        case .anAmount: ("an amount", "et beløb")
        case .amountSyntax:
            ("expected digits grouped by \".\" or spaces and an optional \",\" with øre, e.g. 6.000.000,50 kr.",
             "forventede cifre grupperet med \".\" eller mellemrum og eventuelt \",\" med øre, f.eks. 6.000.000,50 kr.")
        case .amountTooLarge: ("it is too large (the limit is %{limit})", "det er for stort (grænsen er %{limit})")
        case .twoDecimalCommas: ("it has more than one decimal comma", "det har mere end ét decimalkomma")
        case .digitsBeforeSeparator: ("expected digits before the decimal separator", "forventede cifre før decimalkommaet")
        case .minusFirst: ("a minus sign may only stand first", "et minustegn må kun stå forrest")
        case .mixedSeparators:
            ("it mixes \".\" and spaces as thousands separators", "det blander \".\" og mellemrum som tusindtalsseparator")
        case .groupsOfThree:
            ("thousands are grouped by three digits, e.g. 6.000.000", "tusinder grupperes i tre cifre, f.eks. 6.000.000")
        case .oereDigitsMissing: ("expected øre digits after the decimal separator", "forventede øre efter decimalkommaet")
        case .oereTwoDigits: ("øre have at most two digits", "øre har højst to cifre")
        case .dateSyntax:
            ("expected YYYY-MM-DD or DD-MM-YYYY, e.g. 2009-04-06 or 06-04-2009",
             "forventet ÅÅÅÅ-MM-DD eller DD-MM-ÅÅÅÅ, f.eks. 2009-04-06 eller 06-04-2009")
        case .yearOutside: ("the year %{year} is outside %{range}", "årstallet %{year} ligger uden for %{range}")
        case .noMonth: ("there is no month %{month}", "der findes ingen måned %{month}")
        case .noDay: ("there is no day %{day} in a month", "der findes ingen dag %{day} i en måned")
        case .monthDays: ("%{month} %{year} has %{days} days", "%{month} %{year} har %{days} dage")
        case .timeSyntax: ("expected HH.MM or HH:MM, e.g. 17.30", "forventet TT.MM eller TT:MM, f.eks. 17.30")
        case .noHour: ("there is no hour %{hour} (hours run 0–23)", "der findes ingen time %{hour} (timerne går fra 0 til 23)")
        case .noMinute:
            ("there is no minute %{minute} (minutes run 00–59)", "der findes intet minut %{minute} (minutterne går fra 00 til 59)")
        case .january: ("January", "januar")
        case .february: ("February", "februar")
        case .march: ("March", "marts")
        case .april: ("April", "april")
        case .may: ("May", "maj")
        case .june: ("June", "juni")
        case .july: ("July", "juli")
        case .august: ("August", "august")
        case .september: ("September", "september")
        case .october: ("October", "oktober")
        case .november: ("November", "november")
        case .december: ("December", "december")
        }
    }

    /// The name of month 1–12.
    public static func month(_ number: Int) -> FormattingText {
        [.january, .february, .march, .april, .may, .june, .july, .august, .september, .october, .november, .december][number - 1]
    }
}
