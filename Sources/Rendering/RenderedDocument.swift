import DocumentTree
import FileWriting
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

/// A file's content: a writer's text (shared, not copied, wherever it goes), bytes (a PDF, an
/// attachment), or a text written in pieces that is never joined in memory (a meeting packet's
/// combined document: the agenda's opening, one piece per item, the closing).
public enum FileContent: Sendable {
    case text(String)
    case data([UInt8])
    /// A text made of these pieces in order, each shared with whatever else holds it.
    case pieces([String])

    /// The bytes, without copying them; a text in pieces is joined for the call (a copy:
    /// `forEachChunk` and `create(at:)` read it without one).
    public func withBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        switch self {
        case .text(var text): return try text.withUTF8 { try body(UnsafeRawBufferPointer($0)) }
        case .data(let bytes): return try bytes.withUnsafeBytes(body)
        case .pieces(let pieces):
            var joined = pieces.joined()
            return try joined.withUTF8 { try body(UnsafeRawBufferPointer($0)) }
        }
    }

    /// The bytes in order, a chunk at a time, without copying them: a text in pieces piece by piece.
    public func forEachChunk(_ body: (UnsafeRawBufferPointer) throws -> Void) rethrows {
        switch self {
        case .text, .data: try withBytes(body)
        case .pieces(let pieces):
            for var piece in pieces { try piece.withUTF8 { try body(UnsafeRawBufferPointer($0)) } }
        }
    }

    /// Creates the file `path` (failing if it exists) with this content, written chunk by chunk.
    public func create(at path: String) -> NewFile.Failure? {
        NewFile.create(at: path) { write in
            forEachChunk { chunk in _ = write(chunk) }
        }
    }

    /// The bytes as an array (a copy).
    public var bytes: [UInt8] { withBytes { Array($0) } }

    /// The text, for a text format's file (a text in pieces joined: a copy); nil for bytes.
    public var text: String? {
        switch self {
        case .text(let text): return text
        case .pieces(let pieces): return pieces.joined()
        case .data: return nil
        }
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
