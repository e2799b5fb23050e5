import CommitteeDocsDiagnostics
import CommitteeDocsFormatting
import CommitteeDocsLoading

/// Reads a decisions file (`referat:`, `dagsordenen:`, `punkter:`) into a `Beslutningsprotokol`,
/// with every problem of the file at once. Checks that need only the file are made here: times
/// of day and that the meeting ends after it starts, item numbers, vote counts (whole numbers
/// from 0, at least one vote per party named, no party on two sides, a result the vote carries),
/// and that each substitute stands in for an absent member. Whether the decisions fit their
/// meeting is `Beslutningsprotokol.problems(against:)`.
///
/// ```yaml
/// referat:
///   møde: tmu-2019-09-02.yaml        # the meeting file, relative to this file
///   start: "15:00"
///   slut: "16:40"
///   fraværende: [{navn: Jakob Thorsen, parti: V, grund: sygdom}]
///   stedfortrædere: [{navn: Louise Kragh, parti: V, for: Jakob Thorsen}]
/// dagsordenen: Dagsordenen blev godkendt.   # optional; this is the default
/// punkter:
///   - nummer: TMU 233/19
///     resultat: godkendt               # godkendt, ikke godkendt, udsat, taget til efterretning
///     afstemning:                      # absent: "… uden afstemning."
///       for: {partier: [A, B, F, Ø, Å], antal: 9}
///       imod: {partier: [C, V], antal: 2}
///       undlod: {partier: [O], antal: 1}   # optional
///     tekst: …                         # optional, Markdown
///     protokolbemærkninger: [{af: Venstre, tekst: …}]
/// ```
public enum DecisionsDecoder {
    static let topKeys = ["referat", "dagsordenen", "punkter"]
    static let headerKeys = ["møde", "start", "slut", "fraværende", "stedfortrædere"]
    static let absentKeys = ["navn", "parti", "grund"]
    static let substituteKeys = ["navn", "parti", "for"]
    static let decisionKeys = ["nummer", "resultat", "afstemning", "tekst", "protokolbemærkninger"]
    static let voteKeys = ["for", "imod", "undlod"]
    static let sideKeys = ["partier", "antal"]
    static let remarkKeys = ["af", "tekst"]

    /// The most votes one side can have: far above any council (Borgerrepræsentationen has 55 members).
    static let maximumVotes = 1_000

    public static func decode(_ root: DataNode) throws(DiagnosticList) -> Beslutningsprotokol {
        var reader = DataReader()
        let protokol = decode(root, &reader)
        try reader.collector.check()
        guard let protokol else {
            throw DiagnosticList(Diagnostic(at: root.position, ModelText.decisionsUnreadable()))
        }
        return protokol
    }

    private static func decode(_ root: DataNode, _ reader: inout DataReader) -> Beslutningsprotokol? {
        guard let top = reader.root(root, keys: topKeys) else { return nil }
        let path = DataPath().appending(key: "referat")
        var header: (Located<String>?, DanishTime?, DanishTime?, [Fraværende]?, [Stedfortræder]?)
        if let node = reader.required(top, "referat"), let fields = reader.object(node, path, keys: headerKeys) {
            if let møde = reader.required(fields, "møde"), let file = reader.nonEmptyText(møde, path.appending(key: "møde")) {
                header.0 = Located(file, at: møde.position, keyPath: path.appending(key: "møde").description)
            }
            header.1 = reader.parsed(reader.required(fields, "start"), path.appending(key: "start"), MeetingDecoder.parseTime)
            let slutNode = reader.required(fields, "slut")
            header.2 = reader.parsed(slutNode, path.appending(key: "slut"), MeetingDecoder.parseTime)
            if let start = header.1, let slut = header.2, let slutNode, slut <= start {
                reader.error(slutNode, path.appending(key: "slut"),
                             (slut == start ? ModelText.meetingEndsWhenItStarts : ModelText.meetingEndsBeforeItStarts)(["end": "\(slut)", "start": "\(start)"]))
                header.2 = nil
            }
            header.3 = decodeAbsent(fields.present("fraværende"), path.appending(key: "fraværende"), &reader)
            header.4 = decodeSubstitutes(fields.present("stedfortrædere"), path.appending(key: "stedfortrædere"),
                                         absent: header.3, &reader)
        }
        let dagsordenen = top.present("dagsordenen") == nil ? Beslutningsprotokol.dagsordenenGodkendt
            : reader.nonEmptyText(top.present("dagsordenen"), DataPath().appending(key: "dagsordenen"))
        let punkterNode = reader.required(top, "punkter")
        let punkter = decodeDecisions(punkterNode, DataPath().appending(key: "punkter"), &reader)
        guard let møde = header.0, let start = header.1, let slut = header.2, let fraværende = header.3,
              let stedfortrædere = header.4, let dagsordenen, let punkter,
              let punkterPosition = top.entries["punkter"]?.keyPosition
        else { return nil }
        return Beslutningsprotokol(møde: møde, start: start, slut: slut, fraværende: fraværende,
                                   stedfortrædere: stedfortrædere, dagsordenen: dagsordenen, punkter: punkter,
                                   punkterPosition: punkterPosition, position: root.position)
    }

    private static func decodeAbsent(_ node: DataNode?, _ path: DataPath, _ reader: inout DataReader) -> [Fraværende]? {
        var result: [Fraværende] = []
        var complete = true
        for (item, itemPath) in reader.list(node, path) {
            guard let fields = reader.object(item, itemPath, keys: absentKeys) else {
                complete = false
                continue
            }
            let navn = reader.nonEmptyText(reader.required(fields, "navn"), itemPath.appending(key: "navn"))
            let parti = reader.nonEmptyText(reader.required(fields, "parti"), itemPath.appending(key: "parti"))
            let grund = reader.nonEmptyText(fields.present("grund"), itemPath.appending(key: "grund"))
            if let navn, let parti, fields.present("grund") == nil || grund != nil {
                result.append(Fraværende(navn: navn, parti: parti, grund: grund))
            } else {
                complete = false
            }
        }
        return complete ? result : nil
    }

    private static func decodeSubstitutes(_ node: DataNode?, _ path: DataPath, absent: [Fraværende]?,
                                          _ reader: inout DataReader) -> [Stedfortræder]? {
        var result: [Stedfortræder] = []
        var complete = true
        for (item, itemPath) in reader.list(node, path) {
            guard let fields = reader.object(item, itemPath, keys: substituteKeys) else {
                complete = false
                continue
            }
            let navn = reader.nonEmptyText(reader.required(fields, "navn"), itemPath.appending(key: "navn"))
            let parti = reader.nonEmptyText(reader.required(fields, "parti"), itemPath.appending(key: "parti"))
            var absentMember: Located<String>?
            let forPath = itemPath.appending(key: "for")
            if let forNode = reader.required(fields, "for"), let name = reader.nonEmptyText(forNode, forPath) {
                // A substitute is called in for a member absent with notice.
                if let absent, !absent.contains(where: { $0.navn == name }) {
                    let names = absent.map(\.navn)
                    let hint: any MessageArgument = closestMatch(to: name, among: names)
                        .map { DiagnosticsText.didYouMeanSpacedBefore(["name": quoted($0)]) } ?? ""
                    reader.error(forNode, forPath, ModelText.notAbsent(["name": quoted(name), "hint": hint]))
                } else {
                    absentMember = Located(name, at: forNode.position, keyPath: forPath.description)
                }
            }
            if let navn, let parti, let absentMember {
                result.append(Stedfortræder(navn: navn, parti: parti, for: absentMember))
            } else {
                complete = false
            }
        }
        return complete ? result : nil
    }

    private static func decodeDecisions(_ node: DataNode?, _ path: DataPath, _ reader: inout DataReader) -> [Punktbeslutning]? {
        guard let node else { return nil }
        var result: [Punktbeslutning] = []
        var complete = true
        for (item, itemPath) in reader.list(node, path, nonEmpty: true) {
            if let decision = decodeDecision(item, itemPath, &reader) {
                result.append(decision)
            } else {
                complete = false
            }
        }
        return complete ? result : nil
    }

    private static func decodeDecision(_ node: DataNode, _ path: DataPath, _ reader: inout DataReader) -> Punktbeslutning? {
        guard let fields = reader.object(node, path, keys: decisionKeys) else { return nil }
        var nummer: Located<String>?
        if let nummerNode = reader.required(fields, "nummer"),
           let serial = reader.parsed(nummerNode, path.appending(key: "nummer"), MeetingDecoder.parseSerial) {
            nummer = Located(serial, at: nummerNode.position, keyPath: path.appending(key: "nummer").description)
        }
        let resultat = reader.choice(reader.required(fields, "resultat"), path.appending(key: "resultat"),
                                     Punktbeslutning.Resultat.allCases.map { ($0.rawValue, $0) })
        var afstemning: Afstemning?
        var voteComplete = true
        if let voteNode = fields.present("afstemning") {
            let votePath = path.appending(key: "afstemning")
            afstemning = decodeVote(voteNode, votePath, &reader)
            voteComplete = afstemning != nil
            if let afstemning, let resultat {
                voteComplete = checkCarried(resultat, afstemning, voteNode, votePath, &reader)
            }
        }
        let tekst = fields.present("tekst") == nil ? nil : reader.nonEmptyText(fields.present("tekst"), path.appending(key: "tekst"))
        var bemærkninger: [Protokolbemærkning] = []
        var remarksComplete = true
        for (item, itemPath) in reader.list(fields.present("protokolbemærkninger"), path.appending(key: "protokolbemærkninger")) {
            guard let remark = reader.object(item, itemPath, keys: remarkKeys) else {
                remarksComplete = false
                continue
            }
            let af = reader.nonEmptyText(reader.required(remark, "af"), itemPath.appending(key: "af"))
            let text = reader.nonEmptyText(reader.required(remark, "tekst"), itemPath.appending(key: "tekst"))
            if let af, let text {
                bemærkninger.append(Protokolbemærkning(af: af, tekst: text))
            } else {
                remarksComplete = false
            }
        }
        guard let nummer, let resultat, voteComplete, remarksComplete, fields.present("tekst") == nil || tekst != nil
        else { return nil }
        return Punktbeslutning(nummer: nummer, resultat: resultat, afstemning: afstemning, tekst: tekst,
                               protokolbemærkninger: bemærkninger, position: node.position, keyPath: path.description)
    }

    /// A vote: each side's count and parties; no party on two sides (or twice on one).
    private static func decodeVote(_ node: DataNode, _ path: DataPath, _ reader: inout DataReader) -> Afstemning? {
        guard let fields = reader.object(node, path, keys: voteKeys) else { return nil }
        var seen: [String: String] = [:]
        var complete = true
        func side(_ key: String, required: Bool) -> Stemmer? {
            let node = required ? reader.required(fields, key) : fields.present(key)
            guard let node else {
                if required { complete = false }
                return nil
            }
            let sidePath = path.appending(key: key)
            guard let sideFields = reader.object(node, sidePath, keys: sideKeys) else {
                complete = false
                return nil
            }
            var partier: [String] = []
            let partierPath = sidePath.appending(key: "partier")
            for (item, itemPath) in reader.list(sideFields.present("partier"), partierPath) {
                guard let parti = reader.nonEmptyText(item, itemPath) else {
                    complete = false
                    continue
                }
                if let earlier = seen[parti] {
                    reader.error(item, itemPath, ModelText.partyTwice(["party": quoted(parti), "earlier": "\(earlier)"]))
                    complete = false
                } else {
                    seen[parti] = "afstemning.\(key).partier"
                }
                partier.append(parti)
            }
            let antalNode = reader.required(sideFields, "antal")
            guard let antal = reader.parsed(antalNode, sidePath.appending(key: "antal"), parseVotes), let antalNode else {
                complete = false
                return nil
            }
            if partier.count > antal {
                reader.error(antalNode, sidePath.appending(key: "antal"),
                             ModelText.votesFromParties(["votes": votes(antal), "parties": partier.count, "names": ConjunctionList(partier)]))
                complete = false
            }
            return Stemmer(partier: partier, antal: antal)
        }
        let forStemmer = side("for", required: true)
        let imod = side("imod", required: true)
        let undlod = side("undlod", required: false)
        guard complete, let forStemmer, let imod else { return nil }
        return Afstemning(for: forStemmer, imod: imod, undlod: undlod, position: node.position)
    }

    /// A proposal is carried by more votes for than against (a tie is not enough); an item taken
    /// note of is not voted on.
    private static func checkCarried(_ resultat: Punktbeslutning.Resultat, _ afstemning: Afstemning, _ node: DataNode,
                                     _ path: DataPath, _ reader: inout DataReader) -> Bool {
        let carried = afstemning.for.antal > afstemning.imod.antal
        let fits: Bool
        switch resultat {
        case .godkendt, .udsat: fits = carried
        case .ikkeGodkendt: fits = !carried
        case .tagetTilEfterretning:
            reader.error(node, path, ModelText.notedNotVoted())
            return false
        }
        if !fits {
            reader.error(node, path, (carried ? ModelText.votesCarry : ModelText.votesDoNotCarry)(
                ["for": votes(afstemning.for.antal), "against": afstemning.imod.antal, "result": quoted(resultat.rawValue)]))
        }
        return fits
    }

    /// "1 vote", "9 votes".
    static func votes(_ count: Int) -> Message {
        (count == 1 ? ModelText.oneVote : ModelText.votes)(["count": count])
    }

    /// A number of votes: a whole number from 0.
    static func parseVotes(_ text: String) throws(IdentifierError) -> Int {
        guard !text.isEmpty, text.utf8.count <= 4, text.utf8.allSatisfy({ (0x30...0x39).contains($0) }),
              let count = Int(text), count <= maximumVotes
        else {
            throw IdentifierError(ModelText.notVotes(["value": quoted(text)]))
        }
        return count
    }
}
