import CommitteeDocsDiagnostics
import CommitteeDocsDocumentTree
import CommitteeDocsLoading
import CommitteeDocsMarkdownReading
import CommitteeDocsMarkdownWriting
import CommitteeDocsModel
import CommitteeDocsPDFPrinting
import CommitteeDocsRules
import CommitteeDocsTemplating
import CommitteeDocsTextWriting
import CommitteeDocsView
import CommitteeDocsXHTMLValidation
import CommitteeDocsXHTMLWriting

/// The pipeline from data file to rendered files, in one direction:
/// load → model → view → template → document tree → writers → validate.
/// Templates are parsed once; a renderer is immutable and safe to share between threads.
public struct Renderer: Sendable {
    public let templates: TemplateLibrary
    public let options: RenderOptions
    /// The funding rules plans are checked against; nil when only memos are rendered.
    public let rules: RuleTable?
    /// The XHTML validator every XHTML file is checked with (nil when no HTML is written).
    public let validator: XHTMLValidator?
    /// The engine that prints the validated XHTML as PDF; required when PDF is among the formats.
    public let printer: PDFEngine?
    /// Reads the template's output, where ```meta blocks draw the side column.
    private let templateReader = MarkdownReader(metaBlocks: true)
    /// Reads an official's prose, where they do not.
    private let proseReader = MarkdownReader()
    /// The meetings' decisions files that plans' routes read (`referat:`), kept while unchanged.
    private let decisionsFiles = DecisionsFileCache()

    /// - Parameters:
    ///   - validator: the XHTML validator; required when HTML is among the formats.
    ///   - rules: the funding rules table; required to render plans.
    ///   - printer: the PDF engine; required when PDF is among the formats.
    public init(templates: TemplateLibrary, options: RenderOptions = RenderOptions(),
                validator: XHTMLValidator?, rules: RuleTable? = nil, printer: PDFEngine? = nil) {
        self.templates = templates
        self.options = options
        self.validator = validator
        self.rules = rules
        self.printer = printer
    }

    /// Loads, checks and renders one data file: a memo, or a plan with every document it lists.
    /// Throws every problem of the file at once (data, rules, templates); then nothing is rendered.
    public func render(bytes: [UInt8], file: String) throws(DiagnosticList) -> [RenderedDocument] {
        try render(bytes: bytes, file: file, only: nil)
    }

    /// As `render(bytes:file:)`; with `only`, a plan renders just that document (after checking
    /// the whole plan), as a meeting packet needs.
    /// - Parameter presentation: the meeting the documents are presented at, and the item's
    ///   attachments: a plan's indstilling becomes that body's item, as of the meeting's date.
    public func render(bytes: [UInt8], file: String, only: ((Submission) -> Bool)?,
                       presentation: Presentation? = nil) throws(DiagnosticList) -> [RenderedDocument] {
        try options.checkInputSize(bytes.count, file: file)
        let root = try DataLoader.load(bytes, file: file, format: DataFormat(path: file))
        switch try SubmissionDecoder.decodeFile(root) {
        case .document(let submission):
            return [try render(submission, view: try view(submission, presentation))]
        case .plan(var plan):
            guard let rules else {
                throw DiagnosticList(Diagnostic(file: file, RenderingText.noRulesTable()))
            }
            try RecordedDecisions.apply(to: &plan, planFile: file, options: options, cache: decisionsFiles)
            try PlanChecker(table: rules).check(plan)
            var documents: [RenderedDocument] = []
            var problems = DiagnosticCollector()
            let shared = try PlanView.shared(plan)
            for submission in plan.submissions where only?(submission) ?? true {
                do throws(DiagnosticList) {
                    if case .planDokument(_, let dokument) = submission {
                        if let meeting = presentation?.meeting {
                            let wrong = PresentationRules.problems(plan, dokument, body: meeting.udvalg, dato: meeting.dato)
                            if !wrong.isEmpty { throw DiagnosticList(wrong) }
                        }
                        documents.append(try render(submission, view: PlanView.make(
                            dokument, of: plan, shared: shared, meeting: presentation?.meeting, bilag: presentation?.bilag,
                            lukketPunkt: presentation?.lukketPunkt)))
                    } else {
                        documents.append(try render(submission, view: try view(submission, presentation)))
                    }
                } catch {
                    problems.append(contentsOf: error)
                }
            }
            try problems.check()
            return documents
        }
    }

    /// A memo's values; at a meeting, with the item's attachments under "Bilag".
    private func view(_ submission: Submission, _ presentation: Presentation?) throws(DiagnosticList) -> TemplateValue {
        try SubmissionView.make(submission, bilag: presentation?.bilag, lukketPunkt: presentation?.lukketPunkt)
    }

    /// Renders a checked submission in every requested format.
    public func render(_ submission: Submission) throws(DiagnosticList) -> RenderedDocument {
        try render(submission, view: try SubmissionView.make(submission))
    }

    /// Renders a submission from its already built template values.
    func render(_ submission: Submission, view: TemplateValue) throws(DiagnosticList) -> RenderedDocument {
        var document = try documentTree(submission, view: view)
        document.properties = Self.properties(submission)
        var rendered = try files(for: document, basePath: submission.identity.path)
        rendered.facts = Self.facts(submission)
        return rendered
    }

    /// A document's author (its forvaltning), subject (Sagsnr. and Dokumentnr.), KLE number and
    /// date, for the XHTML head and the PDF's document information.
    static func properties(_ submission: Submission) -> DocumentProperties {
        let author: String?, date: String, kle: KLENummer?
        switch submission {
        case .notat(let notat):
            (author, date, kle) = (notat.forvaltning ?? notat.sagsbehandler, notat.dato.iso, notat.kle)
        case .planDokument(let plan, let dokument):
            (author, date, kle) = (plan.sag.forvaltning, dokument.dato.iso, plan.sag.kle)
        }
        return DocumentProperties(author: author, subject: "Sagsnr. \(submission.sagsnr), Dokumentnr. \(submission.dokumentnr)",
                                  keywords: [submission.kind.rawValue] + (kle.map { ["KLE \($0)"] } ?? []), date: date)
    }

    static func facts(_ submission: Submission) -> RenderedDocument.Facts {
        switch submission {
        case .notat(let notat):
            return .init(identity: submission.identity, kildeAdgang: notat.adgang)
        case .planDokument(let plan, let dokument):
            var bilag: [String]?
            if case .indstilling(let indstilling) = dokument.indhold { bilag = indstilling.bilag }
            return .init(identity: submission.identity, kildeAdgang: .strictest(plan.dokumenter.map(\.adgang)), bilag: bilag)
        }
    }

    /// Renders any template of the library with `view` (a meeting's agenda, a text item …).
    /// - Parameter properties: its author, subject and date (a meeting's agenda is the committee's,
    ///   dated the meeting's day).
    public func render(template: String, view: TemplateValue, basePath: String,
                       properties: DocumentProperties = DocumentProperties()) throws(DiagnosticList) -> RenderedDocument {
        var output = PlaceholderOutput(capacity: 16 * 1024)
        try templates.render(template, view, into: &output, outputLimit: options.maximumOutput)
        let parsed = templateReader.read(output.markdown)
        var document = PlaceholderResolver(values: output.values, reader: proseReader).resolve(parsed)
        document.properties = properties
        return try files(for: document, basePath: basePath)
    }

    /// Writes `document` in every requested format; the XHTML is validated, and the PDF is
    /// printed from the validated XHTML.
    public func files(for document: Document, basePath: String) throws(DiagnosticList) -> RenderedDocument {
        var files: [RenderedFile] = []
        // The XHTML is written and validated once, for its own file and for the PDF.
        var page: String?
        func validatedPage() throws(DiagnosticList) -> String {
            if let page { return page }
            let written = write(document, as: .html)
            try validate(written, file: basePath + ".html")
            page = written
            return written
        }
        for format in options.formats {
            switch format {
            case .html:
                files.append(RenderedFile(format: .html, contents: try validatedPage()))
            case .md, .txt:
                files.append(RenderedFile(format: format, contents: write(document, as: format)))
            case .pdf:
                let pdf = try printPDF(PDFJob(html: try validatedPage(), identifier: basePath, date: document.properties.date),
                                       file: basePath + ".pdf")
                files.append(RenderedFile(format: .pdf, content: .data(pdf)))
            }
        }
        var rendered = RenderedDocument(basePath: basePath, document: document, files: files)
        if !options.formats.contains(.html) { rendered.printedPage = page }
        return rendered
    }

    private func validate(_ xhtml: String, file: String) throws(DiagnosticList) {
        guard let validator else { return }
        let problems = validator.validate(xhtml, file: file, written: true)
        if !problems.isEmpty { throw DiagnosticList(problems) }
    }

    /// Prints validated XHTML as PDF/A; a failure is reported against `file`.
    public func printPDF(_ job: PDFJob, file: String) throws(DiagnosticList) -> [UInt8] {
        guard let printer else {
            throw DiagnosticList(Diagnostic(file: file, RenderingText.noPDFEngine()))
        }
        do {
            return try printer.print(job)
        } catch {
            throw DiagnosticList(Diagnostic(file: file, RenderingText.cannotMakePDF(["reason": Message.verbatim(error.description)])))
        }
    }

    /// Template → Markdown with placeholders → cmark-gfm → document tree with the values as text nodes.
    public func documentTree(_ submission: Submission) throws(DiagnosticList) -> Document {
        try documentTree(submission, view: try SubmissionView.make(submission))
    }

    func documentTree(_ submission: Submission, view: TemplateValue) throws(DiagnosticList) -> Document {
        var output = PlaceholderOutput(capacity: 16 * 1024)
        try templates.render(submission.kind.rawValue, view, into: &output, outputLimit: options.maximumOutput)
        let parsed = templateReader.read(output.markdown)
        return PlaceholderResolver(values: output.values, reader: proseReader).resolve(parsed)
    }

    /// One writer per text format; each owns its escaping.
    public func write(_ document: Document, as format: OutputFormat) -> String {
        switch format {
        case .html: return XHTMLWriter().write(document)
        case .md: return MarkdownWriter().write(document)
        case .txt: return TextWriter(width: options.width, pageLength: options.pageLength).write(document)
        case .pdf: preconditionFailure("PDF is printed from the XHTML (printPDF), not written from the tree")
        }
    }

    /// A document written in pieces, for one too large to hold as a tree (a meeting packet): its
    /// first part as `write` starts it (in XHTML the page's head comes from it), then each
    /// further part as a `fragment`, then the `closing`. Each writer writes its own page breaks
    /// and separators; XHTML's `opening + closing` frame its page.
    public func opening(_ first: Document, as format: OutputFormat) -> String {
        switch format {
        case .html: return XHTMLWriter().opening(first) + XHTMLWriter().fragment(first)
        case .md, .txt: return write(first, as: format)
        case .pdf: preconditionFailure("PDF is printed from the XHTML (printPDF), not written from the tree")
        }
    }

    /// `document`'s blocks as `format`'s writer writes them to continue a document (see `opening`).
    public func fragment(_ document: Document, as format: OutputFormat) -> String {
        switch format {
        case .html: return XHTMLWriter().fragment(document)
        case .md: return MarkdownWriter().fragment(document)
        case .txt: return TextWriter(width: options.width, pageLength: options.pageLength).fragment(document)
        case .pdf: preconditionFailure("PDF is printed from the XHTML (printPDF), not written from the tree")
        }
    }

    /// What ends a document written in pieces (see `opening`): the XHTML page's end; nothing in
    /// Markdown and text.
    public func closing(as format: OutputFormat) -> String {
        format == .html ? XHTMLWriter.closing : ""
    }

    /// Print CSS for a page written in parts, each opened by a page break and a line naming it:
    /// a PDF outline of one bookmark per part (`XHTMLWriter.outlineOfParts`).
    public static let outlineOfParts = XHTMLWriter.outlineOfParts
}

extension DataFormat {
    /// JSON for `.json` files (any case), YAML otherwise (YAML is the officials' format).
    public init(path: String) {
        // Compared on bytes when the name ends in ASCII: lowercasing the whole path with Unicode's
        // rules showed in profiles. (Only a non-ASCII character could join the "." into one Character.)
        let tail = path.utf8.suffix(6)
        guard tail.allSatisfy({ $0 < 0x80 }) else {
            self = path.lowercased().hasSuffix(".json") ? .json : .yaml
            return
        }
        let isJSON = tail.count >= 5 && zip(tail.suffix(5), ".json".utf8).allSatisfy { byte, expected in
            byte == expected || (byte | 0x20 == expected && (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(expected))
        }
        self = isJSON ? .json : .yaml
    }
}
