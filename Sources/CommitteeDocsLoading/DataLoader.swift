import CommitteeDocsDiagnostics

/// Reads YAML or JSON bytes into a `DataNode` tree in which every key and value knows its
/// `file:line:column` (1-based; columns count Unicode scalars, a tab counts as one).
///
/// What a data file may hold, in both formats:
/// - **Encoding.** UTF-8; a leading byte order mark is skipped (column 1 starts after it).
///   The first invalid byte is reported with its position, and nothing more is read.
/// - **Line ends.** LF or CRLF. A CR directly followed by LF is a line end, and inside a value
///   it becomes LF (also when a quoted value spells it `\r\n`). Any other CR is refused.
/// - **Forbidden characters.** U+0000–U+001F other than tab (U+0009) and line feed (U+000A),
///   U+007F, the noncharacters U+FFFE and U+FFFF, and the private-use characters U+E000–U+E0FF
///   that the renderer reserves for its placeholders are refused: written raw anywhere in the
///   file (comments too) at their own position; written as an escape (`"\u0007"`, `"\a"`)
///   at the position of the key or value that contains them. Every other character, such as
///   a bidi override or a combining mark, is kept unchanged.
/// - **Keys.** Text only; a key that repeats in the same mapping is an error at its second
///   occurrence. Keys compare as Swift strings do (canonically equivalent spellings are equal).
/// - **Nesting.** At most `maximumDepth` levels of mappings and lists; deeper data stops reading.
/// - **Text stays text.** Scalars keep their text exactly as written (after unescaping):
///   typing numbers, dates and amounts is the schema's job.
///
/// YAML (1.1, read by libyaml inside Yams): plain scalars are `.plain` (`2009-45219`, `true`,
/// `6000000` stay text); quoted and block (`|`, `>`) scalars are `.quoted` and positioned at
/// their quote or indicator; `~`, `null`, `Null`, `NULL` and empty values are `.null`. One
/// document per file. Anchors, aliases and explicit tags are refused. An empty file (or one of
/// only comments) is `.null` at 1:1. YAML 1.1 reads U+0085, U+2028 and U+2029 as line breaks
/// (folding them into spaces and counting lines no editor shows), so they are refused raw in YAML;
/// the escapes `\N`, `\L`, `\P` in double quotes give them. In JSON they are ordinary characters.
///
/// JSON (RFC 8259): strings are `.quoted`, numbers `.number` with their literal text,
/// `true`/`false` `.boolean`, `null` `.null`. An empty file is `.null` at 1:1.
///
/// All problems of a file are reported together; a syntax error, invalid UTF-8 or too deep
/// nesting stops reading, so what follows it is not checked.
public enum DataLoader {
    /// How deep mappings and lists may nest (the root collection is level 1).
    public static let maximumDepth = LoadContext.maximumDepth

    /// Loads YAML or JSON bytes; `file` is the path used in positions.
    /// Throws all problems found as a `DiagnosticList`.
    public static func load(_ bytes: [UInt8], file: String, format: DataFormat) throws(DiagnosticList) -> DataNode {
        var context = LoadContext(file: file)
        let root: DataNode? = bytes.withUnsafeBufferPointer { bytes in
            let start = SourceCheck.contentStart(of: bytes)
            guard SourceCheck.check(bytes, from: start, isYAML: format == .yaml, into: &context) else { return nil }
            switch format {
            case .yaml:
                return YAMLReader.read(UnsafeBufferPointer(rebasing: bytes[start...]), context: &context)
            case .json:
                var reader = JSONReader(bytes: bytes, start: start, context: context)
                let root = try? reader.readDocument()
                context = reader.context
                return root
            }
        }
        guard let root, context.diagnostics.isEmpty else {
            throw context.diagnosticList
        }
        return root
    }
}
