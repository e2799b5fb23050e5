import CommitteeDocsDiagnostics
import CommitteeDocsFormatting
import CommitteeDocsLoading
import CommitteeDocsModel

/// Reads the rules file, with the same strictness and positions as a plan file.
public enum RuleTableDecoder {
    static let ruleKeys = ["plan", "navn", "gælder", "lbf-periode", "lbf-højst", "lokal-mindst", "stat-højst",
                           "stat-loft", "udelukkede-kilder", "indsatsområder", "hjemmel"]
    static let sourceKeys = ["navn", "paragraf", "i-kraft", "url"]

    public static func load(bytes: [UInt8], file: String) throws(DiagnosticList) -> RuleTable {
        let format: DataFormat = file.lowercased().hasSuffix(".json") ? .json : .yaml
        let root = try DataLoader.load(bytes, file: file, format: format)
        return try decode(root, file: file)
    }

    public static func decode(_ root: DataNode, file: String) throws(DiagnosticList) -> RuleTable {
        var reader = DataReader()
        let path = DataPath()
        var version: String?
        var rules: [(rule: FundingRule, row: Row)] = []
        if let fields = reader.object(root, path, keys: ["version", "regler"]) {
            version = reader.nonEmptyText(reader.required(fields, "version"), path.appending(key: "version"))
            for (item, itemPath) in reader.list(reader.required(fields, "regler"), path.appending(key: "regler"), nonEmpty: true) {
                if let decoded = decodeRule(item, itemPath, &reader) { rules.append(decoded) }
            }
        }
        checkOverlaps(rules, &reader)
        try reader.collector.check()
        guard let version else { throw DiagnosticList(Diagnostic(file: file, RulesText.tableUnreadable())) }
        return RuleTable(version: version, rules: rules.map(\.rule), file: file)
    }

    /// Where a row stands in the file, for messages about the row as a whole.
    struct Row {
        let validity: DataNode
        let path: DataPath
    }

    private static func decodeRule(_ node: DataNode, _ path: DataPath, _ reader: inout DataReader) -> (FundingRule, Row)? {
        guard let fields = reader.object(node, path, keys: ruleKeys) else { return nil }
        let plan = reader.choice(reader.required(fields, "plan"), path.appending(key: "plan"),
                                 PlanKind.allCases.map { ($0.rawValue, $0) })
        let navn = reader.nonEmptyText(reader.required(fields, "navn"), path.appending(key: "navn"))
        var fra: DanishDate?
        var til: DanishDate?
        let validityPath = path.appending(key: "gælder")
        if let validity = reader.required(fields, "gælder"), let range = reader.object(validity, validityPath, keys: ["fra", "til"]) {
            fra = reader.parsed(reader.required(range, "fra"), validityPath.appending(key: "fra"), SubmissionDecoder.parseDate)
            til = reader.parsed(range.present("til"), validityPath.appending(key: "til"), SubmissionDecoder.parseDate)
            if let fra, let til, til < fra {
                reader.error(range.present("til")!, validityPath.appending(key: "til"), RulesText.ruleEndsBeforeStart())
            }
        }
        let lbfPeriode = reader.nonEmptyText(fields.present("lbf-periode"), path.appending(key: "lbf-periode"))
        let lbfHøjst = reader.parsed(fields.present("lbf-højst"), path.appending(key: "lbf-højst"), parseShare)
        let lokalMindst = reader.parsed(fields.present("lokal-mindst"), path.appending(key: "lokal-mindst"), parseShare)
        let statHøjst = reader.parsed(fields.present("stat-højst"), path.appending(key: "stat-højst"), parseShare)
        let statLoft = fields.present("stat-loft").flatMap {
            PlanDecoder.amount($0, path.appending(key: "stat-loft"), .positive(RulesText.stateCapPositive()), &reader)
        }
        var udelukkede: [Kildeart] = []
        for (item, itemPath) in reader.list(fields.present("udelukkede-kilder"), path.appending(key: "udelukkede-kilder")) {
            if let art = reader.choice(item, itemPath, Kildeart.allCases.map { ($0.rawValue, $0) }) { udelukkede.append(art) }
        }
        var områder: [String] = []
        for (item, itemPath) in reader.list(fields.present("indsatsområder"), path.appending(key: "indsatsområder")) {
            if let name = reader.nonEmptyText(item, itemPath) { områder.append(name) }
        }
        if plan == .helhedsplan, lbfPeriode == nil, fields.present("lbf-periode") == nil {
            reader.error(node, path.appending(key: "lbf-periode"), RulesText.ruleNeedsLbfPeriod())
        }
        let hjemmel = decodeSources(fields, path, &reader)
        guard let plan, let navn, let fra else { return nil }
        let rule = FundingRule(plan: plan, navn: navn, fra: fra, til: til, lbfPeriode: lbfPeriode, lbfHøjst: lbfHøjst,
                               lokalMindst: lokalMindst, statHøjst: statHøjst, statLoft: statLoft,
                               udelukkedeKilder: udelukkede, indsatsområder: områder, hjemmel: hjemmel)
        return (rule, Row(validity: fields.present("gælder") ?? node, path: validityPath))
    }

    /// `hjemmel`: the list of what a rule rests on, each `{navn, paragraf, i-kraft, url}`. A row
    /// without it is an error: a rate nobody can trace to a law is not a rule.
    private static func decodeSources(_ fields: Fields, _ path: DataPath, _ reader: inout DataReader) -> [Hjemmel] {
        let listPath = path.appending(key: "hjemmel")
        guard let list = fields.present("hjemmel") else {
            reader.error(fields.node, listPath, RulesText.ruleNeedsLegalSource())
            return []
        }
        var sources: [Hjemmel] = []
        for (item, itemPath) in reader.list(list, listPath, nonEmpty: true) {
            guard let source = reader.object(item, itemPath, keys: sourceKeys) else { continue }
            let navn = reader.nonEmptyText(reader.required(source, "navn"), itemPath.appending(key: "navn"))
            let paragraf = reader.nonEmptyText(reader.required(source, "paragraf"), itemPath.appending(key: "paragraf"))
            let iKraft = reader.parsed(reader.required(source, "i-kraft"), itemPath.appending(key: "i-kraft"), parseInForce)
            let url = reader.parsed(source.present("url"), itemPath.appending(key: "url"), parsePublicAddress)
            if let navn, let paragraf, let iKraft {
                sources.append(Hjemmel(navn: navn, paragraf: paragraf, iKraft: iKraft.date, url: url))
            }
        }
        return sources
    }

    /// An in-force date as the table writes it: a date, or `ukendt` when the sources do not give the day.
    struct InForce {
        let date: DanishDate?
    }

    static func parseInForce(_ text: String) throws(IdentifierError) -> InForce {
        if text == "ukendt" { return InForce(date: nil) }
        guard let date = DanishDate(parsing: text) else {
            throw IdentifierError(RulesText.notAnInForceDate(["value": quoted(text)]))
        }
        return InForce(date: date)
    }

    /// A URL anyone can open: http or https, no spaces.
    static func parsePublicAddress(_ text: String) throws(IdentifierError) -> String {
        let lowered = text.lowercased()
        guard lowered.hasPrefix("https://") || lowered.hasPrefix("http://"), text.count > 8,
              !text.contains(where: \.isWhitespace) else {
            throw IdentifierError(RulesText.notAPublicAddress(["value": quoted(text)]))
        }
        return text
    }

    /// Two rules for the same kind of plan may not both apply on one day (for helhedsplaner: within
    /// one LBF period), or which one governs a plan would depend on their order. Reported at the
    /// later row's `gælder`.
    private static func checkOverlaps(_ rules: [(rule: FundingRule, row: Row)], _ reader: inout DataReader) {
        for (index, (rule, row)) in rules.enumerated() {
            for (earlier, _) in rules[..<index] where earlier.plan == rule.plan && earlier.lbfPeriode == rule.lbfPeriode {
                let overlaps = earlier.covers(rule.fra) || rule.covers(earlier.fra)
                if overlaps {
                    reader.error(row.validity, row.path,
                                 RulesText.rulesOverlap(["rule": quoted(rule.navn), "earlier": quoted(earlier.navn), "validity": earlier.validity]))
                }
            }
        }
    }

    /// A share written as a fraction: "3/4", "¾", "1/3", "⅓", or a percentage "75 pct."/"75%".
    public static func parseShare(_ text: String) throws(IdentifierError) -> Ratio {
        let trimmed = text.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        let vulgar: [String: (Int64, Int64)] = ["½": (1, 2), "⅓": (1, 3), "⅔": (2, 3), "¼": (1, 4), "¾": (3, 4)]
        if let (numerator, denominator) = vulgar[trimmed] { return Ratio(numerator, denominator)! }
        let parts = trimmed.split(separator: "/", omittingEmptySubsequences: false)
        if parts.count == 2, let numerator = Int64(parts[0]), let denominator = Int64(parts[1]),
           numerator >= 0, denominator > 0, numerator <= denominator {
            return Ratio(numerator, denominator)!
        }
        for suffix in [" pct.", " %", "%"] where trimmed.hasSuffix(suffix) {
            if let percent = Int64(trimmed.dropLast(suffix.count)), (0...100).contains(percent) {
                return Ratio(percent, 100)!
            }
        }
        throw IdentifierError(RulesText.notAShare(["value": quoted(text)]))
    }
}

