import CommitteeDocsDiagnostics
import Foundation

/// A case number (`Sagsnr.`) such as `2009-45219`: the year, a dash and 4–7 digits.
public struct Sagsnummer: Hashable, Sendable, CustomStringConvertible {
    public let year: Int
    public let serial: String

    /// Parses `YYYY-NNNNN`; throws a reason a person can act on.
    public init(parsing text: String) throws(IdentifierError) {
        (year, serial) = try parseYearSerial(text, what: ModelText.aCaseNumber(), example: "2009-45219")
    }

    public var description: String { "\(year)-\(serial)" }
}

/// A document number (`Dokumentnr.`) such as `2009-199623`: the year, a dash and 4–7 digits.
public struct Dokumentnummer: Hashable, Sendable, CustomStringConvertible {
    public let year: Int
    public let serial: String

    public init(parsing text: String) throws(IdentifierError) {
        (year, serial) = try parseYearSerial(text, what: ModelText.aDocumentNumber(), example: "2009-199623")
    }

    public var description: String { "\(year)-\(serial)" }
}

/// A KLE journal number: `NN.NN.NN`, optionally with an action facet (a capital letter and two
/// digits), e.g. `00.22.04P35`, `08.03.00G01`.
public struct KLENummer: Hashable, Sendable, CustomStringConvertible {
    public let text: String

    public init(parsing text: String) throws(IdentifierError) {
        let scalars = Array(text.unicodeScalars)
        func isDigit(_ index: Int) -> Bool { scalars[index].properties.numericType != nil && scalars[index].isASCII }
        let groupsValid = scalars.count >= 8
            && [0, 1, 3, 4, 6, 7].allSatisfy(isDigit)
            && scalars[2] == "." && scalars[5] == "."
        let facetValid = scalars.count == 8
            || (scalars.count == 11 && ("A"..."Z").contains(scalars[8]) && isDigit(9) && isDigit(10))
        guard groupsValid, facetValid else {
            throw IdentifierError(ModelText.notAKLENumber(["value": quoted(text)]))
        }
        self.text = text
    }

    public var description: String { text }
}

/// Why an identifier was refused.
public struct IdentifierError: Error, Hashable, Sendable {
    public let message: Message
    public init(_ message: Message) { self.message = message }
}

/// The years accepted in case and document numbers: the municipality's digital case files start
/// well after 1970, and a year past 2099 is a typo.
public let identifierYears = 1970...2099

private func parseYearSerial(_ text: String, what: Message, example: String) throws(IdentifierError) -> (Int, String) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    let allDigits = { (part: Substring) in !part.isEmpty && part.utf8.allSatisfy { (0x30...0x39).contains($0) } }
    guard parts.count == 2, parts[0].utf8.count == 4, allDigits(parts[0]), allDigits(parts[1]),
          (4...7).contains(parts[1].utf8.count)
    else {
        throw IdentifierError(ModelText.notYearSerial(["value": quoted(text), "what": what, "example": example]))
    }
    let year = Int(parts[0])!
    guard identifierYears.contains(year) else {
        throw IdentifierError(ModelText.identifierYearOutside(["value": quoted(text), "what": what, "year": year,
                                                            "range": "\(identifierYears.lowerBound)–\(identifierYears.upperBound)"]))
    }
    return (year, String(parts[1]))
}

/// A value quoted for an error message, shortened when long so a 1 MB value does not flood the terminal.
public func quoted(_ text: String) -> String {
    var shown = text.unicodeScalars.count > 60 ? String(String.UnicodeScalarView(text.unicodeScalars.prefix(57))) + "…" : text
    shown = shown.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    return "\"\(shown)\""
}
