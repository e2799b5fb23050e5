/// A file's content: a writer's text (shared, not copied, wherever it goes), or bytes (a PDF,
/// an attachment).
public enum FileContent: Sendable {
    case text(String)
    case data([UInt8])

    /// The bytes, without copying them.
    public func withBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        switch self {
        case .text(var text): return try text.withUTF8 { try body(UnsafeRawBufferPointer($0)) }
        case .data(let bytes): return try bytes.withUnsafeBytes(body)
        }
    }

    /// The bytes as an array (a copy).
    public var bytes: [UInt8] { withBytes { Array($0) } }

    /// The text, for a text format's file; nil for bytes.
    public var text: String? {
        if case .text(let text) = self { return text }
        return nil
    }
}
