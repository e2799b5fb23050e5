import CommitteeDocsRendering
import CommitteeDocsRules
import CommitteeDocsTemplating
import CommitteeDocsXHTMLValidation

extension Renderer {
    /// A renderer as `committee-docs render` makes one without options: the shipped templates
    /// and funding rules table, and the XHTML 1.0 Strict validator (libxml2, with Debian's
    /// w3c-sgml-lib catalog). The entry point for a program that uses committee-docs as a library.
    /// - Parameter options: formats, page width and length, size limits (XHTML, Markdown and
    ///   text by default; PDF needs a `PDFEngine`, see `init(templates:options:validator:rules:printer:)`).
    public static func builtIn(options: RenderOptions = RenderOptions()) throws -> Renderer {
        Renderer(templates: try TemplateLibrary.builtIn(), options: options, validator: try XHTMLValidator.shared(),
                 rules: try RuleTable.builtIn())
    }
}
