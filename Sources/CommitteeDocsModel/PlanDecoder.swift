import CommitteeDocsDiagnostics
import CommitteeDocsFormatting
import CommitteeDocsLoading

/// Reads a plan file (its `plan` key names the kind) into a typed `Plan`, reporting every problem
/// of the file at once. The funding and route rules are checked afterwards, by `Rules`.
public enum PlanDecoder {
    static let planKeys = ["plan", "fase", "titel", "område", "periode", "sag", "boligorganisation", "afdelinger",
                           "lbf-periode", "budget", "finansiering", "forløb", "foreløbig", "dokumenter"]
    static let documentKinds = ["notat", "indstilling", "ansøgning"]

    static func decode(_ root: DataNode, _ fields: Fields, _ reader: inout DataReader) -> Plan? {
        let path = DataPath()
        let kind = reader.choice(reader.required(fields, "plan"), path.appending(key: "plan"),
                                 PlanKind.allCases.map { ($0.rawValue, $0) })
        let fase = reader.choice(reader.required(fields, "fase"), path.appending(key: "fase"),
                                 PlanFase.allCases.map { ($0.rawValue, $0) })
        let titel = reader.nonEmptyText(reader.required(fields, "titel"), path.appending(key: "titel"))
        let område = reader.nonEmptyText(reader.required(fields, "område"), path.appending(key: "område"))
        let periode = decodePeriod(reader.required(fields, "periode"), path.appending(key: "periode"), &reader)
        let sag = decodeCase(reader.required(fields, "sag"), path.appending(key: "sag"), &reader)
        let boligorganisation = reader.nonEmptyText(fields.present("boligorganisation"), path.appending(key: "boligorganisation"))
        let afdelinger = decodeDepartments(fields.present("afdelinger"), path.appending(key: "afdelinger"), &reader)
        let lbfPeriode = fields.present("lbf-periode").flatMap { node -> Located<String>? in
            let keyPath = path.appending(key: "lbf-periode")
            return reader.nonEmptyText(node, keyPath).map { Located($0, at: node.position, keyPath: keyPath.description) }
        }
        let budget = decodeBudget(reader.required(fields, "budget"), path.appending(key: "budget"), &reader)
        let finansiering = decodeFinancing(reader.required(fields, "finansiering"), path.appending(key: "finansiering"), &reader)
        let forløb = decodeRoute(reader.required(fields, "forløb"), path.appending(key: "forløb"), &reader)
        let foreløbig = decodePreliminary(fields.present("foreløbig"), path.appending(key: "foreløbig"), &reader)
        let dokumenter = decodeDocuments(reader.required(fields, "dokumenter"), path.appending(key: "dokumenter"), &reader)

        // What only one kind of plan has.
        if kind == .helhedsplan {
            for key in ["boligorganisation", "afdelinger", "lbf-periode"] where fields.present(key) == nil {
                reader.collector.error(at: root.position, keyPath: key,
                                       ModelText.helhedsplanMissingKey(["key": "\"\(key)\""]))
            }
        } else if kind == .områdefornyelse {
            for key in ["boligorganisation", "afdelinger", "lbf-periode"] {
                if let entry = fields.entries[key] {
                    reader.collector.error(at: entry.keyPosition, keyPath: key,
                                           ModelText.keyBelongsToHelhedsplan(["key": "\"\(key)\""]))
                }
            }
        }

        guard let kind, let fase, let titel, let område, let periode, let sag, let afdelinger, let budget,
              let finansiering, let forløb, let dokumenter
        else { return nil }
        return Plan(kind: kind, fase: fase, titel: titel, område: område, periode: periode, sag: sag,
                    boligorganisation: boligorganisation, afdelinger: afdelinger, lbfPeriode: lbfPeriode,
                    budget: budget, finansiering: finansiering, forløb: forløb, foreløbig: foreløbig,
                    dokumenter: dokumenter, position: root.position)
    }

    private static func decodePeriod(_ node: DataNode?, _ path: DataPath, _ reader: inout DataReader) -> Periode? {
        guard let node, let fields = reader.object(node, path, keys: ["start", "slut"]) else { return nil }
        let start = date(reader.required(fields, "start"), path.appending(key: "start"), &reader)
        let slut = date(reader.required(fields, "slut"), path.appending(key: "slut"), &reader)
        guard let start, let slut else { return nil }
        if slut < start {
            reader.error(fields.present("slut")!, path.appending(key: "slut"),
                         ModelText.periodEndsBeforeStart(["end": slut.numeric, "start": start.numeric]))
            return nil
        }
        return Periode(start: start, slut: slut)
    }

    private static func decodeCase(_ node: DataNode?, _ path: DataPath, _ reader: inout DataReader) -> Sag? {
        guard let node,
              let fields = reader.object(node, path, keys: ["sagsnr", "kle", "forvaltning", "center", "sagsbehandler", "direktør"])
        else { return nil }
        let sagsnr = reader.parsed(reader.required(fields, "sagsnr"), path.appending(key: "sagsnr"), Sagsnummer.init(parsing:))
        let kle = reader.parsed(fields.present("kle"), path.appending(key: "kle"), KLENummer.init(parsing:))
        let forvaltning = reader.nonEmptyText(reader.required(fields, "forvaltning"), path.appending(key: "forvaltning"))
        let center = reader.nonEmptyText(fields.present("center"), path.appending(key: "center"))
        let sagsbehandler = reader.nonEmptyText(reader.required(fields, "sagsbehandler"), path.appending(key: "sagsbehandler"))
        let direktør = reader.nonEmptyText(fields.present("direktør"), path.appending(key: "direktør"))
        guard let sagsnr, let forvaltning, let sagsbehandler else { return nil }
        return Sag(sagsnr: sagsnr, kle: kle, forvaltning: forvaltning, center: center, sagsbehandler: sagsbehandler,
                   direktør: direktør)
    }

    private static func decodeDepartments(_ node: DataNode?, _ path: DataPath, _ reader: inout DataReader) -> [Afdeling]? {
        var result: [Afdeling] = []
        var complete = true
        for (item, itemPath) in reader.list(node, path, nonEmpty: true) {
            guard let fields = reader.object(item, itemPath, keys: ["navn", "husstande"]) else {
                complete = false
                continue
            }
            let navn = reader.nonEmptyText(reader.required(fields, "navn"), itemPath.appending(key: "navn"))
            let husstande = reader.parsed(reader.required(fields, "husstande"), itemPath.appending(key: "husstande"),
                                          parseCount)
            if let navn, let husstande { result.append(Afdeling(navn: navn, husstande: husstande)) } else { complete = false }
        }
        return complete ? result : nil
    }

    private static func decodeBudget(_ node: DataNode?, _ path: DataPath, _ reader: inout DataReader) -> Budget? {
        guard let node, let fields = reader.object(node, path, keys: ["total", "indsatsområder"]) else { return nil }
        let totalNode = reader.required(fields, "total")
        let total = amount(totalNode, path.appending(key: "total"), .positive(ModelText.totalPositive()), &reader)
        var poster: [Located<BudgetPost>] = []
        var complete = true
        let listPath = path.appending(key: "indsatsområder")
        for (item, itemPath) in reader.list(reader.required(fields, "indsatsområder"), listPath, nonEmpty: true) {
            guard let post = reader.object(item, itemPath, keys: ["navn", "beløb"]) else {
                complete = false
                continue
            }
            let navn = reader.nonEmptyText(reader.required(post, "navn"), itemPath.appending(key: "navn"))
            let beløbNode = reader.required(post, "beløb")
            let beløb = amount(beløbNode, itemPath.appending(key: "beløb"), .notNegative(ModelText.areaAmountNotNegative()), &reader)
            if let navn, let beløb, let beløbNode {
                poster.append(Located(BudgetPost(indsatsområde: navn, beløb: beløb), at: beløbNode.position,
                                      keyPath: itemPath.description))
            } else {
                complete = false
            }
        }
        guard let total, let totalNode, complete else { return nil }
        return Budget(total: Located(total, at: totalNode.position, keyPath: path.appending(key: "total").description),
                      poster: poster, position: node.position)
    }

    private static func decodeFinancing(_ node: DataNode?, _ path: DataPath,
                                        _ reader: inout DataReader) -> Located<[Finansieringskilde]>? {
        guard let node else { return nil }
        var sources: [Finansieringskilde] = []
        var complete = true
        for (item, itemPath) in reader.list(node, path, nonEmpty: true) {
            guard let fields = reader.object(item, itemPath, keys: ["kilde", "art", "beløb"]) else {
                complete = false
                continue
            }
            let kilde = reader.nonEmptyText(reader.required(fields, "kilde"), itemPath.appending(key: "kilde"))
            let art = reader.choice(reader.required(fields, "art"), itemPath.appending(key: "art"),
                                    Kildeart.allCases.map { ($0.rawValue, $0) })
            let beløbNode = reader.required(fields, "beløb")
            let beløb = amount(beløbNode, itemPath.appending(key: "beløb"), .positive(ModelText.sourcePositive()), &reader)
            if let kilde, let art, let beløb, let beløbNode {
                sources.append(Finansieringskilde(kilde: kilde, art: art, beløb: beløb, beløbPosition: beløbNode.position))
            } else {
                complete = false
            }
        }
        return complete ? Located(sources, at: node.position, keyPath: path.description) : nil
    }

    private static func decodeRoute(_ node: DataNode?, _ path: DataPath, _ reader: inout DataReader) -> Located<[Forløbstrin]>? {
        guard let node else { return nil }
        var steps: [Forløbstrin] = []
        var complete = true
        for (item, itemPath) in reader.list(node, path, nonEmpty: true) {
            guard let fields = reader.object(item, itemPath, keys: ["udvalg", "dato", "status", "beslutning", "referat"]) else {
                complete = false
                continue
            }
            let udvalg = reader.choice(reader.required(fields, "udvalg"), itemPath.appending(key: "udvalg"),
                                       Udvalg.route.map { ($0.rawValue, $0) })
            let dato = date(reader.required(fields, "dato"), itemPath.appending(key: "dato"), &reader)
            // A step's outcome is either typed (status, beslutning) or read from the meeting's
            // decisions file (referat); a step with neither is planned.
            var status: Trinstatus? = .planlagt
            var referat: Located<String>?
            if let node = fields.present("referat") {
                let referatPath = itemPath.appending(key: "referat")
                if let text = reader.nonEmptyText(node, referatPath) {
                    referat = Located(text, at: node.position, keyPath: referatPath.description)
                }
                for key in ["status", "beslutning"] {
                    if let typed = fields.present(key) {
                        reader.error(typed, itemPath.appending(key: key),
                                     ModelText.stepFieldFromReferat(["key": key]))
                        status = nil
                    }
                }
                if referat == nil { status = nil }
            } else if let node = fields.present("status") {
                status = reader.choice(node, itemPath.appending(key: "status"), Trinstatus.allCases.map { ($0.rawValue, $0) })
            }
            let beslutning = reader.nonEmptyText(fields.present("beslutning"), itemPath.appending(key: "beslutning"))
            if let udvalg, let dato, let status {
                steps.append(Forløbstrin(udvalg: udvalg, dato: dato, status: status, beslutning: beslutning,
                                         referat: referat, position: item.position, keyPath: itemPath.description))
            } else {
                complete = false
            }
        }
        return complete ? Located(steps, at: node.position, keyPath: path.description) : nil
    }

    private static func decodePreliminary(_ node: DataNode?, _ path: DataPath,
                                          _ reader: inout DataReader) -> Located<ForeløbigReference>? {
        guard let node, let fields = reader.object(node, path, keys: ["dokumentnr", "godkendt"]) else { return nil }
        let dokumentnr = reader.parsed(fields.present("dokumentnr"), path.appending(key: "dokumentnr"),
                                       Dokumentnummer.init(parsing:))
        let godkendt = date(fields.present("godkendt"), path.appending(key: "godkendt"), &reader)
        return Located(ForeløbigReference(dokumentnr: dokumentnr, godkendt: godkendt), at: node.position,
                       keyPath: path.description)
    }

    static let commonDocumentKeys = ["dokument", "dokumentnr", "dato", "til", "titel", "sagsbehandler", "adgang", "lukket-grund"]
    static let documentKeys: [String: [String]] = [
        "notat": commonDocumentKeys + ["afsnit"],
        "indstilling": commonDocumentKeys + ["resumé", "indstilling", "problemstilling", "løsning", "økonomi",
                                             "videre-proces", "bilag", "underskrift"],
        "ansøgning": commonDocumentKeys + ["indledning", "anbefaling", "underskrift"],
    ]

    private static func decodeDocuments(_ node: DataNode?, _ path: DataPath, _ reader: inout DataReader) -> [PlanDokument]? {
        var documents: [PlanDokument] = []
        var complete = true
        for (item, itemPath) in reader.list(node, path, nonEmpty: true) {
            if let document = decodeDocument(item, itemPath, &reader) { documents.append(document) } else { complete = false }
        }
        return complete ? documents : nil
    }

    private static func decodeDocument(_ node: DataNode, _ path: DataPath, _ reader: inout DataReader) -> PlanDokument? {
        guard case .mapping(let entries) = node.value else {
            reader.error(node, path, ModelText.expectedDocumentMapping(["found": node.kindDescription]))
            return nil
        }
        guard let kindNode = entries.first(where: { $0.key == "dokument" })?.value else {
            reader.error(node, path.appending(key: "dokument"),
                         ModelText.missingDokumentKey(["kinds": documentKinds.joined(separator: ", ")]))
            return nil
        }
        guard let kind = reader.choice(kindNode, path.appending(key: "dokument"), documentKinds.map { ($0, $0) }),
              let fields = reader.object(node, path, keys: documentKeys[kind]!)
        else { return nil }

        let dokumentnr = reader.parsed(reader.required(fields, "dokumentnr"), path.appending(key: "dokumentnr"),
                                       Dokumentnummer.init(parsing:))
        let dato = date(reader.required(fields, "dato"), path.appending(key: "dato"), &reader)
        let tilNode = kind == "ansøgning" ? fields.present("til") : reader.required(fields, "til")
        var til: Udvalg? = kind == "ansøgning" ? .LBF : nil
        if let tilNode {
            til = reader.choice(tilNode, path.appending(key: "til"), Udvalg.route.map { ($0.rawValue, $0) })
        }
        let titel = reader.nonEmptyText(fields.present("titel"), path.appending(key: "titel"))
        let sagsbehandler = reader.nonEmptyText(fields.present("sagsbehandler"), path.appending(key: "sagsbehandler"))
        let (adgang, lukketGrund) = reader.access(fields, path)

        let indhold: PlanDokument.Indhold?
        switch kind {
        case "notat":
            indhold = SubmissionDecoder.decodeSections(reader.required(fields, "afsnit"), path.appending(key: "afsnit"),
                                                       depth: 1, &reader).map(PlanDokument.Indhold.notat)
        case "indstilling":
            indhold = decodeRecommendation(fields, path, &reader).map(PlanDokument.Indhold.indstilling)
        default:
            indhold = decodeApplication(fields, path, &reader).map(PlanDokument.Indhold.ansøgning)
        }
        guard let dokumentnr, let dato, let til, let adgang, let indhold else { return nil }
        // An ansøgning without "til" goes to LBF: an error about it points at the document.
        let positions = PlanDokument.Positions(dokument: kindNode.position, dokumentnr: fields.present("dokumentnr")?.position ?? node.position,
                                               til: tilNode?.position ?? node.position)
        return PlanDokument(dokumentnr: dokumentnr, dato: dato, til: til, titel: titel, sagsbehandler: sagsbehandler,
                            adgang: adgang, lukketGrund: lukketGrund, indhold: indhold, positions: positions)
    }

    private static func decodeRecommendation(_ fields: Fields, _ path: DataPath, _ reader: inout DataReader) -> Indstilling? {
        let resumé = reader.nonEmptyText(reader.required(fields, "resumé"), path.appending(key: "resumé"))
        var clauses: [String] = []
        var clausesComplete = true
        for (item, itemPath) in reader.list(reader.required(fields, "indstilling"), path.appending(key: "indstilling"),
                                            nonEmpty: true) {
            guard let clause = reader.nonEmptyText(item, itemPath) else {
                clausesComplete = false
                continue
            }
            if !clause.hasPrefix("at ") {
                reader.error(item, itemPath, ModelText.clauseStartsWithAt())
                clausesComplete = false
            }
            clauses.append(clause)
        }
        let problemstilling = reader.nonEmptyText(reader.required(fields, "problemstilling"), path.appending(key: "problemstilling"))
        let løsning = reader.nonEmptyText(reader.required(fields, "løsning"), path.appending(key: "løsning"))
        let økonomi = reader.nonEmptyText(reader.required(fields, "økonomi"), path.appending(key: "økonomi"))
        let videreProces = reader.nonEmptyText(fields.present("videre-proces"), path.appending(key: "videre-proces"))
        var bilag: [String] = []
        for (item, itemPath) in reader.list(fields.present("bilag"), path.appending(key: "bilag")) {
            if let title = reader.nonEmptyText(item, itemPath) { bilag.append(title) }
        }
        let underskrift = decodeSigners(reader.required(fields, "underskrift"), path.appending(key: "underskrift"), &reader)
        // "jf. bilag 2" in the prose names one of the indstilling's own bilag.
        var prose = ["resumé", "problemstilling", "løsning", "økonomi", "videre-proces"].compactMap { key in
            fields.present(key).map { ($0, path.appending(key: key)) }
        }
        prose += reader.list(fields.present("indstilling"), path.appending(key: "indstilling"))
        var referencesResolve = true
        for (node, nodePath) in prose {
            guard case .scalar(let scalar) = node.value else { continue }
            for reference in BilagReferences.unresolved(in: scalar.text, count: bilag.count) {
                reader.error(node, nodePath, ModelText.unresolvedBilag(["reference": quoted(reference.text),
                                                                      "bilag": bilag.isEmpty ? DiagnosticsText.none() : "bilag 1–\(bilag.count)"]))
                referencesResolve = false
            }
        }
        guard let resumé, clausesComplete, let problemstilling, let løsning, let økonomi, let underskrift,
              referencesResolve else { return nil }
        return Indstilling(resumé: resumé, indstilling: clauses, problemstilling: problemstilling, løsning: løsning,
                           økonomi: økonomi, videreProces: videreProces, bilag: bilag, underskrift: underskrift)
    }

    private static func decodeApplication(_ fields: Fields, _ path: DataPath, _ reader: inout DataReader) -> Ansøgning? {
        let indledning = reader.nonEmptyText(reader.required(fields, "indledning"), path.appending(key: "indledning"))
        let anbefaling = reader.nonEmptyText(reader.required(fields, "anbefaling"), path.appending(key: "anbefaling"))
        let underskrift = decodeSigners(reader.required(fields, "underskrift"), path.appending(key: "underskrift"), &reader)
        guard let indledning, let anbefaling, let underskrift else { return nil }
        return Ansøgning(indledning: indledning, anbefaling: anbefaling, underskrift: underskrift)
    }

    private static func decodeSigners(_ node: DataNode?, _ path: DataPath, _ reader: inout DataReader) -> [Underskriver]? {
        guard let node else { return nil }
        var signers: [Underskriver] = []
        var complete = true
        for (item, itemPath) in reader.list(node, path, nonEmpty: true) {
            guard let fields = reader.object(item, itemPath, keys: ["navn", "titel"]) else {
                complete = false
                continue
            }
            let navn = reader.nonEmptyText(reader.required(fields, "navn"), itemPath.appending(key: "navn"))
            let titel = reader.nonEmptyText(reader.required(fields, "titel"), itemPath.appending(key: "titel"))
            if let navn, let titel { signers.append(Underskriver(navn: navn, titel: titel)) } else { complete = false }
        }
        return complete ? signers : nil
    }

    static func date(_ node: DataNode?, _ path: DataPath, _ reader: inout DataReader) -> DanishDate? {
        reader.parsed(node, path, SubmissionDecoder.parseDate)
    }

    /// The least an amount may be, with the rule as the message states it.
    public enum AmountBound {
        /// More than 0 kr. ("the budget total must be more than 0 kr.").
        case positive(Message)
        /// 0 kr. or more ("an activity area's amount cannot be negative …").
        case notNegative(Message)
    }

    /// An amount that keeps its bound; one below it is refused at its position, with what is expected.
    public static func amount(_ node: DataNode?, _ path: DataPath, _ bound: AmountBound, _ reader: inout DataReader) -> Amount? {
        guard let node, let text = reader.text(node, path), let amount = reader.parsed(node, path, parseAmount) else { return nil }
        switch bound {
        case .positive(let rule) where amount <= .zero, .notNegative(let rule) where amount.isNegative:
            reader.error(node, path, ModelText.amountNotAllowed(["value": quoted(text), "rule": rule]))
            return nil
        default:
            return amount
        }
    }

    public static func parseAmount(_ text: String) throws(IdentifierError) -> Amount {
        do {
            return try Amount.parse(text)
        } catch {
            throw IdentifierError(error.message)
        }
    }

    static func parseCount(_ text: String) throws(IdentifierError) -> Int {
        guard let count = Int(text), count >= 1, count <= 1_000_000 else {
            throw IdentifierError(ModelText.notHouseholds(["value": quoted(text)]))
        }
        return count
    }
}
