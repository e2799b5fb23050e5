/// How documents are rendered.
public struct RenderOptions: Sendable, Hashable {
    /// The formats to write; all three by default.
    public var formats: [OutputFormat]
    /// The plain-text line width.
    public var width: Int
    /// Lines per page in plain text; nil for no pagination.
    public var pageLength: Int?

    public init(formats: [OutputFormat] = OutputFormat.allCases, width: Int = 72, pageLength: Int? = nil) {
        self.formats = formats
        self.width = width
        self.pageLength = pageLength
    }
}
