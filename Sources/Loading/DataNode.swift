import Diagnostics

/// A loaded YAML or JSON value in which every node knows its position in the file.
/// (Contract for the Loading stage; the implementation replaces this stub.)
public struct DataNode: Sendable {
    public indirect enum Value: Sendable {
        case scalar(Scalar)
        case mapping([MappingEntry])
        case sequence([DataNode])
        case null
    }
    public var value: Value
    public var position: SourcePosition

    public init(_ value: Value, at position: SourcePosition) {
        self.value = value
        self.position = position
    }
}

/// A scalar's text exactly as written (after YAML/JSON unescaping), typed later by the schema.
public struct Scalar: Sendable, Hashable {
    public enum Style: Sendable, Hashable {
        /// Unquoted YAML (`sagsnr: 2009-45219`): the schema decides if it is a number, date, text …
        case plain
        /// Quoted YAML or a JSON string: always text.
        case quoted
        /// A JSON number literal.
        case number
        /// A JSON `true`/`false`.
        case boolean
    }
    public var text: String
    public var style: Style
    public init(_ text: String, style: Style) {
        self.text = text
        self.style = style
    }
}

/// One `key: value` pair of a mapping, in file order.
public struct MappingEntry: Sendable {
    public var key: String
    public var keyPosition: SourcePosition
    public var value: DataNode
    public init(key: String, keyPosition: SourcePosition, value: DataNode) {
        self.key = key
        self.keyPosition = keyPosition
        self.value = value
    }
}
