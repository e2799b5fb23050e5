import DocumentTree

/// One document rendered in memory, not yet written.
public struct RenderedDocument: Sendable {
    /// The path below the output folder without extension, derived from validated identifiers only:
    /// `2009-45219/2009-199623-notat`.
    public var basePath: String
    /// The document tree every file was written from.
    public var document: Document
    /// The rendered files, in format order.
    public var files: [RenderedFile]
}

/// One rendered file: its format and its bytes.
public struct RenderedFile: Sendable {
    public var format: OutputFormat
    public var contents: String

    /// The path below the output folder.
    public func relativePath(base: String) -> String {
        base + "." + format.fileExtension
    }
}
