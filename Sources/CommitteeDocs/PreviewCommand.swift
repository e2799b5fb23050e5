import CommitteeDocsDiagnostics
import ArgumentParser
import Foundation
import CommitteeDocsPreview
import CommitteeDocsRendering
import CommitteeDocsXHTMLValidation

struct PreviewCommand: AsyncParsableCommand {
    @OptionGroup var language: LanguageOption

    static let configuration = CommandConfiguration(
        commandName: "preview",
        abstract: "Show a data file's documents in the browser, as they will be printed, updated on every save.",
        discussion: """
        Starts a local web server on 127.0.0.1 only and prints its URL as the first line of stdout. \
        The page shows the validated XHTML as printed (A4 sheet, side column), with tabs for every \
        document and for the Markdown and text renderings. A plan shows all its documents; a meeting \
        file (møde:) its agenda, items and combined packet, with a switch between the internal and \
        the public edition; a decisions file (referat:) its minutes. Everything is rendered in \
        memory: nothing is written, nothing is published.

        The file, the data files in its folder, the files it refers to (sources, bilag, decisions \
        files and their meetings), the templates and the rules table are watched (every 250 ms); \
        after a save the page updates itself, keeping its scroll position. When a save breaks the \
        data, the page shows every error (file:line:col, the message and the source line) above \
        the last good rendering. Ctrl-C stops the server.

        Exit codes: 0 stopped (Ctrl-C or SIGTERM), 64 usage, 66 missing input, 69 XHTML DTD not \
        installed or cannot listen, 75 the port is in use (try again later, or another --port).

        Examples:
          committee-docs preview samples/notat-omraadebaserede-indsatser.yaml
          committee-docs preview samples/plan-helhedsplan-solhaven-foreloebig.yaml --port 8090
          committee-docs preview samples/møder/tmu-2019-09-02.yaml --port 0
        """
    )

    @Argument(help: ArgumentHelp("The memo, plan, meeting or decisions file (YAML or JSON).", valueName: "FILE"), completion: .file(extensions: ["yaml", "yml", "json"]))
    var file: String

    @Option(name: .long, help: ArgumentHelp("The port on 127.0.0.1 (0 picks a free one).", valueName: "N"))
    var port: Int = 8080

    @OptionGroup var resources: ResourceOptions

    @Option(name: .long, help: "Line width of the plain-text rendering.")
    var width: Int = 72

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
        guard (20...1000).contains(width) else { throw ValidationError("--width must be between 20 and 1000 columns") }
    }

    func run() async throws {
        guard FileManager.default.fileExists(atPath: file) else {
            Console.error(file: file, FilesText.noSuchFile())
            throw Exit.noInput
        }
        do {
            _ = try XHTMLValidator.shared()
        } catch {
            Console.error(.verbatim("\(error)"))
            throw Exit.unavailable
        }
        let configuration = PreviewConfiguration(file: file, templatesFolder: resources.templatesFolder, rulesFile: resources.rulesFile,
                                                 options: RenderOptions(width: width), port: port)
        do {
            try await PreviewServer.run(configuration) { url in
                print(url)
                fflush(stdout)
                Console.error("committee-docs: previewing \(file) at \(url) (Ctrl-C stops)")
            }
        } catch let error as PreviewServerError {
            Console.error(.verbatim("\(error)"))
            if case .portInUse = error { throw Exit.portInUse }
            throw Exit.unavailable
        }
    }
}
