import DocumentTree
import Model

/// One document rendered in memory, not yet written.
public struct RenderedDocument: Sendable {
    /// The path below the output folder without extension, derived from validated identifiers only:
    /// `2009-45219/2009-199623-notat`.
    public var basePath: String
    /// The document tree every file was written from.
    public var document: Document
    /// The rendered files, in format order.
    public var files: [RenderedFile]
    /// What an archive records about a document from data: its date (ISO), recipient, access
    /// (åben/lukket) and KLE number; nil for documents drawn from a template alone (a packet's agenda).
    public var facts: Facts?

    public struct Facts: Sendable, Hashable {
        public var dato: String
        public var til: String
        public var adgang: Adgang
        public var kle: String?
        /// The access of the data file it came from as a whole: a plan file holds every document
        /// of the plan, so it is closed when any of them is.
        public var kildeAdgang: Adgang
        /// An indstilling's own list of bilag titles, which a meeting item must attach in order.
        public var bilag: [String]? = nil
    }

    public init(basePath: String, document: Document, files: [RenderedFile], facts: Facts? = nil) {
        self.basePath = basePath
        self.document = document
        self.files = files
        self.facts = facts
    }
}

/// One rendered file: its format and its bytes.
public struct RenderedFile: Sendable {
    public var format: OutputFormat
    public var contents: String

    public init(format: OutputFormat, contents: String) {
        self.format = format
        self.contents = contents
    }

    /// The path below the output folder.
    public func relativePath(base: String) -> String {
        base + "." + format.fileExtension
    }
}

extension RenderedDocument {
    /// The rendered text of `format`, or "" when that format was not requested.
    public func text(_ format: OutputFormat) -> String {
        files.first { $0.format == format }?.contents ?? ""
    }

    /// The same files without the document tree, to keep many rendered documents small in memory.
    public var withoutTree: RenderedDocument {
        RenderedDocument(basePath: basePath, document: Document(blocks: []), files: files, facts: facts)
    }
}
