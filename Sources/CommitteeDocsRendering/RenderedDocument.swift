import CommitteeDocsDocumentTree
import CommitteeDocsFileWriting
import CommitteeDocsModel

/// One document rendered in memory, not yet written.
public struct RenderedDocument: Sendable {
    /// The path below the output folder without extension: a data document's
    /// `identity.path` (`2009-45219/2009-199623-notat`), or a packet's own name for it
    /// (`punkter/02-br-412-19`, `dagsorden`). Always derived, never parsed back.
    public var basePath: String
    /// The document tree every file was written from.
    public var document: Document
    /// The rendered files, in format order.
    public var files: [RenderedFile]
    /// Who a document from data is and what an archive or a packet needs of it; nil for
    /// documents drawn from a template alone (a packet's agenda).
    public var facts: Facts?

    public struct Facts: Sendable, Hashable {
        public var identity: DocumentIdentity
        /// The access of the data file it came from as a whole: a plan file holds every document
        /// of the plan, so it is closed when any of them is.
        public var kildeAdgang: Adgang
        /// An indstilling's own list of bilag titles, which a meeting item must attach in order.
        public var bilag: [String]?

        public init(identity: DocumentIdentity, kildeAdgang: Adgang, bilag: [String]? = nil) {
            self.identity = identity
            self.kildeAdgang = kildeAdgang
            self.bilag = bilag
        }
    }

    /// The document's identity, when it comes from data.
    public var identity: DocumentIdentity? { facts?.identity }

    /// The validated XHTML page a PDF was printed from, kept when XHTML is not among `files`
    /// (a meeting packet combines its items' pages); see `xhtml`.
    public var printedPage: String?

    public init(basePath: String, document: Document, files: [RenderedFile], facts: Facts? = nil) {
        self.basePath = basePath
        self.document = document
        self.files = files
        self.facts = facts
    }
}

/// One rendered file: its format and its content.
public struct RenderedFile: Sendable {
    public var format: OutputFormat
    public var content: FileContent

    public init(format: OutputFormat, content: FileContent) {
        self.format = format
        self.content = content
    }

    /// A text format's file.
    public init(format: OutputFormat, contents: String) {
        self.init(format: format, content: .text(contents))
    }

    /// The path below the output folder.
    public func relativePath(base: String) -> String {
        base + "." + format.fileExtension
    }
}

extension RenderedDocument {
    /// The rendered text of `format`, or "" when that format was not requested (or is PDF).
    public func text(_ format: OutputFormat) -> String {
        files.first { $0.format == format }?.content.text ?? ""
    }

    /// The validated XHTML page: the XHTML file, or the page the PDF was printed from; "" when
    /// neither was made.
    public var xhtml: String {
        files.first { $0.format == .html }?.content.text ?? printedPage ?? ""
    }

    /// The same files without the document tree, to keep many rendered documents small in memory.
    public var withoutTree: RenderedDocument {
        var copy = RenderedDocument(basePath: basePath, document: Document(blocks: []), files: files, facts: facts)
        copy.printedPage = printedPage
        return copy
    }
}
