import Diagnostics
import Formatting
import Loading
import Model

/// Reads the rules file, with the same strictness and positions as a plan file.
public enum RuleTableDecoder {
    static let ruleKeys = ["plan", "navn", "gælder", "lbf-periode", "lbf-højst", "lokal-mindst", "stat-højst",
                           "stat-loft", "udelukkede-kilder", "indsatsområder"]

    public static func load(bytes: [UInt8], file: String) throws(DiagnosticList) -> RuleTable {
        let format: DataFormat = file.lowercased().hasSuffix(".json") ? .json : .yaml
        let root = try DataLoader.load(bytes, file: file, format: format)
        return try decode(root, file: file)
    }

    public static func decode(_ root: DataNode, file: String) throws(DiagnosticList) -> RuleTable {
        var reader = DataReader()
        let path = DataPath()
        var version: String?
        var rules: [FundingRule] = []
        if let fields = reader.object(root, path, keys: ["version", "regler"]) {
            version = reader.nonEmptyText(reader.required(fields, "version"), path.appending(key: "version"))
            for (item, itemPath) in reader.list(reader.required(fields, "regler"), path.appending(key: "regler"), nonEmpty: true) {
                if let rule = decodeRule(item, itemPath, &reader) { rules.append(rule) }
            }
        }
        checkOverlaps(rules, root, &reader)
        try reader.collector.check()
        guard let version else { throw DiagnosticList(Diagnostic(file: file, "the rules table could not be read")) }
        return RuleTable(version: version, rules: rules, file: file)
    }

    private static func decodeRule(_ node: DataNode, _ path: DataPath, _ reader: inout DataReader) -> FundingRule? {
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
                reader.error(range.present("til")!, validityPath.appending(key: "til"), "the rule ends before it starts")
            }
        }
        let lbfPeriode = reader.nonEmptyText(fields.present("lbf-periode"), path.appending(key: "lbf-periode"))
        let lbfHøjst = reader.parsed(fields.present("lbf-højst"), path.appending(key: "lbf-højst"), parseShare)
        let lokalMindst = reader.parsed(fields.present("lokal-mindst"), path.appending(key: "lokal-mindst"), parseShare)
        let statHøjst = reader.parsed(fields.present("stat-højst"), path.appending(key: "stat-højst"), parseShare)
        let statLoft = fields.present("stat-loft").flatMap {
            PlanDecoder.amount($0, path.appending(key: "stat-loft"), .positive("the state's cap per project is more than 0 kr."), &reader)
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
            reader.error(node, path.appending(key: "lbf-periode"), "a helhedsplan rule names its LBF period")
        }
        guard let plan, let navn, let fra else { return nil }
        return FundingRule(plan: plan, navn: navn, fra: fra, til: til, lbfPeriode: lbfPeriode, lbfHøjst: lbfHøjst,
                           lokalMindst: lokalMindst, statHøjst: statHøjst, statLoft: statLoft,
                           udelukkedeKilder: udelukkede, indsatsområder: områder)
    }

    /// Two rules for the same kind of plan may not both apply on one day (for helhedsplaner: within
    /// one LBF period), or which one governs a plan would depend on their order.
    private static func checkOverlaps(_ rules: [FundingRule], _ root: DataNode, _ reader: inout DataReader) {
        for (index, rule) in rules.enumerated() {
            for earlier in rules[..<index] where earlier.plan == rule.plan && earlier.lbfPeriode == rule.lbfPeriode {
                let overlaps = earlier.covers(rule.fra) || rule.covers(earlier.fra)
                if overlaps {
                    reader.error(root, DataPath().appending(key: "regler").appending(index: index),
                                 "the rule \(quoted(rule.navn)) overlaps \(quoted(earlier.navn)) (\(earlier.validity))")
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
        throw IdentifierError("\(quoted(text)) is not a share (expected a fraction such as 3/4 or ¾, or a whole percentage such as 75 pct.)")
    }
}

