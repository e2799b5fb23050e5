import CYaml
import CommitteeDocsDiagnostics

/// Builds the tree from libyaml's event stream (the C parser inside Yams).
///
/// Events rather than `Yams.compose`: composing builds a second tree, resolves aliases by copying,
/// throws at the first duplicate key, and recurses without a depth limit. Here recursion stops at
/// `LoadContext.maximumDepth`, and anchors, aliases, tags and duplicates become diagnostics.
struct YAMLReader {
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private let event: UnsafeMutablePointer<yaml_event_t>
    let bytes: UnsafeBufferPointer<UInt8>
    private var holdsEvent = false
    var context: LoadContext

    /// Reads the YAML document in `bytes` (UTF-8, no BOM); `nil` when a syntax error stopped it.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, context: inout LoadContext) -> DataNode? {
        var reader = YAMLReader(bytes, context: context)
        defer { reader.close() }
        let root = try? reader.readDocument()
        context = reader.context
        return root
    }

    private init(_ bytes: UnsafeBufferPointer<UInt8>, context: LoadContext) {
        parser = .allocate(capacity: 1)
        event = .allocate(capacity: 1)
        self.bytes = bytes
        self.context = context
        yaml_parser_initialize(parser)
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(parser, bytes.baseAddress, bytes.count)
    }

    private mutating func close() {
        if holdsEvent {
            yaml_event_delete(event)
        }
        yaml_parser_delete(parser)
        parser.deallocate()
        event.deallocate()
    }

    /// Parses the next event into `event`, releasing the previous one.
    @discardableResult
    private mutating func next() throws(ReadingStopped) -> yaml_event_type_t {
        if holdsEvent {
            yaml_event_delete(event)
            holdsEvent = false
        }
        guard yaml_parser_parse(parser, event) == 1 else {
            reportSyntaxError(parser.pointee)
            throw ReadingStopped()
        }
        holdsEvent = true
        return event.pointee.type
    }

    private var eventPosition: SourcePosition {
        position(of: event.pointee.start_mark)
    }

    func position(of mark: yaml_mark_t) -> SourcePosition {
        context.position(line: mark.line + 1, column: mark.column + 1)
    }

    // MARK: Document

    private mutating func readDocument() throws(ReadingStopped) -> DataNode {
        try next()
        if try next() == YAML_STREAM_END_EVENT {
            return DataNode(.null, at: context.position(line: 1, column: 1))
        }
        try next()
        let root = try readNode(depth: 0)
        try next()
        if try next() == YAML_DOCUMENT_START_EVENT {
            context.error(at: eventPosition, atPath: false,
                          LoadingText.secondDocument())
        }
        return root
    }

    // MARK: Nodes

    /// Reads the node whose first event is the current one.
    private mutating func readNode(depth: Int) throws(ReadingStopped) -> DataNode {
        let position = eventPosition
        switch event.pointee.type {
        case YAML_SCALAR_EVENT:
            return readScalar(at: position)
        case YAML_SEQUENCE_START_EVENT:
            let start = event.pointee.data.sequence_start
            refuseAnchor(start.anchor, tag: start.tag, at: position)
            return try readSequence(at: position, depth: depth + 1)
        case YAML_MAPPING_START_EVENT:
            let start = event.pointee.data.mapping_start
            refuseAnchor(start.anchor, tag: start.tag, at: position)
            return try readMapping(at: position, depth: depth + 1)
        default:
            refuseAlias(at: position, event: event.pointee)
            return DataNode(.null, at: position)
        }
    }

    private mutating func readScalar(at position: SourcePosition) -> DataNode {
        let scalar = event.pointee.data.scalar
        refuseAnchor(scalar.anchor, tag: scalar.tag, at: position)
        let bytes = UnsafeBufferPointer(start: scalar.value, count: scalar.length)
        guard scalar.style == YAML_PLAIN_SCALAR_STYLE else {
            return DataNode(.scalar(Scalar(context.valueText(bytes, at: position), style: .quoted)), at: position)
        }
        if Self.isNull(bytes) {
            return DataNode(.null, at: position)
        }
        return DataNode(.scalar(Scalar(context.valueText(bytes, at: position), style: .plain)), at: position)
    }

    /// YAML's plain nulls: the empty value, `~`, `null`, `Null`, `NULL`.
    private static func isNull(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        switch bytes.count {
        case 0: return true
        case 1: return bytes[0] == UInt8(ascii: "~")
        case 4: return ["null", "Null", "NULL"].contains { $0.utf8.elementsEqual(bytes) }
        default: return false
        }
    }

    private mutating func readSequence(at position: SourcePosition, depth: Int) throws(ReadingStopped) -> DataNode {
        try checkDepth(depth, at: position)
        var elements: [DataNode] = []
        while try next() != YAML_SEQUENCE_END_EVENT {
            context.path.append(.index(elements.count))
            elements.append(try readNode(depth: depth))
            context.path.removeLast()
        }
        return DataNode(.sequence(elements), at: position)
    }

    private mutating func readMapping(at position: SourcePosition, depth: Int) throws(ReadingStopped) -> DataNode {
        try checkDepth(depth, at: position)
        var mapping = MappingBuilder()
        while try next() != YAML_MAPPING_END_EVENT {
            let keyPosition = eventPosition
            let key = try readKey(at: keyPosition, depth: depth)
            try next()
            context.path.append(.key(key ?? "?"))
            let value = try readNode(depth: depth)
            context.path.removeLast()
            if let key {
                mapping.add(key: key, at: keyPosition, value: value, context: &context)
            }
        }
        return DataNode(.mapping(mapping.entries), at: position)
    }

    /// The text of a key; `nil` (after reporting why) for keys that are not text.
    private mutating func readKey(at position: SourcePosition, depth: Int) throws(ReadingStopped) -> String? {
        guard event.pointee.type == YAML_SCALAR_EVENT else {
            let kind = event.pointee.type == YAML_ALIAS_EVENT ? nil
                : event.pointee.type == YAML_MAPPING_START_EVENT ? ModelText.kindMapping() : ModelText.kindList()
            if let kind {
                context.error(at: position, LoadingText.keyNotText(["kind": kind]))
            }
            _ = try readNode(depth: depth)
            return nil
        }
        let scalar = event.pointee.data.scalar
        refuseAnchor(scalar.anchor, tag: scalar.tag, at: position)
        return context.keyText(UnsafeBufferPointer(start: scalar.value, count: scalar.length), at: position)
    }

    private mutating func checkDepth(_ depth: Int, at position: SourcePosition) throws(ReadingStopped) {
        if depth > LoadContext.maximumDepth {
            context.tooDeep(at: position)
            throw ReadingStopped()
        }
    }
}
