import ArgumentParser
import CommitteeDocsDiagnostics
import Foundation
import CommitteeDocsPDFPrinting
import CommitteeDocsRendering
import CommitteeDocsRules
import CommitteeDocsResources
import CommitteeDocsTemplating
import CommitteeDocsXHTMLValidation

/// The options `render` and `check` share.
struct PipelineOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Formats to write, comma-separated: html, md, txt, pdf (PDF/A-2b, needs weasyprint), or all.",
                                            valueName: "html,md,txt"))
    var format: String = "html,md,txt"

    @OptionGroup var resources: ResourceOptions

    @Option(name: .long, help: "Line width of the plain-text output.")
    var width: Int = 72

    @Option(name: .long, help: ArgumentHelp("Paginate the plain text: lines per page, with \"Side N af M\" footers.",
                                            valueName: "LINES"))
    var pageLength: Int?

    @Option(name: .long, help: ArgumentHelp("The largest data file read (default 10MB).", valueName: "SIZE"))
    var maxInput = ByteCount(RenderOptions.defaultLimit)

    @Option(name: .long, help: ArgumentHelp("The most a template may render for one document (default 10MB).",
                                            valueName: "SIZE"))
    var maxOutput = ByteCount(RenderOptions.defaultLimit)

    func validate() throws {
        if case .failure(let unknown) = OutputFormat.parseList(format) {
            throw ValidationError("unknown format \"\(unknown.name)\" in --format (expected html, md, txt, pdf or all)")
        }
        if OutputFormat.parseList(format).formats.isEmpty {
            throw ValidationError("--format names no format (expected html, md, txt, pdf or all)")
        }
        guard (20...1000).contains(width) else {
            throw ValidationError("--width must be between 20 and 1000 columns")
        }
        if let pageLength, !(10...10_000).contains(pageLength) {
            throw ValidationError("--page-length must be between 10 and 10000 lines")
        }
    }

    var options: RenderOptions {
        RenderOptions(formats: OutputFormat.parseList(format).formats, width: width, pageLength: pageLength,
                      maximumInput: maxInput.bytes, maximumOutput: maxOutput.bytes)
    }

    /// The renderer for these options; reports template and set-up problems and exits.
    func makeRenderer() throws -> Renderer {
        let library = try resources.templateLibrary()
        let formats = OutputFormat.parseList(format).formats
        var validator: XHTMLValidator?
        // PDF is printed from the validated XHTML.
        if formats.contains(.html) || formats.contains(.pdf) {
            do {
                validator = try XHTMLValidator.shared()
            } catch {
                Console.error(.verbatim("\(error)"))
                throw Exit.unavailable
            }
        }
        var printer: PDFEngine?
        if formats.contains(.pdf) {
            do throws(PDFEngine.Unavailable) {
                let engine = try PDFEngine.locate()
                _ = try engine.checkAvailable()
                printer = engine
            } catch {
                Console.error(.verbatim(error.description))
                throw Exit.unavailable
            }
        }
        return Renderer(templates: library,
                        options: options,
                        validator: validator, rules: try loadRules(resources.rules), printer: printer)
    }
}

/// Where the templates and the funding rules table are: the options every command that renders shares.
struct ResourceOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Folder with the templates (default: $COMMITTEE_DOCS_TEMPLATES, else the built-in ones; `templates export` writes those out).",
                                            valueName: "DIR"))
    var templates: String?

    @Option(name: .long, help: ArgumentHelp("The funding rules table plans are checked against (default: $COMMITTEE_DOCS_RULES, else the built-in one).",
                                            valueName: "FILE"))
    var rules: String?

    /// The templates folder asked for, or nil for the built-in templates.
    var templatesFolder: String? { ResourceLocation.templates.resolve(templates) }

    /// The funding rules table asked for, or nil for the built-in one.
    var rulesFile: String? { ResourceLocation.rules.resolve(rules) }

    /// The templates: the folder asked for (missing: 66; broken: 65, every problem reported), else the built-in ones.
    func templateLibrary() throws -> TemplateLibrary {
        do {
            var isFolder: ObjCBool = false
            if let folder = templatesFolder, !(FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) && isFolder.boolValue) {
                Console.error(file: folder, FilesText.noSuchTemplateFolder())
                throw Exit.noInput
            }
            return try TemplateLibrary.load(folder: templatesFolder)
        } catch let error as DiagnosticList {
            Console.report(error)
            throw Exit.dataError
        }
    }
}

/// Reads the funding rules table: from FILE (or $COMMITTEE_DOCS_RULES), else the built-in one.
/// A missing file is missing input (66), a broken table bad data (65).
func loadRules(_ option: String?) throws -> RuleTable {
    let path = ResourceLocation.rules.resolve(option)
    do {
        return try RuleTable.load(file: path)
    } catch {
        Console.report(error)
        // An unreadable file is missing input (66); a table that reads but is wrong, bad data (65).
        if let path, !FileManager.default.isReadableFile(atPath: path) { throw Exit.noInput }
        throw Exit.dataError
    }
}

extension Result where Success == [OutputFormat] {
    var formats: [OutputFormat] { (try? get()) ?? [] }
}

/// A size in bytes as a user writes it: `10MB`, `500KB`, `20000000` (1 KB = 1.000 bytes).
struct ByteCount: ExpressibleByArgument {
    let bytes: Int

    init(_ bytes: Int) {
        self.bytes = bytes
    }

    init?(argument: String) {
        let text = argument.uppercased()
        let units: [(String, Int)] = [("GB", 1_000_000_000), ("MB", 1_000_000), ("KB", 1_000), ("B", 1)]
        let (suffix, factor) = units.first { text.hasSuffix($0.0) } ?? ("", 1)
        guard let number = Int(text.dropLast(suffix.count)), number > 0 else { return nil }
        let (bytes, overflow) = number.multipliedReportingOverflow(by: factor)
        guard !overflow else { return nil }
        self.bytes = bytes
    }

    var defaultValueDescription: String { "\(bytes / 1_000_000)MB" }
}
