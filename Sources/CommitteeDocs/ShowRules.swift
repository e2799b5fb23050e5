import ArgumentParser
import CommitteeDocsResources
import CommitteeDocsFormatting
import CommitteeDocsModel
import CommitteeDocsRules

struct ShowRules: ParsableCommand {
    @OptionGroup var language: LanguageOption

    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Print the funding rules in force on a date.",
        discussion: """
        The rules are data: a versioned table (built in from the project's Rules/finansieringsregler.yaml) with the period each \
        rule applies to. This prints the rules covering DATE (default: today), one block per rule, \
        each with what it rests on (Hjemmel): the law or regulativ, paragraph, in-force day and URL.

        Examples:
          committee-docs rules
          committee-docs rules --date 2016-05-01
          committee-docs rules --date 06-04-2009 --rules min-regeltabel.yaml
        """
    )

    @Option(name: .long, help: ArgumentHelp("The day to show the rules for (2019-10-10 or 10-10-2019).", valueName: "DATE"))
    var date: String?

    @Option(name: .long, help: ArgumentHelp("The funding rules table (default: $COMMITTEE_DOCS_RULES, else the built-in one).", valueName: "FILE"))
    var rules: String?

    func validate() throws {
        if let date, DanishDate(parsing: date) == nil {
            throw ValidationError("--date \"\(date)\" is not a date (expected 2019-10-10 or 10-10-2019)")
        }
    }

    func run() throws {
        let table = try loadRules(rules)
        let day = date.flatMap(DanishDate.init(parsing:)) ?? DanishDate.today
        let inForce = table.rules(inForceOn: day)
        let source = table.file.hasPrefix(BuiltIn.label) ? "indbygget" : table.file
        print("Finansieringsregler i kraft \(day.withWeekday) (regeltabel \(table.version), \(source))")
        if inForce.isEmpty {
            print("")
            print("Ingen regler gælder denne dag.")
        }
        for rule in inForce {
            print("")
            print(RuleDescription.lines(rule).joined(separator: "\n"))
        }
    }
}

/// A rule as the `rules` command prints it, in Danish like the documents.
enum RuleDescription {
    static func lines(_ rule: FundingRule) -> [String] {
        var lines = ["\(rule.navn) (\(rule.plan.plural), gælder \(rule.validity))"]
        func add(_ label: String, _ value: String) {
            lines.append("  " + label.padding(toLength: 20, withPad: " ", startingAt: 0) + value)
        }
        if let period = rule.lbfPeriode { add("LBF-periode", period) }
        if let share = rule.lbfHøjst { add("LBF højst", share.limitText) }
        if let share = rule.lokalMindst { add("Lokal andel mindst", share.limitText) }
        if let share = rule.statHøjst { add("Stat højst", share.limitText) }
        if let cap = rule.statLoft { add("Statsligt loft", cap.formatted + " pr. projekt") }
        if !rule.udelukkedeKilder.isEmpty {
            add("Udelukkede kilder", rule.udelukkedeKilder.map(\.rawValue).joined(separator: ", "))
        }
        for (index, area) in rule.indsatsområder.enumerated() {
            add(index == 0 ? "Indsatsområder" : "", area)
        }
        // What the rule rests on: each law or regulativ, then its paragraph and in-force day, and
        // where its text is public, indented under it.
        for (index, source) in rule.hjemmel.enumerated() {
            add(index == 0 ? "Hjemmel" : "", source.navn)
            let inForce = source.iKraft.map { "i kraft \($0.numeric)" } ?? "ikrafttræden ukendt"
            add("", "  \(source.paragraf); \(inForce)")
            if let url = source.url { add("", "  " + url) }
        }
        return lines
    }
}

import Foundation

extension DanishDate {
    /// Today in Copenhagen.
    static var today: DanishDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Copenhagen") ?? .current
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return DanishDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
