import CommitteeDocsDiagnostics
import CommitteeDocsFormatting

/// The decisions of one meeting (beslutningsprotokol), which the secretary records after it in a
/// decisions file beside the meeting file: when the meeting began and ended, who was absent and
/// who stood in, how the agenda was approved, and each item's decision with its vote and
/// protocol remarks. The minutes (referat) are rendered from it and the meeting.
///
/// The wording follows Copenhagen's published minutes (kk.dk/dagsordener-og-referater), e.g.
/// Teknik- og Miljøudvalget 11.06.2018 ("Mødet begyndte kl. 15.00 og sluttede kl. 19.11.", "Der
/// var ingen afbud til dagens møde."), Borgerrepræsentationen 07.10.2021 punkt 1 ("Indstillingen
/// blev godkendt uden afstemning.", "Fraværende med afbud:" + "Navn (A), arbejde."), 04.11.2021
/// punkt 1 ("Stedfortrædere:", "… indkaldt som stedfortræder for …"), 12.10.2006 punkt 27
/// ("Indstillingen blev herefter godkendt med 33 stemmer imod 9. 5 undlod." + "For stemte: A, B,
/// C og Ø." / "Imod stemte: O og V." / "Følgende undlod at stemme: F.") and 13.09.2007 punkt 20
/// ("… afgav følgende protokolbemærkning:").
public struct Beslutningsprotokol: Hashable, Sendable {
    /// The meeting file, as written: relative to the decisions file.
    public var møde: Located<String>
    public var start: DanishTime
    public var slut: DanishTime
    /// "Fraværende med afbud".
    public var fraværende: [Fraværende]
    public var stedfortrædere: [Stedfortræder]
    /// The decision on item 1, "Godkendelse af dagsordenen".
    public var dagsordenen: String
    /// The decisions, in the file's order.
    public var punkter: [Punktbeslutning]
    /// Where the `punkter` key stands, for errors about the decisions as a whole (a missing one).
    public var punkterPosition: SourcePosition
    /// Where the file's data starts.
    public var position: SourcePosition

    /// The agenda's approval when the file says nothing else.
    public static let dagsordenenGodkendt = "Dagsordenen blev godkendt."

    public init(møde: Located<String>, start: DanishTime, slut: DanishTime, fraværende: [Fraværende] = [],
                stedfortrædere: [Stedfortræder] = [], dagsordenen: String = Beslutningsprotokol.dagsordenenGodkendt,
                punkter: [Punktbeslutning], punkterPosition: SourcePosition, position: SourcePosition) {
        self.møde = møde
        self.start = start
        self.slut = slut
        self.fraværende = fraværende
        self.stedfortrædere = stedfortrædere
        self.dagsordenen = dagsordenen
        self.punkter = punkter
        self.punkterPosition = punkterPosition
        self.position = position
    }

    /// The decision on the item numbered `nummer` ("TMU 231/19"), if one is recorded (the first,
    /// should there be two; `problems(against:)` reports that).
    public func beslutning(for nummer: String) -> Punktbeslutning? {
        punkter.first { $0.nummer.value == nummer }
    }

    /// "Mødet begyndte kl. 15.00 og sluttede kl. 16.40."
    public var mødetid: String {
        "Mødet begyndte \(start.withPrefix) og sluttede \(slut.withPrefix)."
    }

    /// Whether the decisions fit `møde`: every decision names an item of the meeting, and every
    /// item has exactly one decision. Each problem has its position in the decisions file; a
    /// missing decision is reported at the `punkter` key, naming the items without one.
    public func problems(against møde: Møde) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let numbers = møde.punkter.map(\.nummer)
        var decided: [String: Int] = [:]
        for (index, punkt) in punkter.enumerated() {
            let nummer = punkt.nummer
            if let first = decided[nummer.value] {
                found.append(Diagnostic(at: nummer.position, keyPath: nummer.keyPath,
                    ModelText.alreadyDecided(["item": quoted(nummer.value), "index": first])))
            } else if numbers.contains(nummer.value) {
                decided[nummer.value] = index
            } else {
                // A typo is most likely one of the items still without a decision.
                let undecided = numbers.filter { number in !punkter.contains { $0.nummer.value == number } }
                let hint = closestMatch(to: nummer.value, among: undecided).map { DiagnosticsText.didYouMean(["name": quoted($0)]) }
                    ?? DiagnosticsText.expectedOneOf(["names": numbers.joined(separator: ", ")])
                found.append(Diagnostic(at: nummer.position, keyPath: nummer.keyPath,
                                        ModelText.notAnItemOfMeeting(["item": quoted(nummer.value), "hint": hint])))
            }
        }
        let missing = numbers.filter { decided[$0] == nil }
        if !missing.isEmpty {
            found.append(Diagnostic(at: punkterPosition, keyPath: "punkter",
                ModelText.noDecisionFor(["items": ConjunctionList(missing)])))
        }
        return found
    }
}

/// A member absent with notice ("Fraværende med afbud"): "Jakob Thorsen (V), sygdom."
public struct Fraværende: Hashable, Sendable {
    public var navn: String
    /// The party's letter or name: "V", "Venstre".
    public var parti: String
    /// Why: "sygdom", "arbejde", "tjenesterejse"; nil when not recorded.
    public var grund: String?

    public init(navn: String, parti: String, grund: String? = nil) {
        self.navn = navn
        self.parti = parti
        self.grund = grund
    }
}

/// A substitute called in for an absent member.
public struct Stedfortræder: Hashable, Sendable {
    public var navn: String
    public var parti: String
    /// The absent member's name, as written under `fraværende`.
    public var `for`: Located<String>

    public init(navn: String, parti: String, for absent: Located<String>) {
        self.navn = navn
        self.parti = parti
        self.for = absent
    }
}

/// The decision on one item of the agenda.
public struct Punktbeslutning: Hashable, Sendable {
    public enum Resultat: String, Hashable, Sendable, CaseIterable {
        case godkendt
        case ikkeGodkendt = "ikke godkendt"
        case udsat
        case tagetTilEfterretning = "taget til efterretning"

        /// The status of the route step the decision settles: a rejection is `afvist`, and an
        /// orientation taken note of is done (`godkendt`).
        public var trinstatus: Trinstatus {
            switch self {
            case .godkendt, .tagetTilEfterretning: return .godkendt
            case .ikkeGodkendt: return .afvist
            case .udsat: return .udsat
            }
        }
    }

    /// The item's serial number, "TMU 231/19".
    public var nummer: Located<String>
    public var resultat: Resultat
    /// The vote; nil when the decision was made without one.
    public var afstemning: Afstemning?
    /// More of the decision, in Markdown (e.g. what the committee asked for).
    public var tekst: String?
    public var protokolbemærkninger: [Protokolbemærkning]
    public var position: SourcePosition
    public var keyPath: String

    public init(nummer: Located<String>, resultat: Resultat, afstemning: Afstemning? = nil, tekst: String? = nil,
                protokolbemærkninger: [Protokolbemærkning] = [], position: SourcePosition, keyPath: String) {
        self.nummer = nummer
        self.resultat = resultat
        self.afstemning = afstemning
        self.tekst = tekst
        self.protokolbemærkninger = protokolbemærkninger
        self.position = position
        self.keyPath = keyPath
    }

    /// The route status this decision gives the case's step for the meeting's body.
    public var trinstatus: Trinstatus { resultat.trinstatus }

    /// The decision as the minutes print it, one line each:
    /// "Indstillingen blev godkendt uden afstemning.", or with a vote "Indstillingen blev godkendt
    /// med 9 stemmer imod 2." then "For stemte: A, B, F, Ø og Å." and "Imod stemte: C og V."
    public var formulering: String {
        formuleringslinjer.joined(separator: "\n")
    }

    /// `formulering`, line by line.
    public var formuleringslinjer: [String] {
        let sætning: String
        switch resultat {
        case .godkendt: sætning = "Indstillingen blev godkendt"
        case .ikkeGodkendt: sætning = "Indstillingen blev ikke godkendt"
        case .udsat: sætning = "Sagen blev udsat"
        case .tagetTilEfterretning: sætning = "Orienteringen blev taget til efterretning"
        }
        guard let afstemning else {
            return [sætning + (resultat == .godkendt ? " uden afstemning." : ".")]
        }
        let forStemmer = afstemning.for.antal, imodStemmer = afstemning.imod.antal
        // The winning side first: "forkastet med 31 stemmer imod 9".
        let (flest, færrest) = resultat == .ikkeGodkendt ? (imodStemmer, forStemmer) : (forStemmer, imodStemmer)
        var første = "\(sætning) med \(flest) stemme\(flest == 1 ? "" : "r") imod \(færrest)."
        if let undlod = afstemning.undlod, undlod.antal > 0 {
            første += " \(undlod.antal) undlod."
        }
        var linjer = [første]
        if !afstemning.for.partier.isEmpty {
            linjer.append("For stemte: \(Dansk.opremsning(afstemning.for.partier)).")
        }
        if !afstemning.imod.partier.isEmpty {
            linjer.append("Imod stemte: \(Dansk.opremsning(afstemning.imod.partier)).")
        }
        if let undlod = afstemning.undlod, !undlod.partier.isEmpty {
            linjer.append("Følgende undlod at stemme: \(Dansk.opremsning(undlod.partier)).")
        }
        return linjer
    }
}

/// A vote on an item: the votes for and against, and the abstentions when recorded.
public struct Afstemning: Hashable, Sendable {
    public var `for`: Stemmer
    public var imod: Stemmer
    public var undlod: Stemmer?
    public var position: SourcePosition

    public init(for forStemmer: Stemmer, imod: Stemmer, undlod: Stemmer? = nil, position: SourcePosition) {
        self.for = forStemmer
        self.imod = imod
        self.undlod = undlod
        self.position = position
    }
}

/// One side of a vote: how many votes, and the parties that cast them.
public struct Stemmer: Hashable, Sendable {
    /// The parties' letters (or names), as written: "A", "Ø", "Løsgænger".
    public var partier: [String]
    public var antal: Int

    public init(partier: [String] = [], antal: Int) {
        self.partier = partier
        self.antal = antal
    }
}

/// A remark a party or member had entered in the minutes ("… afgav følgende protokolbemærkning:").
public struct Protokolbemærkning: Hashable, Sendable {
    /// Who made it: a party ("Venstre") or a member.
    public var af: String
    /// The remark, in Markdown.
    public var tekst: String

    public init(af: String, tekst: String) {
        self.af = af
        self.tekst = tekst
    }
}

extension Møde {
    /// The items in the agenda's order: open items in the file's order, then the closed ones
    /// (item 1, "Godkendelse af dagsordenen", comes before them all, so `agendaOrder[i]` is item
    /// i + 2).
    public var agendaOrder: [Punkt] {
        punkter.filter { $0.adgang == .åben } + punkter.filter { $0.adgang == .lukket }
    }
}

/// Danish sentence helpers.
enum Dansk {
    /// "A", "C og V", "A, B, F, Ø og Å".
    static func opremsning(_ dele: [String]) -> String {
        guard let sidste = dele.last else { return "" }
        return dele.count == 1 ? sidste : dele.dropLast().joined(separator: ", ") + " og " + sidste
    }
}
