import CommitteeDocsDiagnostics
import CommitteeDocsFormatting
import CommitteeDocsLoading

/// Turns a loaded data file into a typed `Submission`, checking every field and rule and reporting
/// all problems of the file at once.
public enum SubmissionDecoder {
    /// The document kinds a data file can hold (its `dokument` key).
    public static let kinds = ["notat"]

    /// Reads a data file: a plan (it has a `plan` key) or a single document (a `dokument` key).
    /// The plan's funding and route rules are not checked here; `Rules` does that.
    public static func decodeFile(_ root: DataNode) throws(DiagnosticList) -> DataFile {
        guard case .mapping(let entries) = root.value, entries.contains(where: { $0.key == "plan" }) else {
            if case .mapping(let entries) = root.value, let meeting = entries.first(where: { $0.key == "møde" }) {
                throw DiagnosticList(Diagnostic(at: meeting.keyPosition, keyPath: "møde",
                    ModelText.meetingFileGiven(["file": root.position.file])))
            }
            if case .mapping(let entries) = root.value, let decisions = entries.first(where: { $0.key == "referat" }) {
                throw DiagnosticList(Diagnostic(at: decisions.keyPosition, keyPath: "referat",
                    ModelText.decisionsFileGiven(["file": root.position.file])))
            }
            return .document(try decode(root))
        }
        var reader = DataReader()
        var plan: Plan?
        if let fields = reader.root(root, keys: PlanDecoder.planKeys) {
            plan = PlanDecoder.decode(root, fields, &reader)
        }
        try reader.collector.check()
        guard let plan else {
            throw DiagnosticList(Diagnostic(at: root.position, ModelText.planUnreadable()))
        }
        return .plan(plan)
    }

    public static func decode(_ root: DataNode) throws(DiagnosticList) -> Submission {
        var reader = DataReader()
        let result = decode(root, &reader)
        try reader.collector.check()
        guard let result else {
            // Every path that yields nil reports why; this guards against a silent gap.
            throw DiagnosticList(Diagnostic(at: root.position, ModelText.documentUnreadable()))
        }
        return result
    }

    private static func decode(_ root: DataNode, _ reader: inout DataReader) -> Submission? {
        guard case .mapping(let entries) = root.value else {
            reader.error(root, DataPath(), ModelText.expectedSubmissionMapping(["found": root.kindDescription]))
            return nil
        }
        guard let kindEntry = entries.first(where: { $0.key == "dokument" }) else {
            reader.error(root, DataPath().appending(key: "dokument"),
                         ModelText.missingKindKey(["kinds": kinds.joined(separator: ", ")]))
            return nil
        }
        let kind = reader.choice(kindEntry.value, DataPath().appending(key: "dokument"), kinds.map { ($0, $0) })
        switch kind {
        case "notat":
            return decodeNotat(root, &reader).map(Submission.notat)
        default:
            return nil
        }
    }

    static let notatKeys = ["dokument", "til", "titel", "dato", "sagsnr", "dokumentnr", "sagsbehandler",
                            "forvaltning", "center", "kle", "adgang", "lukket-grund", "afsnit"]

    private static func decodeNotat(_ node: DataNode, _ reader: inout DataReader) -> Notat? {
        let path = DataPath()
        guard let fields = reader.root(node, keys: notatKeys) else { return nil }
        let til = reader.nonEmptyText(reader.required(fields, "til"), path.appending(key: "til"))
        let titel = reader.nonEmptyText(reader.required(fields, "titel"), path.appending(key: "titel"))
        let dato = reader.parsed(reader.required(fields, "dato"), path.appending(key: "dato"), parseDate)
        let sagsnr = reader.parsed(reader.required(fields, "sagsnr"), path.appending(key: "sagsnr"), Sagsnummer.init(parsing:))
        let dokumentnr = reader.parsed(reader.required(fields, "dokumentnr"), path.appending(key: "dokumentnr"),
                                       Dokumentnummer.init(parsing:))
        let sagsbehandler = reader.nonEmptyText(reader.required(fields, "sagsbehandler"), path.appending(key: "sagsbehandler"))
        let forvaltning = reader.nonEmptyText(fields.present("forvaltning"), path.appending(key: "forvaltning"))
        let center = reader.nonEmptyText(fields.present("center"), path.appending(key: "center"))
        let kle = reader.parsed(fields.present("kle"), path.appending(key: "kle"), KLENummer.init(parsing:))
        let (adgang, lukketGrund) = reader.access(fields, path)
        let afsnit = decodeSections(reader.required(fields, "afsnit"), path.appending(key: "afsnit"), depth: 1, &reader)

        guard let til, let titel, let dato, let sagsnr, let dokumentnr, let sagsbehandler, let adgang, let afsnit
        else { return nil }
        return Notat(til: til, titel: titel, dato: dato, sagsnr: sagsnr, dokumentnr: dokumentnr,
                     sagsbehandler: sagsbehandler, forvaltning: forvaltning, center: center, kle: kle,
                     adgang: adgang, lukketGrund: lukketGrund, afsnit: afsnit)
    }

    /// Sections nest two levels deep: sections, and lettered sub-sections inside them.
    static let maximumSectionDepth = 2
    static let sectionKeys = ["betegnelse", "overskrift", "tekst", "afsnit"]

    static func decodeSections(_ node: DataNode?, _ path: DataPath, depth: Int,
                                       _ reader: inout DataReader) -> [Afsnit]? {
        guard let node else { return nil }
        var sections: [Afsnit] = []
        var complete = true
        for (item, itemPath) in reader.list(node, path, nonEmpty: depth == 1) {
            guard let fields = reader.object(item, itemPath, keys: sectionKeys) else {
                complete = false
                continue
            }
            let betegnelse = reader.nonEmptyText(fields.present("betegnelse"), itemPath.appending(key: "betegnelse"))
            let overskrift = reader.nonEmptyText(reader.required(fields, "overskrift"), itemPath.appending(key: "overskrift"))
            let tekst = reader.text(fields.present("tekst"), itemPath.appending(key: "tekst"))
            var children: [Afsnit] = []
            if let childNode = fields.present("afsnit") {
                if depth >= maximumSectionDepth {
                    reader.error(childNode, itemPath.appending(key: "afsnit"),
                                 ModelText.sectionsTooDeep(["depth": maximumSectionDepth]))
                    complete = false
                } else if let decoded = decodeSections(childNode, itemPath.appending(key: "afsnit"), depth: depth + 1, &reader) {
                    children = decoded
                } else {
                    complete = false
                }
            }
            if tekst == nil, children.isEmpty, fields.present("afsnit") == nil {
                reader.error(item, itemPath, ModelText.sectionNeedsText())
                complete = false
            }
            guard let overskrift else {
                complete = false
                continue
            }
            sections.append(Afsnit(betegnelse: betegnelse, overskrift: overskrift, tekst: tekst, afsnit: children))
        }
        return complete ? sections : nil
    }

    public static func parseDate(_ text: String) throws(IdentifierError) -> DanishDate {
        do {
            return try DanishDate.parse(text)
        } catch {
            throw IdentifierError(error.message)
        }
    }
}

/// What a data file holds.
public enum DataFile: Hashable, Sendable {
    /// A single document, such as a stand-alone notat.
    case document(Submission)
    /// A plan and the documents it lists.
    case plan(Plan)
}
