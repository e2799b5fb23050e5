import ArgumentParser
import CommitteeDocsDiagnostics
import Foundation

/// `--sprog da|en`: the language of the messages about data, rules, templates and files. Without
/// it the locale decides (LC_ALL, LC_MESSAGES, LANG: Danish when it starts with `da`). Help texts
/// and option syntax errors stay English.
struct LanguageOption: ParsableArguments {
    @Option(name: .customLong("sprog"),
            help: ArgumentHelp("Language of the error messages: da or en (default: from LC_ALL, LC_MESSAGES or LANG).",
                               valueName: "da|en"))
    var sprog: Language?

    func validate() throws {
        Language.current = Language.chosen(option: sprog, environment: ProcessInfo.processInfo.environment)
    }
}

extension Language: ExpressibleByArgument {}
