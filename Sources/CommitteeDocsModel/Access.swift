import CommitteeDocsDiagnostics
import CommitteeDocsLoading

/// Why a closed document or item is closed: the ground as the official wrote it, e.g.
/// "Offentlighedslovens § 30, nr. 1 (oplysninger om private personers økonomiske forhold)".
/// It is shown in the internal edition and in a rendered document; the public edition shows only
/// the standard text of a closed item.
///
/// The grounds an official cites are the exemptions of offentlighedsloven (LOV nr. 606 af
/// 12/06/2013): § 30, nr. 1, private persons' circumstances; § 33, nr. 3, the public's economic
/// interests (https://danskelove.dk/offentlighedsloven/30-33).
public typealias LukketGrund = String

extension DataReader {
    /// The keys `adgang` (åben, the default, or lukket) and `lukket-grund` (only with lukket).
    /// Returns nil for the access when it is invalid (the error is recorded).
    mutating func access(_ fields: Fields, _ path: DataPath) -> (adgang: Adgang?, grund: LukketGrund?) {
        let adgang = fields.present("adgang") == nil ? Adgang.åben
            : choice(fields.present("adgang"), path.appending(key: "adgang"), Adgang.allCases.map { ($0.rawValue, $0) })
        let grundNode = fields.present("lukket-grund")
        let grund = nonEmptyText(grundNode, path.appending(key: "lukket-grund"))
        if let grundNode, adgang == .åben {
            error(grundNode, path.appending(key: "lukket-grund"),
                  ModelText.closedGroundOnOpen())
            return (nil, nil)
        }
        return (adgang, grund)
    }
}
