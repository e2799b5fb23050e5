import CommitteeDocsDiagnostics

/// Builds the node tree from the scanner's tokens, line by line: applies the spec's standalone-line
/// rules, checks that every section closes in order, and strips each block's own indentation.
///
/// Iterative (an explicit stack of open sections), so deep nesting cannot overflow the thread's stack.
struct Parser {
    private let bytes: [UInt8]
    private let tokens: [Token]
    private var frames: [Frame] = [Frame(kind: .root, opening: nil)]
    /// Text not yet stored as a node, so that a line's text and its line break become one node.
    private var pendingText: [UInt8] = []
    /// How many open blocks still wait for their first content line to learn their indentation.
    private var pendingIndentations = 0
    private var diagnostics: [Diagnostic]

    /// Parses a whole template; throws every syntax error found.
    static func parse(_ source: String, file: String) throws(DiagnosticList) -> [Node] {
        var scanner = Scanner(source, file: file)
        guard scanner.scan() else { throw DiagnosticList(scanner.diagnostics) }
        var parser = Parser(bytes: scanner.bytes, tokens: scanner.tokens, diagnostics: scanner.diagnostics)
        let nodes = parser.build()
        guard parser.diagnostics.isEmpty else { throw DiagnosticList(parser.diagnostics) }
        return nodes
    }

    private init(bytes: [UInt8], tokens: [Token], diagnostics: [Diagnostic]) {
        self.bytes = bytes
        self.tokens = tokens
        self.diagnostics = diagnostics
    }

    private mutating func build() -> [Node] {
        var start = 0
        while start < tokens.count {
            var end = start
            while end < tokens.count {
                end += 1
                if case .newline = tokens[end - 1] { break }
            }
            guard buildLine(start..<end) else { return [] }
            start = end
        }
        flushText()
        for frame in frames.dropFirst() {
            let opening = frame.opening!
            diagnostics.append(Diagnostic(at: opening.position,
                TemplatesText.neverClosed(["tag": frame.kind.written(opening.name), "name": opening.name])))
        }
        return frames[0].nodes
    }

    // MARK: Lines

    /// Handles one line (its tokens up to and including the line break); false on a fatal error.
    private mutating func buildLine(_ line: Range<Int>) -> Bool {
        if let whitespace = standaloneIndentation(line) {
            if tokens[line].contains(where: { if case .tag(let tag) = $0 { tag.kind.indentsContent } else { false } }) {
                resolvePendingIndentation(whitespace)
            }
            let indentation = relative(whitespace)
            for case .tag(let tag) in tokens[line] {
                guard handle(tag, standalone: true, indentation: indentation) else { return false }
            }
            return true
        }
        let whitespace = leadingWhitespace(line)
        resolvePendingIndentation(whitespace)
        let indentation = relative(whitespace)
        let dedent = whitespace.count - indentation.count
        startLine()
        var onlyWhitespaceSoFar = true
        for index in line {
            switch tokens[index] {
            case .text(let range):
                appendText(index == line.lowerBound ? range.dropFirst(dedent) : range)
                onlyWhitespaceSoFar = onlyWhitespaceSoFar && isBlank(range)
            case .newline(let range):
                appendText(range)
            case .tag(let tag):
                guard handle(tag, standalone: false, indentation: onlyWhitespaceSoFar ? indentation : []) else { return false }
                onlyWhitespaceSoFar = false
            }
        }
        return true
    }

    /// The whitespace before the tags when the line is standalone: only whitespace and either one
    /// tag that may stand alone, or the tags of a parent call (`{{<parent}}{{$block}}`); nil otherwise.
    private func standaloneIndentation(_ line: Range<Int>) -> ArraySlice<UInt8>? {
        var tagCount = 0
        var inheritanceTags = 0
        var inertTags = 0
        for token in tokens[line] {
            switch token {
            case .text(let range):
                guard isBlank(range) else { return nil }
            case .newline:
                break
            case .tag(let tag):
                guard tag.kind.canStandAlone else { return nil }
                tagCount += 1
                if tag.isInheritanceCall { inheritanceTags += 1 }
                if tag.kind == .comment || tag.kind == .delimiters { inertTags += 1 }
            }
        }
        guard tagCount == 1 || (inheritanceTags > 0 && inheritanceTags + inertTags == tagCount) else { return nil }
        return leadingWhitespace(line)
    }

    private func leadingWhitespace(_ line: Range<Int>) -> ArraySlice<UInt8> {
        guard !line.isEmpty, case .text(let range) = tokens[line.lowerBound] else { return [] }
        return bytes[range].prefix(while: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") })
    }

    private func isBlank(_ range: Range<Int>) -> Bool {
        bytes[range].allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    }

    /// Whitespace with the enclosing blocks' indentation removed from its start.
    private func relative(_ whitespace: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        let dedent = frames[frames.count - 1].dedent
        return whitespace.dropFirst(commonPrefixLength(whitespace, dedent))
    }

    /// Gives blocks opened on a standalone line the indentation of their first content line.
    private mutating func resolvePendingIndentation(_ whitespace: ArraySlice<UInt8>) {
        guard pendingIndentations > 0 else { return }
        for index in frames.indices.dropFirst() {
            if frames[index].kind.isBlock, frames[index].indentation == nil {
                let below = frames[index - 1].dedent
                frames[index].indentation = Array(whitespace.dropFirst(commonPrefixLength(whitespace, below)))
                pendingIndentations -= 1
            }
            frames[index].dedent = frames[index - 1].dedent + (frames[index].indentation ?? [])
        }
    }

    // MARK: Tags

    /// Adds one tag to the tree; false on a fatal error (structure that cannot be recovered).
    private mutating func handle(_ tag: TagToken, standalone: Bool, indentation: ArraySlice<UInt8>) -> Bool {
        let insideParent = frames[frames.count - 1].kind == .parent
        switch tag.kind {
        case .comment, .delimiters:
            return true
        case .close:
            return close(tag)
        case .block where insideParent:
            return open(.argument, tag, standalone: standalone, indentation: indentation)
        default:
            break
        }
        if insideParent {
            let parent = frames[frames.count - 1].opening!.name
            diagnostics.append(Diagnostic(at: tag.position,
                TemplatesText.notInsideParent(["tag": tag.kind.written(tag.name), "parent": parent])))
            return false
        }
        switch tag.kind {
        case .variable, .rawVariable:
            append(.value(Tag(name: tag.name, position: tag.position), raw: tag.kind == .rawVariable))
        case .partial:
            append(.include(Inclusion(name: tag.name, position: tag.position, indentation: standalone ? String(decoding: indentation, as: UTF8.self) : "",
                                      standalone: standalone, arguments: [:], isParent: false)))
        case .section:
            return open(.section(inverted: false), tag, standalone: standalone, indentation: indentation)
        case .inverted:
            return open(.section(inverted: true), tag, standalone: standalone, indentation: indentation)
        case .parent:
            return open(.parent, tag, standalone: standalone, indentation: indentation)
        case .block:
            return open(.block, tag, standalone: standalone, indentation: indentation)
        case .comment, .delimiters, .close:
            break
        }
        return true
    }

    private mutating func open(_ kind: Frame.Kind, _ tag: TagToken, standalone: Bool, indentation: ArraySlice<UInt8>) -> Bool {
        guard frames.count <= maximumNestingDepth else {
            diagnostics.append(Diagnostic(at: tag.position, TemplatesText.sectionsTooDeep(["depth": maximumNestingDepth])))
            return false
        }
        flushText()
        var frame = Frame(kind: kind, opening: tag, standalone: standalone, tagIndentation: Array(indentation),
                          dedent: frames[frames.count - 1].dedent)
        if kind.isBlock {
            if standalone {
                pendingIndentations += 1
            } else {
                frame.indentation = Array(indentation)
                frame.dedent += indentation
            }
        }
        frames.append(frame)
        return true
    }

    private mutating func close(_ tag: TagToken) -> Bool {
        guard frames.count > 1 else {
            diagnostics.append(Diagnostic(at: tag.position, TemplatesText.closesNothing(["name": tag.name])))
            return false
        }
        flushText()
        let frame = frames[frames.count - 1]
        let opening = frame.opening!
        guard opening.name == tag.name else {
            diagnostics.append(Diagnostic(at: tag.position, TemplatesText.closesWrongSection([
                "name": tag.name, "tag": frame.kind.written(opening.name),
                "line": opening.position.line, "column": opening.position.column])))
            return false
        }
        frames.removeLast()
        switch frame.kind {
        case .section(let inverted):
            append(.section(Tag(name: opening.name, position: opening.position), frame.nodes, inverted: inverted))
        case .parent:
            append(.include(Inclusion(name: opening.name, position: opening.position,
                                      indentation: frame.standalone ? String(decoding: frame.tagIndentation, as: UTF8.self) : "",
                                      standalone: frame.standalone, arguments: frame.arguments, isParent: true)))
        case .block, .argument:
            closeBlock(frame)
        case .root:
            break
        }
        return true
    }

    private mutating func closeBlock(_ frame: Frame) {
        let opening = frame.opening!
        if frame.indentation == nil { pendingIndentations -= 1 }
        var nodes = frame.nodes
        if case .lineStart = nodes.first { nodes.removeFirst() }
        let block = Block(name: opening.name, position: opening.position, nodes: nodes,
                          indentation: String(decoding: frame.indentation ?? frame.tagIndentation, as: UTF8.self),
                          standalone: frame.standalone)
        guard frame.kind == .argument else { return append(.block(block)) }
        let parent = frames.count - 1
        if frames[parent].arguments[opening.name] != nil {
            diagnostics.append(Diagnostic(at: opening.position,
                TemplatesText.blockTwice(["name": opening.name, "parent": frames[parent].opening!.name])))
        }
        frames[parent].arguments[opening.name] = block
    }

    // MARK: Nodes

    private mutating func append(_ node: Node) {
        flushText()
        frames[frames.count - 1].nodes.append(node)
    }

    /// Marks a line start, except inside a parent tag, whose text is ignored.
    private mutating func startLine() {
        guard frames[frames.count - 1].kind != .parent else { return }
        append(.lineStart)
    }

    private mutating func appendText(_ range: Range<Int>) {
        guard frames[frames.count - 1].kind != .parent else { return }
        pendingText.append(contentsOf: bytes[range])
    }

    private mutating func flushText() {
        guard !pendingText.isEmpty else { return }
        frames[frames.count - 1].nodes.append(.text(String(decoding: pendingText, as: UTF8.self)))
        pendingText.removeAll(keepingCapacity: true)
    }
}

/// An open section, block or parent while its content is being read.
private struct Frame {
    enum Kind: Equatable {
        case root, section(inverted: Bool), parent, block, argument

        var isBlock: Bool { self == .block || self == .argument }

        /// The opening tag as the author wrote it (with the default delimiters), for messages.
        func written(_ name: String) -> String {
            switch self {
            case .section(let inverted): "{{\(inverted ? "^" : "#")\(name)}}"
            case .parent: "{{<\(name)}}"
            case .block, .argument: "{{$\(name)}}"
            case .root: name
            }
        }
    }

    let kind: Kind
    let opening: TagToken?
    var standalone = false
    /// Whitespace before the opening tag, relative to the enclosing blocks.
    var tagIndentation: [UInt8] = []
    var nodes: [Node] = []
    var arguments: [String: Block] = [:]
    /// For blocks: their own indentation; nil until the first content line shows it.
    var indentation: [UInt8]?
    /// The indentation of every enclosing block, removed from the start of each content line.
    var dedent: [UInt8] = []
}

private func commonPrefixLength(_ a: ArraySlice<UInt8>, _ b: [UInt8]) -> Int {
    var count = 0
    for (x, y) in zip(a, b) {
        guard x == y else { break }
        count += 1
    }
    return count
}

extension TagToken.Kind {
    /// Tags whose standalone whitespace becomes the indentation of what they include.
    var indentsContent: Bool { self == .partial || self == .parent || self == .block }

    /// The tag as written with the default delimiters, for messages.
    func written(_ name: String) -> String {
        switch self {
        case .variable: "{{\(name)}}"
        case .rawVariable: "{{{\(name)}}}"
        case .section: "{{#\(name)}}"
        case .inverted: "{{^\(name)}}"
        case .close: "{{/\(name)}}"
        case .comment: "{{!…}}"
        case .partial: "{{>\(name)}}"
        case .parent: "{{<\(name)}}"
        case .block: "{{$\(name)}}"
        case .delimiters: "{{=…=}}"
        }
    }
}
