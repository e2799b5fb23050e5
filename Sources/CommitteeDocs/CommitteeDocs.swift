import ArgumentParser
import CommitteeDocsDiagnostics
import Foundation

@main
struct CommitteeDocs: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "committee-docs",
        abstract: "Render Danish committee documents (notat, indstilling, ansøgning) and meeting packets as XHTML, Markdown and plain text.",
        discussion: """
        Write a document's data once, in YAML or JSON with Danish keys; committee-docs checks it and \
        renders it through one template into validated XHTML 1.0 Strict, Markdown and plain text, \
        and on request PDF/A-2b (--format pdf). \
        A plan file renders every document it lists; a meeting file becomes a packet (packet). \
        preview shows a file's documents in the browser and updates them on every save.

        Exit codes: 0 ok, 64 usage, 65 bad data or template, 66 missing input, 69 XHTML DTD not \
        installed or --format pdf without weasyprint (preview: or cannot listen), 73 cannot create \
        output, 74 cannot write output, 75 preview's port is in use.
        """,
        version: generatorVersion,
        subcommands: [Render.self, Check.self, PacketCommand.self, ArchiveCommand.self, Validate.self, ShowRules.self,
                      PreviewCommand.self, NewCommand.self, SchemaCommand.self, TemplatesCommand.self]
    )

    /// The messages' language comes from the locale before anything is parsed; a command's
    /// `--sprog` (LanguageOption) overrides it. Many files are parsed as few (`FileArguments`).
    static func main() async {
        Language.current = Language.chosen(environment: ProcessInfo.processInfo.environment)
        await main(FileArguments.grouped(Array(CommandLine.arguments.dropFirst())))
    }
}

/// The version written into generated documents' metadata and printed by `--version`.
let generatorVersion = "0.1.0"
