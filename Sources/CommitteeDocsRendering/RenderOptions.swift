import Foundation
import CommitteeDocsDiagnostics
import CommitteeDocsFormatting

/// How documents are rendered.
public struct RenderOptions: Sendable, Hashable {
    /// The formats to write; the three text formats by default.
    public var formats: [OutputFormat]
    /// The plain-text line width.
    public var width: Int
    /// Lines per page in plain text; nil for no pagination.
    public var pageLength: Int?
    /// The largest data file read, in bytes; a bigger one is refused before it is parsed.
    public var maximumInput: Int
    /// The most a template may render for one document, in bytes (its Markdown and values).
    public var maximumOutput: Int

    /// 10 MB: far above any memo or plan, far below what exhausts a machine.
    public static let defaultLimit = 10_000_000

    public init(formats: [OutputFormat] = OutputFormat.standard, width: Int = 72, pageLength: Int? = nil,
                maximumInput: Int = defaultLimit, maximumOutput: Int = defaultLimit) {
        self.formats = formats
        self.width = width
        self.pageLength = pageLength
        self.maximumInput = maximumInput
        self.maximumOutput = maximumOutput
    }
}

extension RenderOptions {
    /// Refuses the data file at `path` when it is over `maximumInput`, before anything reads it
    /// (a file that cannot be looked at is left to the reader to report).
    public func checkInputFile(_ path: String) throws(DiagnosticList) {
        // lstat(2) as FileManager.attributesOfItem does, without building a dictionary of every
        // attribute: that showed in the profile of a batch of 2,000 files.
        var status = stat()
        guard lstat(path, &status) == 0 else { return }
        try checkInputSize(Int(status.st_size), file: path)
    }

    /// A data file's bytes, within `maximumInput`; nil when there is no such file.
    public func readInputFile(_ path: String) throws(DiagnosticList) -> [UInt8]? {
        try checkInputFile(path)
        return FileManager.default.contents(atPath: path).map { [UInt8]($0) }
    }

    /// Refuses a data file of `size` bytes when it is over `maximumInput`.
    public func checkInputSize(_ size: Int, file: String) throws(DiagnosticList) {
        guard size > maximumInput else { return }
        throw DiagnosticList(Diagnostic(at: SourcePosition(file: file, line: 1, column: 1),
            RenderingText.fileTooLarge(["size": DanishNumber.grouped(size), "maximum": DanishNumber.grouped(maximumInput)])))
    }
}
