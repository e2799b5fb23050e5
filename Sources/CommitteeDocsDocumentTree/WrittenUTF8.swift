extension String {
    /// A writer's output, assembled from whole strings and ASCII bytes, as text. Such bytes are
    /// valid UTF-8 by construction (a writer cuts text only before an ASCII byte or a whole
    /// character), so they are not checked again: `String(decoding:as:)` checks every byte, which
    /// cost 7 µs for a memo's 8 KB of XHTML, against 0.3 µs for this copy. Debug builds (and so
    /// every test) check anyway, and stop on bytes that are not UTF-8.
    public init(writtenUTF8 bytes: [UInt8]) {
        assert(String(validating: bytes, as: UTF8.self) != nil, "a writer assembled bytes that are not UTF-8")
        self = String(copying: unsafe UTF8Span(unchecked: bytes.span))
    }
}
