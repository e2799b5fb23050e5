import CommitteeDocsDiagnostics
/// Read access for the schema: each accessor answers `nil` when the node has another shape.
extension DataNode {
    /// The scalar, if this node is one.
    public var scalar: Scalar? {
        if case .scalar(let scalar) = value { return scalar }
        return nil
    }

    /// The entries in file order, if this node is a mapping.
    public var entries: [MappingEntry]? {
        if case .mapping(let entries) = value { return entries }
        return nil
    }

    /// The elements in file order, if this node is a sequence.
    public var elements: [DataNode]? {
        if case .sequence(let elements) = value { return elements }
        return nil
    }

    /// Whether this node is a null (YAML `~`, `null`, an empty value; JSON `null`).
    public var isNull: Bool {
        if case .null = value { return true }
        return false
    }

    /// The entry for `key`, if this node is a mapping that has it.
    public func entry(_ key: String) -> MappingEntry? {
        entries?.first { $0.key == key }
    }

    /// The value for `key`, if this node is a mapping that has it.
    public subscript(key: String) -> DataNode? {
        entry(key)?.value
    }

    /// A word for the node's shape in messages: "text", "a mapping", "a list", "null".
    public var kindDescription: Message {
        switch value {
        case .scalar(let scalar):
            switch scalar.style {
            case .plain, .quoted: return ModelText.kindText()
            case .number: return ModelText.kindNumber()
            case .boolean: return ModelText.kindBoolean()
            }
        case .mapping: return ModelText.kindMapping()
        case .sequence: return ModelText.kindList()
        case .null: return ModelText.kindNull()
        }
    }
}
