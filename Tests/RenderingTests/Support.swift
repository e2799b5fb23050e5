import Diagnostics
import Foundation
import TestSupport
import Rendering
import Rules
import Templating
import XHTMLValidation


/// A renderer over the shipped templates.
func shippedRenderer(_ options: RenderOptions = RenderOptions()) throws -> Renderer {
    Renderer(templates: try TemplateLibrary(directory: packageRoot + "/Templates"), options: options,
             validator: try XHTMLValidator.shared(), rules: try shippedRules())
}

/// The rendered text of one format.
extension RenderedDocument {
    func contents(_ format: OutputFormat) -> String {
        files.first { $0.format == format }!.contents
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
