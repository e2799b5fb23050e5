import ArgumentParser
import CommitteeDocsResources
import CommitteeDocsDiagnostics
import CommitteeDocsFileWriting
import CommitteeDocsFormatting
import Foundation
import CommitteeDocsRules

/// `templates export DIR`: the built-in templates as files, a starting point for a municipality's own.
struct TemplatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "templates",
        abstract: "Write out the built-in templates.",
        subcommands: [Export.self]
    )

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the built-in templates into DIR, to edit and use with --templates DIR.",
            discussion: """
            Creates DIR if needed and writes one Mustache file per template (notat.md, indstilling.md, \
            memohoved.md …). Nothing is overwritten: if any of the files exists, nothing is written (exit 73).

            Example:
              committee-docs templates export mine-skabeloner
              committee-docs render notat.yaml --templates mine-skabeloner
            """
        )

        @Argument(help: ArgumentHelp("The folder to write the templates into.", valueName: "DIR"),
                  completion: .directory)
        var directory: String

        @OptionGroup var language: LanguageOption

        func run() throws {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                Console.error(file: directory, FilesText.cannotCreateFolder())
                throw Exit.cannotCreate
            }
            let files = BuiltIn.templates.map { (path: (directory as NSString).appendingPathComponent($0.name), text: $0.text) }
            let existing = files.filter { FileManager.default.fileExists(atPath: $0.path) }
            guard existing.isEmpty else {
                for file in existing { Console.error(file: file.path, FilesText.existsNothingWritten()) }
                throw Exit.cannotCreate
            }
            // All or nothing: a failure part-way removes the templates written before it.
            for (index, file) in files.enumerated() {
                if let failure = NewFile.create(file.text, at: file.path) {
                    Console.error(file: file.path, failure.message)
                    for written in files[..<index] { try? FileManager.default.removeItem(atPath: written.path) }
                    throw failure.stage == .create ? Exit.cannotCreate : Exit.ioError
                }
            }
            for file in files { print(file.path) }
        }
    }
}

/// The kinds of data file a schema or a starter file exists for, as the user names them.
enum DataFileKind: String, CaseIterable, ExpressibleByArgument {
    case notat, indstilling, plan
    case møde
    case referat

    init?(argument: String) {
        switch argument.lowercased() {
        case "moede", "mode": self = .møde
        default: self.init(rawValue: argument.lowercased())
        }
    }

    /// The name of its schema file (`schemas/<name>.schema.json`): an indstilling is written in a plan file.
    var schemaName: String {
        switch self {
        case .notat: "notat"
        case .indstilling, .plan: "plan"
        case .møde: "moede"
        case .referat: "referat"
        }
    }

    /// The name of its starter file (`Starters/<name>.yaml`), if `new` makes one.
    var starterName: String? {
        switch self {
        case .notat: "notat"
        case .indstilling, .plan: "plan"
        case .møde: "moede"
        case .referat: nil
        }
    }
}

/// `schema KIND`: the JSON Schema an editor checks a data file against.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema (draft 2020-12) of a kind of data file.",
        discussion: """
        KIND is notat, plan (also for indstilling), møde (or moede) or referat. Editors with a YAML \
        language server (VS Code's YAML extension) complete and check a file whose first line is
          # yaml-language-server: $schema=<path or URL of the schema>

        Examples:
          committee-docs schema plan > plan.schema.json
          committee-docs schema møde
        """
    )

    @Argument(help: ArgumentHelp("notat, plan, møde or referat.", valueName: "KIND"))
    var kind: DataFileKind

    @OptionGroup var language: LanguageOption

    func run() throws {
        guard let schema = BuiltIn.schema(kind.schemaName) else {
            Console.error(FilesText.noSchemaBuiltIn(["kind": kind.rawValue]))
            throw Exit.unavailable
        }
        FileHandle.standardOutput.write(Data(schema.text.utf8))
    }
}

/// `new KIND [FILE]`: a commented starter file that `check` accepts as written.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write a commented starter file for a notat, indstilling, plan or møde.",
        discussion: """
        The file has today's date (or --date), placeholders in [brackets] to fill in, and comments \
        on every key; `committee-docs check` accepts it as written. An installed committee-docs \
        (make install, the .deb) starts it with the line that points an editor's YAML language \
        server at the installed JSON Schema. An indstilling is written in \
        its plan's file (it shows the plan's budget and route), so `new indstilling` writes a plan. \
        A plan gets the LBF period of the funding rules in force on the date. An existing file is \
        never overwritten (exit 73). FILE - writes to standard output.

        Examples:
          committee-docs new notat                       (writes notat.yaml)
          committee-docs new plan solhaven.yaml
          committee-docs new møde tmu-2026-12-14.yaml
        """
    )

    @Argument(help: ArgumentHelp("notat, indstilling, plan or møde.", valueName: "KIND"))
    var kind: DataFileKind

    @Argument(help: ArgumentHelp("The file to write (default: KIND.yaml in the current folder).", valueName: "FILE"),
              completion: .file(extensions: ["yaml", "yml"]))
    var file: String?

    @Option(name: .long, help: ArgumentHelp("The document's date (default: today).", valueName: "DATE"))
    var date: String?

    @Option(name: .long, help: ArgumentHelp("The funding rules table the plan's LBF period is taken from (default: the built-in one).",
                                            valueName: "FILE"))
    var rules: String?

    @OptionGroup var language: LanguageOption

    func validate() throws {
        if kind.starterName == nil {
            throw ValidationError("new makes notat, indstilling, plan or møde files; a referat is written after the meeting")
        }
        if let date, DanishDate(parsing: date) == nil {
            throw ValidationError("--date \"\(date)\" is not a date (expected 2019-10-10 or 10-10-2019)")
        }
    }

    func run() throws {
        let day = date.flatMap(DanishDate.init(parsing:)) ?? DanishDate.today
        let starter = BuiltIn.starter(kind.starterName!)!
        var values = try Self.values(for: day, rules: starter.text.contains("{{lbf-periode}}") ? loadRules(rules) : nil)
        values["art"] = kind.rawValue
        var text = Self.fill(starter.text, with: values)
        if let schema = Self.installedSchema(kind.schemaName) {
            text = "# yaml-language-server: $schema=\(schema)\n" + text
        }
        let path = file ?? "\(kind.rawValue).yaml"
        if path == "-" {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        if let failure = NewFile.create(text, at: path) {
            let exists = FileManager.default.fileExists(atPath: path)
            Console.error(file: path, exists ? FilesText.existsNotOverwritten() : failure.message)
            throw failure.stage == .create ? Exit.cannotCreate : Exit.ioError
        }
        print(path)
    }

    /// The values of a starter's `{{…}}` fields for a day: the date and the dates after it, the year,
    /// and for a plan the LBF period in force and its activity areas.
    static func values(for day: DanishDate, rules: RuleTable?) throws -> [String: String] {
        var values = [
            "dato": day.iso,
            "år": String(day.year),
            "åå": String(format: "%02d", day.year % 100),
        ]
        for offset in [14, 28, 42, 49, 70] { values["dato+\(offset)"] = day.adding(days: offset).iso }
        values["periode-slut"] = day.adding(years: 4).adding(days: -1).iso
        if let rules {
            guard let rule = rules.rules(inForceOn: day).first(where: { $0.plan == .helhedsplan && $0.lbfPeriode != nil }) else {
                Console.error(file: rules.file, FilesText.noLbfPeriodInForce(["date": day.numeric]))
                throw Exit.dataError
            }
            values["lbf-periode"] = rule.lbfPeriode!
            // The plan starter's budget total (4.000.000 kr.), spread evenly over the areas.
            let areas = rule.indsatsområder
            let share = 4_000_000 / max(areas.count, 1)
            values["indsatsområder"] = areas.enumerated().map { index, area in
                let amount = index == areas.count - 1 ? 4_000_000 - share * (areas.count - 1) : share
                return "    - {navn: \(area), beløb: \(Amount(øre: Int64(amount) * 100).formatted)}"
            }.joined(separator: "\n")
        }
        return values
    }

    /// The schema `make install` put beside the binary (`<prefix>/share/committee-docs/schemas/`),
    /// as the URL an editor's YAML language server reads from a starter's first line; nil when the
    /// binary is not installed (a build in the checkout).
    static func installedSchema(_ name: String) -> String? {
        guard let executable = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") else { return nil }
        let schema = URL(fileURLWithPath: executable).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("share/committee-docs/schemas/\(name).schema.json")
        return FileManager.default.fileExists(atPath: schema.path) ? schema.absoluteString : nil
    }

    /// The text with each `{{name}}` replaced by its value.
    static func fill(_ text: String, with values: [String: String]) -> String {
        var text = text
        for (name, value) in values { text = text.replacingOccurrences(of: "{{\(name)}}", with: value) }
        return text
    }
}

extension DanishDate {
    /// The day `days` days later (earlier when negative).
    func adding(days: Int) -> DanishDate { shifted(.day, days) }

    /// The same day `years` years later (28 February for 29 February in a common year).
    func adding(years: Int) -> DanishDate { shifted(.year, years) }

    private func shifted(_ component: Calendar.Component, _ value: Int) -> DanishDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let date = calendar.date(from: DateComponents(year: year, month: month, day: day))!
        let shifted = calendar.dateComponents([.year, .month, .day], from: calendar.date(byAdding: component, value: value, to: date)!)
        return DanishDate(year: shifted.year!, month: shifted.month!, day: shifted.day!)!
    }
}
