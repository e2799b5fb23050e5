import DocumentTree

/// Writes a `Document` as XHTML 1.0 Strict. (Stub: to be implemented.)
public struct XHTMLWriter: Sendable {
    public init() {}
    public func write(_ document: Document) -> String { "" }
}
