import Diagnostics
import DocumentTree
import Loading
import MarkdownReading
import MarkdownWriting
import Model
import Templating
import TextWriting
import View
import XHTMLValidation
import XHTMLWriting

/// The pipeline from data file to rendered files, in one direction:
/// load → model → view → template → document tree → writers → validate.
/// Templates are parsed once; a renderer is immutable and safe to share between threads.
public struct Renderer: Sendable {
    public let templates: TemplateLibrary
    public let options: RenderOptions
    private let validator: XHTMLValidator?
    private let reader = MarkdownReader()

    /// - Parameter validator: the XHTML validator; required when HTML is among the formats.
    public init(templates: TemplateLibrary, options: RenderOptions = RenderOptions(),
                validator: XHTMLValidator?) {
        self.templates = templates
        self.options = options
        self.validator = validator
    }

    /// Loads, checks and renders one data file. Throws every problem of the file at once.
    public func render(bytes: [UInt8], file: String) throws(DiagnosticList) -> RenderedDocument {
        let root = try DataLoader.load(bytes, file: file, format: DataFormat(path: file))
        let submission = try SubmissionDecoder.decode(root)
        return try render(submission)
    }

    /// Renders a checked submission in every requested format.
    public func render(_ submission: Submission) throws(DiagnosticList) -> RenderedDocument {
        let document = try documentTree(submission)
        let basePath = Self.basePath(submission)
        var files: [RenderedFile] = []
        for format in options.formats {
            let contents = write(document, as: format)
            if format == .html, let validator {
                let problems = validator.validate(contents, file: basePath + ".html")
                if !problems.isEmpty { throw DiagnosticList(problems) }
            }
            files.append(RenderedFile(format: format, contents: contents))
        }
        return RenderedDocument(basePath: basePath, document: document, files: files)
    }

    /// Template → Markdown with placeholders → cmark-gfm → document tree with the values as text nodes.
    public func documentTree(_ submission: Submission) throws(DiagnosticList) -> Document {
        let view = SubmissionView.make(submission)
        var output = PlaceholderOutput(capacity: 16 * 1024)
        try templates.render(submission.kind, view, into: &output)
        let parsed = reader.read(output.markdown)
        return PlaceholderResolver(values: output.values, reader: reader).resolve(parsed)
    }

    /// One writer per format; each owns its escaping.
    public func write(_ document: Document, as format: OutputFormat) -> String {
        switch format {
        case .html: return XHTMLWriter().write(document)
        case .md: return MarkdownWriter().write(document)
        case .txt: return TextWriter(width: options.width, pageLength: options.pageLength).write(document)
        }
    }

    /// `<sagsnr>/<dokumentnr>-<kind>`: built from validated identifiers (digits and dashes) only,
    /// so data can never steer a path out of the output folder.
    public static func basePath(_ submission: Submission) -> String {
        switch submission {
        case .notat(let notat):
            return "\(notat.sagsnr)/\(notat.dokumentnr)-\(submission.kind)"
        }
    }
}

extension DataFormat {
    /// JSON for `.json` files, YAML otherwise (YAML is the officials' format).
    public init(path: String) {
        self = path.lowercased().hasSuffix(".json") ? .json : .yaml
    }
}
