import CommitteeDocsDiagnostics
import CommitteeDocsFormatting
import CommitteeDocsLoading
import CommitteeDocsModel

/// The funding rules in force, read from the versioned rules file shipped with the project
/// (`Rules/finansieringsregler.yaml`), never from constants in code.
public struct RuleTable: Hashable, Sendable {
    /// The table's own version, e.g. "2026.1", shown by `committee-docs rules`.
    public var version: String
    public var rules: [FundingRule]
    /// The file it was read from.
    public var file: String

    public init(version: String, rules: [FundingRule], file: String) {
        self.version = version
        self.rules = rules
        self.file = file
    }

    /// The rules whose validity covers `date`.
    public func rules(inForceOn date: DanishDate) -> [FundingRule] {
        rules.filter { $0.covers(date) }
    }

    /// The rule that governs `plan`: for a helhedsplan the rule of its LBF period, for an
    /// områdefornyelse the rule in force when the plan starts.
    public func rule(for plan: Plan) -> FundingRule? {
        switch plan.kind {
        case .helhedsplan:
            return rules.first { $0.plan == .helhedsplan && $0.lbfPeriode == plan.lbfPeriode?.value }
        case .områdefornyelse:
            return rules.first { $0.plan == .områdefornyelse && $0.covers(plan.periode.start) }
        }
    }
}

/// One row of the rules table: what a kind of plan may be financed by, in a period.
public struct FundingRule: Hashable, Sendable {
    public var plan: PlanKind
    /// The name used in messages, e.g. "LBF 2019-26".
    public var navn: String
    /// The first and last day the rule applies (`til` nil: until further notice).
    public var fra: DanishDate
    public var til: DanishDate?
    /// Helhedsplan: Landsbyggefonden's funding period this rule belongs to.
    public var lbfPeriode: String?
    /// The largest share Landsbyggefonden may pay.
    public var lbfHøjst: Ratio?
    /// The smallest share local co-financing (kommune, boligorganisation, afdeling, andre) must pay.
    public var lokalMindst: Ratio?
    /// The largest share the state may pay.
    public var statHøjst: Ratio?
    /// The largest amount the state may pay per project.
    public var statLoft: Amount?
    /// Kinds of source that may not finance the plan at all.
    public var udelukkedeKilder: [Kildeart]
    /// The activity areas a budget may use; empty: any.
    public var indsatsområder: [String]
    /// What the rule rests on: one or more laws or regulativer (the table requires at least one).
    public var hjemmel: [Hjemmel]

    public init(plan: PlanKind, navn: String, fra: DanishDate, til: DanishDate? = nil, lbfPeriode: String? = nil,
                lbfHøjst: Ratio? = nil, lokalMindst: Ratio? = nil, statHøjst: Ratio? = nil, statLoft: Amount? = nil,
                udelukkedeKilder: [Kildeart] = [], indsatsområder: [String] = [], hjemmel: [Hjemmel] = []) {
        self.plan = plan
        self.navn = navn
        self.fra = fra
        self.til = til
        self.lbfPeriode = lbfPeriode
        self.lbfHøjst = lbfHøjst
        self.lokalMindst = lokalMindst
        self.statHøjst = statHøjst
        self.statLoft = statLoft
        self.udelukkedeKilder = udelukkedeKilder
        self.indsatsområder = indsatsområder
        self.hjemmel = hjemmel
    }

    public func covers(_ date: DanishDate) -> Bool {
        fra <= date && (til.map { date <= $0 } ?? true)
    }

    /// "01-01-2019–31-12-2026" or "fra 01-01-2015".
    public var validity: String {
        til.map { "\(fra.numeric)–\($0.numeric)" } ?? "fra \(fra.numeric)"
    }
}

/// A rule's legal source (`hjemmel` in the rules table): the law or regulativ, where in it, the
/// day it came into force, and where its text is public.
public struct Hjemmel: Hashable, Sendable {
    /// The law or regulativ, e.g. "Lov nr. 1562 af 19. december 2017 (L 65, 2017-18)".
    public var navn: String
    /// Where in it, e.g. "byfornyelseslovens § 7, stk. 1"; the table may say "paragraf ikke fundet".
    public var paragraf: String
    /// The day it came into force; nil when the table says `ukendt`.
    public var iKraft: DanishDate?
    /// Where the text is public (http or https); nil when it is not, or was not found.
    public var url: String?

    public init(navn: String, paragraf: String, iKraft: DanishDate?, url: String? = nil) {
        self.navn = navn
        self.paragraf = paragraf
        self.iKraft = iKraft
        self.url = url
    }
}

extension Ratio {
    /// A rule's limit as a message shows it: "75 pct." when whole, else "⅓ (33,3 pct.)".
    public var limitText: String {
        let whole = Ratio(numerator.multipliedReportingOverflow(by: 100).partialValue, denominator)?.isWhole ?? false
        return whole ? percent() : "\(fractionText) (\(percent(decimals: 1)))"
    }
}
