import CommitteeDocsDiagnostics
import ArgumentParser
import Foundation
import CommitteeDocsXHTMLValidation

struct Validate: ParsableCommand {
    @OptionGroup var language: LanguageOption

    static let configuration = CommandConfiguration(
        abstract: "Validate XHTML files against the XHTML 1.0 Strict DTD (offline, through the XML catalog).",
        discussion: """
        Prints each problem as path:line:col: error: message on stderr; exits 65 when any file is invalid.

        Example:
          committee-docs validate output/2009-45219/*.html
        """
    )

    @Argument(help: ArgumentHelp("XHTML files.", valueName: "FILE"), completion: .file(extensions: ["html", "xhtml"]))
    var files: [String]

    func run() throws {
        let validator: XHTMLValidator
        do {
            validator = try XHTMLValidator.shared()
        } catch {
            Console.error(.verbatim("\(error)"))
            throw Exit.unavailable
        }
        var outcome = Outcome()
        for path in files {
            guard let data = FileManager.default.contents(atPath: path) else {
                Console.error(file: path, FilesText.noSuchFile())
                outcome.record(Exit.noInput)
                continue
            }
            guard let text = String(validating: data, as: UTF8.self) else {
                Console.error(file: path, FilesText.notUTF8())
                outcome.record(Exit.dataError)
                continue
            }
            let problems = validator.validate(text, file: path)
            if problems.isEmpty { continue }
            for problem in problems { Console.error(problem.description) }
            outcome.record(Exit.dataError)
        }
        try outcome.finish()
    }
}
