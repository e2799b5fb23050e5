import CommitteeDocsDiagnostics
import Foundation
import CommitteeDocsPDFPrinting
import TestSupport
import CommitteeDocsRendering
import CommitteeDocsRules
import CommitteeDocsTemplating
import CommitteeDocsXHTMLValidation


/// A renderer over the shipped templates; with PDF among the formats, it prints with WeasyPrint.
func shippedRenderer(_ options: RenderOptions = RenderOptions()) throws -> Renderer {
    Renderer(templates: try TemplateLibrary(directory: packageRoot + "/Templates"), options: options,
             validator: try XHTMLValidator.shared(), rules: try shippedRules(),
             printer: options.formats.contains(.pdf) ? try sharedPDFEngine() : nil)
}

/// One WeasyPrint engine for all the tests of this target (its workers stay warm).
func sharedPDFEngine() throws -> PDFEngine {
    try engine.get()
}

private let engine = Result<PDFEngine, any Error> {
    do {
        return try PDFEngine.locate()
    } catch {
        throw PDFUnavailable(description: "\(error) (`make test` installs it: see README, PDF)")
    }
}

struct PDFUnavailable: Error, CustomStringConvertible {
    let description: String
}

/// The rendered text of one format.
extension RenderedDocument {
    func contents(_ format: OutputFormat) -> String {
        files.first { $0.format == format }!.content.text!
    }
}

/// The sample data files, sorted.
func sampleFiles() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: packageRoot + "/samples")
        .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".json") }
        .sorted()
        .map { "samples/" + $0 }
}

/// The funding rules table shipped in Rules/.
func shippedRules() throws -> RuleTable {
    let file = packageRoot + "/Rules/finansieringsregler.yaml"
    return try RuleTableDecoder.load(bytes: [UInt8](FileManager.default.contents(atPath: file)!), file: file)
}
