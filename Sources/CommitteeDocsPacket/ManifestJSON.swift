/// JSON from an `Encodable` value in the manifest's layout: keys in the order the value encodes
/// them (Foundation's JSONEncoder either sorts them or leaves the order to a hash), the top
/// object one key per line, its arrays one element per line, and anything deeper on one line:
///
///     {
///       "møde": "BR",
///       "punkter": [
///         {"nr": 1, "nummer": null}
///       ]
///     }
///
/// Strings are escaped as RFC 8259 requires (quote, backslash and control characters); numbers
/// are integers. A value that is none of these (a Double, a nested super-encoder) is refused.
enum ManifestJSON {
    struct Unsupported: Error {
        let what: String
    }

    static func encode<Value: Encodable>(_ value: Value) throws -> String {
        let root = Node()
        try value.encode(to: NodeEncoder(node: root, codingPath: []))
        var out = ""
        write(root.value, depth: 0, into: &out)
        return out + "\n"
    }

    /// One JSON value, built up by the encoder; objects keep their keys' order.
    indirect enum Value {
        case null
        case bool(Bool)
        case integer(Int)
        case string(String)
        case array([Node])
        case object([(String, Node)])
    }

    /// A value being encoded: containers hand out child nodes and fill them in later.
    final class Node {
        var value: Value = .null
    }

    private static func write(_ value: Value, depth: Int, into out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let flag): out += flag ? "true" : "false"
        case .integer(let number): out += String(number)
        case .string(let text): out += quoted(text)
        case .array(let elements):
            if depth < 2 {
                let indent = String(repeating: "  ", count: depth + 1)
                out += "[\n"
                for (index, element) in elements.enumerated() {
                    out += indent + "  "
                    write(element.value, depth: depth + 1, into: &out)
                    out += index == elements.count - 1 ? "\n" : ",\n"
                }
                out += indent + "]"
            } else {
                out += "["
                for (index, element) in elements.enumerated() {
                    if index > 0 { out += ", " }
                    write(element.value, depth: depth + 1, into: &out)
                }
                out += "]"
            }
        case .object(let members):
            if depth == 0 {
                out += "{\n"
                for (index, (key, member)) in members.enumerated() {
                    out += "  " + quoted(key) + ": "
                    write(member.value, depth: depth, into: &out)
                    out += index == members.count - 1 ? "\n" : ",\n"
                }
                out += "}"
            } else {
                out += "{"
                for (index, (key, member)) in members.enumerated() {
                    if index > 0 { out += ", " }
                    out += quoted(key) + ": "
                    write(member.value, depth: depth + 1, into: &out)
                }
                out += "}"
            }
        }
    }

    /// A JSON string: quote, backslash and control characters escaped, everything else as is.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    // MARK: - The Encoder

    private struct NodeEncoder: Encoder {
        let node: Node
        var codingPath: [CodingKey]
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            if case .object = node.value {} else { node.value = .object([]) }
            return KeyedEncodingContainer(KeyedContainer<Key>(node: node, codingPath: codingPath))
        }

        func unkeyedContainer() -> UnkeyedEncodingContainer {
            if case .array = node.value {} else { node.value = .array([]) }
            return UnkeyedContainer(node: node, codingPath: codingPath)
        }

        func singleValueContainer() -> SingleValueEncodingContainer {
            SingleContainer(node: node, codingPath: codingPath)
        }
    }

    private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let node: Node
        var codingPath: [CodingKey]

        private func child(_ key: Key) -> Node {
            let child = Node()
            if case .object(var members) = node.value {
                members.append((key.stringValue, child))
                node.value = .object(members)
            }
            return child
        }

        mutating func encodeNil(forKey key: Key) throws { child(key).value = .null }

        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            try value.encode(to: NodeEncoder(node: child(key), codingPath: codingPath + [key]))
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
            -> KeyedEncodingContainer<NestedKey> {
            NodeEncoder(node: child(key), codingPath: codingPath + [key]).container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
            NodeEncoder(node: child(key), codingPath: codingPath + [key]).unkeyedContainer()
        }

        mutating func superEncoder() -> Encoder { NodeEncoder(node: Node(), codingPath: codingPath) }
        mutating func superEncoder(forKey key: Key) -> Encoder { NodeEncoder(node: child(key), codingPath: codingPath + [key]) }
    }

    private struct UnkeyedContainer: UnkeyedEncodingContainer {
        let node: Node
        var codingPath: [CodingKey]
        var count: Int {
            if case .array(let elements) = node.value { return elements.count }
            return 0
        }

        private func next() -> Node {
            let child = Node()
            if case .array(var elements) = node.value {
                elements.append(child)
                node.value = .array(elements)
            }
            return child
        }

        mutating func encodeNil() throws { next().value = .null }

        mutating func encode<T: Encodable>(_ value: T) throws {
            try value.encode(to: NodeEncoder(node: next(), codingPath: codingPath))
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            NodeEncoder(node: next(), codingPath: codingPath).container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
            NodeEncoder(node: next(), codingPath: codingPath).unkeyedContainer()
        }

        mutating func superEncoder() -> Encoder { NodeEncoder(node: next(), codingPath: codingPath) }
    }

    private struct SingleContainer: SingleValueEncodingContainer {
        let node: Node
        var codingPath: [CodingKey]

        mutating func encodeNil() throws { node.value = .null }
        mutating func encode(_ value: Bool) throws { node.value = .bool(value) }
        mutating func encode(_ value: String) throws { node.value = .string(value) }
        mutating func encode(_ value: Int) throws { node.value = .integer(value) }
        mutating func encode(_ value: Int8) throws { node.value = .integer(Int(value)) }
        mutating func encode(_ value: Int16) throws { node.value = .integer(Int(value)) }
        mutating func encode(_ value: Int32) throws { node.value = .integer(Int(value)) }
        mutating func encode(_ value: Int64) throws { node.value = .integer(Int(value)) }
        mutating func encode(_ value: UInt8) throws { node.value = .integer(Int(value)) }
        mutating func encode(_ value: UInt16) throws { node.value = .integer(Int(value)) }
        mutating func encode(_ value: UInt32) throws { node.value = .integer(Int(value)) }
        mutating func encode(_ value: UInt) throws {
            guard let number = Int(exactly: value) else { throw Unsupported(what: "an integer above Int.max") }
            node.value = .integer(number)
        }
        mutating func encode(_ value: UInt64) throws {
            guard let number = Int(exactly: value) else { throw Unsupported(what: "an integer above Int.max") }
            node.value = .integer(number)
        }
        mutating func encode(_ value: Double) throws { throw Unsupported(what: "a floating-point number") }
        mutating func encode(_ value: Float) throws { throw Unsupported(what: "a floating-point number") }
        mutating func encode<T: Encodable>(_ value: T) throws {
            try value.encode(to: NodeEncoder(node: node, codingPath: codingPath))
        }
    }
}
