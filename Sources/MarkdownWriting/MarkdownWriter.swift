import DocumentTree

/// Writes a `Document` as CommonMark + GFM tables. (Stub: to be implemented.)
public struct MarkdownWriter: Sendable {
    public init() {}
    public func write(_ document: Document) -> String { "" }
}
