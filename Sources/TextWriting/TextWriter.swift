import DocumentTree

/// Writes a `Document` as plain text. (Stub: to be implemented.)
public struct TextWriter: Sendable {
    public init(width: Int = 72) {}
    public func write(_ document: Document) -> String { "" }
}
