import CCmarkGFM
import DocumentTree

/// Parses CommonMark + GFM tables into a `Document`. (Stub: to be implemented.)
public struct MarkdownReader: Sendable {
    public init() {}
    public func read(_ markdown: String) -> Document {
        Document(blocks: [])
    }
}
