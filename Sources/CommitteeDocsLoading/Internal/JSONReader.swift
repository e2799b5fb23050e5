import CommitteeDocsDiagnostics

/// A recursive-descent RFC 8259 reader that records the position of every key and value.
///
/// Recursion is bounded by `LoadContext.maximumDepth`; positions come from a `ColumnCounter`
/// that only moves forward, so reading stays linear in the size of the file.
struct JSONReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var offset: Int
    var counter: ColumnCounter
    var context: LoadContext

    init(bytes: UnsafeBufferPointer<UInt8>, start: Int, context: LoadContext) {
        self.bytes = bytes
        self.offset = start
        self.counter = ColumnCounter(start: start)
        self.context = context
    }

    /// The document's one value; an empty file reads as null at 1:1.
    mutating func readDocument() throws(ReadingStopped) -> DataNode {
        skipWhitespace()
        guard offset < bytes.count else {
            return DataNode(.null, at: context.position(line: 1, column: 1))
        }
        let root = try readValue(depth: 0)
        skipWhitespace()
        if offset < bytes.count {
            try fail(LoadingText.textAfterValue(["found": foundDescription]))
        }
        return root
    }

    // MARK: Values

    mutating func readValue(depth: Int) throws(ReadingStopped) -> DataNode {
        let position = currentPosition
        guard offset < bytes.count else {
            try fail(LoadingText.valueExpectedAtEnd())
        }
        switch bytes[offset] {
        case UInt8(ascii: "{"): return try readObject(at: position, depth: depth + 1)
        case UInt8(ascii: "["): return try readArray(at: position, depth: depth + 1)
        case UInt8(ascii: "\""):
            let text = try readString(at: position, isKey: false)
            return DataNode(.scalar(Scalar(text, style: .quoted)), at: position)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return DataNode(.scalar(Scalar(try readNumber(), style: .number)), at: position)
        case UInt8(ascii: "t"):
            try readLiteral("true")
            return DataNode(.scalar(Scalar("true", style: .boolean)), at: position)
        case UInt8(ascii: "f"):
            try readLiteral("false")
            return DataNode(.scalar(Scalar("false", style: .boolean)), at: position)
        case UInt8(ascii: "n"):
            try readLiteral("null")
            return DataNode(.null, at: position)
        default:
            try fail(LoadingText.valueExpected(["found": foundDescription]))
        }
    }

    mutating func readObject(at position: SourcePosition, depth: Int) throws(ReadingStopped) -> DataNode {
        try checkDepth(depth, at: position)
        offset += 1
        var mapping = MappingBuilder()
        skipWhitespace()
        if peek(is: "}") {
            offset += 1
            return DataNode(.mapping([]), at: position)
        }
        while true {
            let keyPosition = currentPosition
            guard peek(is: "\"") else {
                try fail(peek(is: "}") ? LoadingText.trailingCommaInObject()
                         : LoadingText.keyExpected(["found": foundDescription]))
            }
            let key = try readString(at: keyPosition, isKey: true)
            skipWhitespace()
            guard peek(is: ":") else {
                try fail(LoadingText.colonExpected(["key": String(reflecting: key), "found": foundDescription]))
            }
            offset += 1
            skipWhitespace()
            context.path.append(.key(key))
            let value = try readValue(depth: depth)
            context.path.removeLast()
            mapping.add(key: key, at: keyPosition, value: value, context: &context)
            skipWhitespace()
            if try !readSeparator(closing: "}", after: LoadingText.anObjectMember()) {
                return DataNode(.mapping(mapping.entries), at: position)
            }
        }
    }

    mutating func readArray(at position: SourcePosition, depth: Int) throws(ReadingStopped) -> DataNode {
        try checkDepth(depth, at: position)
        offset += 1
        var elements: [DataNode] = []
        skipWhitespace()
        if peek(is: "]") {
            offset += 1
            return DataNode(.sequence([]), at: position)
        }
        while true {
            if peek(is: "]") {
                try fail(LoadingText.trailingComma())
            }
            context.path.append(.index(elements.count))
            elements.append(try readValue(depth: depth))
            context.path.removeLast()
            skipWhitespace()
            if try !readSeparator(closing: "]", after: LoadingText.anArrayElement()) {
                return DataNode(.sequence(elements), at: position)
            }
        }
    }

    /// Reads `,` (answers true, more follows) or the closing bracket (answers false).
    mutating func readSeparator(closing: Unicode.Scalar, after what: Message) throws(ReadingStopped) -> Bool {
        if peek(is: ",") {
            offset += 1
            skipWhitespace()
            return true
        }
        if peek(is: closing) {
            offset += 1
            return false
        }
        try fail(LoadingText.separatorExpected(["closing": "\(closing)", "what": what, "found": foundDescription]))
    }

    mutating func checkDepth(_ depth: Int, at position: SourcePosition) throws(ReadingStopped) {
        if depth > LoadContext.maximumDepth {
            context.tooDeep(at: position)
            throw ReadingStopped()
        }
    }

    mutating func readLiteral(_ literal: String) throws(ReadingStopped) {
        let count = literal.utf8.count
        let matches = offset + count <= bytes.count
            && literal.utf8.elementsEqual(UnsafeBufferPointer(rebasing: bytes[offset..<offset + count]))
        guard matches else {
            try fail(LoadingText.literalExpected(["found": foundDescription]))
        }
        offset += count
    }
}
