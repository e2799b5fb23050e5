import CommitteeDocsDiagnostics

/// A loaded YAML or JSON value in which every node knows its position in the file.
public struct DataNode: Sendable, Equatable {
    /// What the node holds.
    public indirect enum Value: Sendable, Equatable {
        /// Text exactly as written, typed later by the schema.
        case scalar(Scalar)
        /// `key: value` pairs in file order; keys are unique.
        case mapping([MappingEntry])
        /// A list (YAML `- item`, JSON `[…]`).
        case sequence([DataNode])
        /// YAML `~`, `null` or an empty value; JSON `null`.
        case null
    }
    /// What the node holds.
    public var value: Value
    /// Where the value starts: the first character of a scalar (its opening quote or its `|`/`>`
    /// indicator), the `{`/`[` of a flow collection, the first key or `-` of a block collection.
    public var position: SourcePosition

    /// A node holding `value` that starts at `position`.
    public init(_ value: Value, at position: SourcePosition) {
        self.value = value
        self.position = position
    }
}

/// A scalar's text exactly as written (after YAML/JSON unescaping), typed later by the schema.
public struct Scalar: Sendable, Hashable {
    /// How the scalar was written, which decides how the schema may read it.
    public enum Style: Sendable, Hashable {
        /// Unquoted YAML (`sagsnr: 2009-45219`): the schema decides if it is a number, date, text …
        case plain
        /// Quoted or block (`|`, `>`) YAML, or a JSON string: always text.
        case quoted
        /// A JSON number literal.
        case number
        /// A JSON `true`/`false`.
        case boolean
    }
    /// The text after unescaping; line ends are LF.
    public var text: String
    /// How the scalar was written.
    public var style: Style
    /// A scalar with `text` written in `style`.
    public init(_ text: String, style: Style) {
        self.text = text
        self.style = style
    }
}

/// One `key: value` pair of a mapping, in file order.
public struct MappingEntry: Sendable, Equatable {
    /// The key's text (after unescaping).
    public var key: String
    /// Where the key starts (its opening quote if quoted).
    public var keyPosition: SourcePosition
    /// The value of the key.
    public var value: DataNode
    /// A pair of `key` at `keyPosition` and its `value`.
    public init(key: String, keyPosition: SourcePosition, value: DataNode) {
        self.key = key
        self.keyPosition = keyPosition
        self.value = value
    }
}
