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
