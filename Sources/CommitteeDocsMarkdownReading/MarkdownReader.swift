import CommitteeDocsCCmarkGFM
import CommitteeDocsDocumentTree
import Foundation
import Synchronization

/// Parses CommonMark + GFM tables and strikethrough into a `Document`, through cmark-gfm.
///
/// Raw HTML never becomes markup: an inline HTML span is text, an HTML block a paragraph of
/// its literal text. Three comment conventions are ours: `<!-- pagebreak -->` is a page break,
/// and `<!-- metadata -->` followed by a paragraph of `**Label** value` lines (hard breaks between)
/// is a metadata block, which is how `MarkdownWriter` prints the side column. A YAML front
/// matter (`---`, lines of `"key": "value"`, `---`) at the very start is skipped: it repeats the
/// visible metadata for machines.
///
/// **Danish prose stays prose.** Wrapped Danish prose often starts a line with "1. januar",
/// "1. behandling" or "3. kvartal", and CommonMark lets "1." interrupt a paragraph and start a
/// list (the day is lost). Here an ordered list does not interrupt a paragraph: a line inside a
/// paragraph that begins with a number and "." or ")" is text. An ordered list starts after a
/// blank line, or directly after a line that ends with ":" ("Forvaltningen foreslår:"; the
/// colon may be bold), where CommonMark allows it (a list starting at 1). The same holds inside
/// quotes and list items, so a nested ordered list too needs a blank line or a colon before it.
/// Bullet lists (`-`, `*`, `+`) still interrupt a paragraph, as in CommonMark: officials write
/// lists that way, and a line of prose rarely starts with a dash and a space. `MarkdownWriter`
/// escapes a number at a line start (`1\.`), so what it writes reads the same in any CommonMark
/// reader. `ProseLines.swift` says how this is done.
///
/// Nesting deeper than `maximumNestingDepth` is flattened, so hostile input cannot exhaust the stack.
public struct MarkdownReader: Sendable {
    /// Containers (quotes, lists, emphasis …) nest at most this deep; deeper content is lifted.
    public static let maximumNestingDepth = 100

    /// Whether a fenced block with the info string `meta` whose lines are all `Label: value` is a
    /// metadata block. Templates draw the side column this way; an official's prose does not.
    public var metaBlocks: Bool

    public init(metaBlocks: Bool = false) {
        self.metaBlocks = metaBlocks
    }

    public func read(_ markdown: String) -> Document {
        var source = markdown
        source = Self.withoutFrontMatter(source)
        guard let root = Self.parseKeepingProse(source) else { return Document(blocks: []) }
        defer { cmark_node_free(root) }
        return Document(blocks: blocks(of: root, depth: 0))
    }

    // MARK: - cmark-gfm

    /// cmark-gfm keeps process-wide state (the extension registry and the inline parser's table
    /// of special characters, which attaching an extension writes); parses are serialized. The
    /// value says whether the extensions are registered yet.
    private static let parsing = Mutex(false)

    static func parse(_ source: String) -> OpaquePointer? {
        parsing.withLock { registered in
            if !registered {
                cmark_gfm_core_extensions_ensure_registered()
                registered = true
            }
            guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT) else { return nil }
            defer { cmark_parser_free(parser) }
            for name in ["table", "strikethrough"] {
                if let extensionPointer = cmark_find_syntax_extension(name) {
                    cmark_parser_attach_syntax_extension(parser, extensionPointer)
                }
            }
            var text = source
            text.withUTF8 { buffer in
                buffer.withMemoryRebound(to: CChar.self) { chars in
                    cmark_parser_feed(parser, chars.baseAddress, chars.count)
                }
            }
            return cmark_parser_finish(parser)
        }
    }

    static func literal(_ node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }

    static func children(_ node: OpaquePointer) -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            result.append(current)
            child = cmark_node_next(current)
        }
        return result
    }

    private static func typeName(_ node: OpaquePointer) -> String {
        cmark_node_get_type_string(node).map { String(cString: $0) } ?? ""
    }

    // MARK: - Blocks

    private func blocks(of parent: OpaquePointer, depth: Int) -> [Block] {
        var result: [Block] = []
        let nodes = Self.children(parent)
        var index = 0
        while index < nodes.count {
            let node = nodes[index]
            index += 1
            switch cmark_node_get_type(node) {
            case CMARK_NODE_PARAGRAPH:
                result.append(.paragraph(inlines(of: node, depth: depth)))
            case CMARK_NODE_HEADING:
                result.append(.heading(level: Int(cmark_node_get_heading_level(node)), inlines(of: node, depth: depth)))
            case CMARK_NODE_THEMATIC_BREAK:
                result.append(.thematicBreak)
            case CMARK_NODE_CODE_BLOCK:
                let info = cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
                var text = Self.literal(node)
                if text.hasSuffix("\n") { text.removeLast() }
                if metaBlocks, info == "meta", let entries = Self.metadataEntries(text) {
                    result.append(.metadata(entries))
                } else {
                    result.append(.codeBlock(info: info, text: text))
                }
            case CMARK_NODE_HTML_BLOCK:
                var text = Self.literal(node)
                while text.hasSuffix("\n") { text.removeLast() }
                if text == "<!-- pagebreak -->" {
                    result.append(.pageBreak)
                } else if text == "<!-- metadata -->", index < nodes.count,
                          cmark_node_get_type(nodes[index]) == CMARK_NODE_PARAGRAPH,
                          let entries = Self.metadataEntries(inlines(of: nodes[index], depth: depth)) {
                    result.append(.metadata(entries))
                    index += 1
                } else {
                    result.append(.paragraph(Self.lines(text)))
                }
            case CMARK_NODE_BLOCK_QUOTE:
                if depth >= Self.maximumNestingDepth {
                    result.append(contentsOf: flattened(node, depth: depth))
                } else {
                    result.append(.blockQuote(blocks(of: node, depth: depth + 1)))
                }
            case CMARK_NODE_LIST:
                if depth >= Self.maximumNestingDepth {
                    result.append(contentsOf: flattened(node, depth: depth))
                } else {
                    let ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
                    let items = Self.children(node).map { blocks(of: $0, depth: depth + 1) }
                    result.append(.list(start: ordered ? Int(cmark_node_get_list_start(node)) : nil,
                                        tight: cmark_node_get_list_tight(node) != 0, items: items))
                }
            default:
                if Self.typeName(node) == "table" {
                    result.append(.table(table(node, depth: depth)))
                } else {
                    result.append(contentsOf: blocks(of: node, depth: depth))  // an unknown container: its content
                }
            }
        }
        return result
    }

    /// The leaf blocks of a container at the depth limit, lifted without recursion.
    private func flattened(_ container: OpaquePointer, depth: Int) -> [Block] {
        var result: [Block] = []
        var stack: [OpaquePointer] = Self.children(container).reversed()
        while let node = stack.popLast() {
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_BLOCK_QUOTE || type == CMARK_NODE_LIST || type == CMARK_NODE_ITEM {
                stack.append(contentsOf: Self.children(node).reversed())
            } else {
                result.append(contentsOf: leafBlock(node, depth: depth))
            }
        }
        return result
    }

    private func leafBlock(_ node: OpaquePointer, depth: Int) -> [Block] {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_PARAGRAPH: return [.paragraph(inlines(of: node, depth: depth))]
        case CMARK_NODE_HEADING: return [.heading(level: Int(cmark_node_get_heading_level(node)), inlines(of: node, depth: depth))]
        case CMARK_NODE_THEMATIC_BREAK: return [.thematicBreak]
        case CMARK_NODE_CODE_BLOCK:
            var text = Self.literal(node)
            if text.hasSuffix("\n") { text.removeLast() }
            return [.codeBlock(info: cmark_node_get_fence_info(node).map { String(cString: $0) } ?? "", text: text)]
        case CMARK_NODE_HTML_BLOCK:
            var text = Self.literal(node)
            while text.hasSuffix("\n") { text.removeLast() }
            return [text == "<!-- pagebreak -->" ? .pageBreak : .paragraph(Self.lines(text))]
        default:
            return Self.typeName(node) == "table" ? [.table(table(node, depth: depth))] : []
        }
    }

    private func table(_ node: OpaquePointer, depth: Int) -> Table {
        let columns = Int(cmark_gfm_extensions_get_table_columns(node))
        var alignments: [Table.Alignment] = []
        if let raw = cmark_gfm_extensions_get_table_alignments(node) {
            for column in 0..<columns {
                switch UInt8(raw[column]) {
                case UInt8(ascii: "l"): alignments.append(.left)
                case UInt8(ascii: "c"): alignments.append(.center)
                case UInt8(ascii: "r"): alignments.append(.right)
                default: alignments.append(.none)
                }
            }
        } else {
            alignments = Array(repeating: .none, count: columns)
        }
        var header: [[Inline]] = []
        var rows: [[[Inline]]] = []
        for row in Self.children(node) {
            var cells = Self.children(row).map { inlines(of: $0, depth: depth) }
            if cells.count < columns { cells += Array(repeating: [], count: columns - cells.count) }
            if cells.count > columns { cells.removeLast(cells.count - columns) }
            if cmark_gfm_extensions_get_table_row_is_header(row) != 0 { header = cells } else { rows.append(cells) }
        }
        return Table(alignments: alignments, header: header, rows: rows)
    }

    // MARK: - Inlines

    private func inlines(of parent: OpaquePointer, depth: Int) -> [Inline] {
        var result: [Inline] = []
        appendInlines(of: parent, depth: depth, to: &result)
        return result
    }

    /// Appends `parent`'s inlines to `result`, walking cmark's sibling links (no array of the
    /// children, no array per formatted span: the conversion allocates only what the tree keeps).
    private func appendInlines(of parent: OpaquePointer, depth: Int, to result: inout [Inline]) {
        var next = cmark_node_first_child(parent)
        while let node = next {
            next = cmark_node_next(node)
            switch cmark_node_get_type(node) {
            case CMARK_NODE_TEXT:
                result.append(.text(Self.literal(node)))
            case CMARK_NODE_SOFTBREAK:
                result.append(.softBreak)
            case CMARK_NODE_LINEBREAK:
                result.append(.lineBreak)
            case CMARK_NODE_CODE:
                result.append(.code(Self.literal(node)))
            case CMARK_NODE_HTML_INLINE:
                result.append(.text(Self.literal(node)))
            case CMARK_NODE_EMPH:
                appendNested(node, depth: depth, Inline.emphasis, to: &result)
            case CMARK_NODE_STRONG:
                appendNested(node, depth: depth, Inline.strong, to: &result)
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                let title = cmark_node_get_title(node).map { String(cString: $0) } ?? ""
                // A link's text holds no link (HTML forbids it): an image there is its description.
                appendNested(node, depth: depth, { .link(destination: url, title: title, $0.withoutLinks()) }, to: &result)
            default:
                if Self.typeName(node) == "strikethrough" {
                    appendNested(node, depth: depth, Inline.strikethrough, to: &result)
                } else {
                    appendInlines(of: node, depth: depth, to: &result)
                }
            }
        }
    }

    /// A formatted span, or at the depth limit just its content (the formatting is dropped).
    private func appendNested(_ node: OpaquePointer, depth: Int, _ make: ([Inline]) -> Inline, to result: inout [Inline]) {
        if depth >= Self.maximumNestingDepth {
            result.append(contentsOf: flattenedInlines(node))
        } else {
            result.append(make(inlines(of: node, depth: depth + 1)))
        }
    }

    private func flattenedInlines(_ container: OpaquePointer) -> [Inline] {
        var result: [Inline] = []
        var stack: [OpaquePointer] = Self.children(container).reversed()
        while let node = stack.popLast() {
            switch cmark_node_get_type(node) {
            case CMARK_NODE_TEXT, CMARK_NODE_HTML_INLINE: result.append(.text(Self.literal(node)))
            case CMARK_NODE_CODE: result.append(.code(Self.literal(node)))
            case CMARK_NODE_SOFTBREAK: result.append(.softBreak)
            case CMARK_NODE_LINEBREAK: result.append(.lineBreak)
            default: stack.append(contentsOf: Self.children(node).reversed())
            }
        }
        return result
    }

    // MARK: - Our conventions

    /// Lines of raw HTML as text, with hard breaks where its lines end.
    private static func lines(_ text: String) -> [Inline] {
        var result: [Inline] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if index > 0 { result.append(.lineBreak) }
            result.append(.text(String(line)))
        }
        return result
    }

    /// `Label: value` lines of a ```meta block; nil when any non-empty line has another shape.
    static func metadataEntries(_ text: String) -> [MetadataEntry]? {
        // A template's meta block is ASCII labels and value placeholders: then each character is
        // one scalar, so its lines and ": " are found on bytes with the same result. Splitting
        // Characters and Foundation's range(of:) were a sixth of building a memo's tree (perf).
        if hasOnlySingleScalarCharacters(text) { return metadataEntriesOnBytes(text) }
        var entries: [MetadataEntry] = []
        for line in text.split(separator: "\n") where !line.allSatisfy({ $0 == " " }) {
            guard let separator = line.range(of: ": ") else { return nil }
            let label = String(line[..<separator.lowerBound])
            guard !label.isEmpty else { return nil }
            entries.append(MetadataEntry(label: label, value: [.text(String(line[separator.upperBound...]))]))
        }
        return entries.isEmpty ? nil : entries
    }

    /// Whether `text` is ASCII other than CR and the private-use characters U+E000–U+E0FF (the
    /// renderer's placeholders), none of which join a neighbour into one Character.
    private static func hasOnlySingleScalarCharacters(_ text: String) -> Bool {
        var utf8 = text.utf8.makeIterator()
        while let byte = utf8.next() {
            if byte < 0x80 {
                if byte == UInt8(ascii: "\r") { return false }
                continue
            }
            // U+E000–U+E0FF is EE 80 80 to EE 83 BF.
            guard byte == 0xEE, let second = utf8.next(), (0x80...0x83).contains(second), utf8.next() != nil else { return false }
        }
        return true
    }

    /// `metadataEntries(_:)` for text of single-scalar characters, on its bytes.
    private static func metadataEntriesOnBytes(_ text: String) -> [MetadataEntry]? {
        var text = text
        return text.withUTF8 { bytes -> [MetadataEntry]? in
            var entries: [MetadataEntry] = []
            for line in bytes.split(separator: UInt8(ascii: "\n")) where !line.allSatisfy({ $0 == UInt8(ascii: " ") }) {
                guard let colon = line.indices.first(where: { line[$0] == UInt8(ascii: ":") && $0 + 1 < line.endIndex
                                                                && line[$0 + 1] == UInt8(ascii: " ") }),
                      colon > line.startIndex
                else { return nil }
                entries.append(MetadataEntry(label: String(decoding: UnsafeBufferPointer(rebasing: bytes[line.startIndex..<colon]), as: UTF8.self),
                                             value: [.text(String(decoding: UnsafeBufferPointer(rebasing: bytes[(colon + 2)..<line.endIndex]), as: UTF8.self))]))
            }
            return entries.isEmpty ? nil : entries
        }
    }

    /// `**Label** value` lines joined by hard breaks; nil when the paragraph has another shape.
    static func metadataEntries(_ inlines: [Inline]) -> [MetadataEntry]? {
        var entries: [MetadataEntry] = []
        var line: [Inline] = []
        func finish() -> Bool {
            guard case .strong(let labelInlines)? = line.first,
                  labelInlines.allSatisfy({ if case .text = $0 { return true } else { return false } })
            else { return false }
            var value = Array(line.dropFirst())
            if case .text(let first)? = value.first {
                guard first.hasPrefix(" ") else { return false }
                value[0] = .text(String(first.dropFirst()))
            } else if !value.isEmpty {
                return false
            }
            entries.append(MetadataEntry(label: labelInlines.plainText, value: value.normalized()))
            line = []
            return true
        }
        for inline in inlines {
            if inline == .lineBreak {
                guard finish() else { return nil }
            } else {
                line.append(inline)
            }
        }
        guard finish() else { return nil }
        return entries
    }

    /// The text without a leading front matter written by `MarkdownWriter`.
    static func withoutFrontMatter(_ text: String) -> String {
        guard text.hasPrefix("---\n") else { return text }
        var rest = text.dropFirst(4)
        while true {
            guard let end = rest.firstIndex(of: "\n") else { return text }
            let line = rest[..<end]
            rest = rest[rest.index(after: end)...]
            if line == "---" { return String(rest) }
            // Entries are indented by four spaces (older files: none). Bytes: a quote may carry a combining mark.
            let entry = line.utf8.drop { $0 == UInt8(ascii: " ") }
            guard entry.first == UInt8(ascii: "\""), line.utf8.count - entry.count <= 4 else { return text }
        }
    }
}
