import CommitteeDocsCCmarkGFM

/// Danish prose that stays prose: an ordered list does not interrupt a paragraph unless the
/// paragraph's last line ends with ":" (see `MarkdownReader`).
///
/// cmark-gfm has no option for this, so the text is parsed, the marker of every ordered list
/// that cmark let interrupt a paragraph is escaped (`1.` → `1\.`, using cmark's source
/// positions), and the text is parsed again. An escaped line is a continuation line of the
/// paragraph, with exactly the text it had.
extension MarkdownReader {
    /// Re-reading stops when this many bytes have been parsed in all, or eight times the text,
    /// whichever is more. Only contrived input (lists nested so that they fall apart one per
    /// round) gets that far; its remaining lists then stay as CommonMark reads them.
    static let reparseBudget = 2 << 20

    /// The parsed tree of `source` in which no ordered list interrupts a paragraph (but one
    /// ending with ":"). The caller frees it.
    static func parseKeepingProse(_ source: String) -> OpaquePointer? {
        var text = source
        var budget = max(reparseBudget, 8 * source.utf8.count)
        while true {
            guard let root = parse(text) else { return nil }
            budget -= text.utf8.count
            let markers = interruptingMarkers(root)
            guard !markers.isEmpty, budget >= text.utf8.count, let escaped = escaping(markers, in: text) else {
                return root
            }
            cmark_node_free(root)
            text = escaped
        }
    }

    /// Where a list marker sits in the source: cmark's line and byte column, both from 1.
    struct MarkerPosition: Hashable {
        var line: Int
        var column: Int

        init(of node: OpaquePointer) {
            line = Int(cmark_node_get_start_line(node))
            column = Int(cmark_node_get_start_column(node))
        }
    }

    /// The markers to escape in this round, in document order. Each ordered list that
    /// interrupts a paragraph is one; so is each further item of it that holds one paragraph
    /// and follows one such item directly (it would interrupt the grown paragraph next round).
    /// A list whose first item holds more than a paragraph may change how everything after it
    /// is read once escaped, so the round ends with it. Walks without recursion.
    static func interruptingMarkers(_ root: OpaquePointer) -> [MarkerPosition] {
        var markers: [MarkerPosition] = []
        var stack: [OpaquePointer] = [root]
        while let node = stack.popLast() {
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_LIST, cmark_node_get_list_type(node) == CMARK_ORDERED_LIST, interruptsParagraph(node) {
                markers.append(MarkerPosition(of: node))
                var item = cmark_node_first_child(node)
                while let current = item, let next = cmark_node_next(current), let paragraph = onlyParagraph(current),
                      followsDirectly(paragraph, next), !endsWithColon(paragraph) {
                    markers.append(MarkerPosition(of: next))
                    item = next
                }
                // The last item made text may hold more than a paragraph: the round ends there.
                if let item, cmark_node_first_child(item) != nil, onlyParagraph(item) == nil { break }
                continue  // its items are text now; what they held is looked at in the next round
            }
            if type == CMARK_NODE_DOCUMENT || type == CMARK_NODE_BLOCK_QUOTE || type == CMARK_NODE_LIST || type == CMARK_NODE_ITEM {
                stack.append(contentsOf: children(node).reversed())
            }
        }
        return markers
    }

    /// Whether `list` starts on the line right after a paragraph that was still open: the
    /// block before it, or the last block inside the containers before it (a lazy line), is a
    /// paragraph ending on the line above, and that line does not end with ":".
    private static func interruptsParagraph(_ list: OpaquePointer) -> Bool {
        guard var last = cmark_node_previous(list) else { return false }
        while [CMARK_NODE_BLOCK_QUOTE, CMARK_NODE_LIST, CMARK_NODE_ITEM].contains(cmark_node_get_type(last)),
              let child = cmark_node_last_child(last) {
            last = child
        }
        return cmark_node_get_type(last) == CMARK_NODE_PARAGRAPH && followsDirectly(last, list) && !endsWithColon(last)
    }

    /// The item's paragraph when that is all it holds.
    private static func onlyParagraph(_ item: OpaquePointer) -> OpaquePointer? {
        guard let child = cmark_node_first_child(item), cmark_node_next(child) == nil,
              cmark_node_get_type(child) == CMARK_NODE_PARAGRAPH else { return nil }
        return child
    }

    private static func followsDirectly(_ paragraph: OpaquePointer, _ block: OpaquePointer) -> Bool {
        cmark_node_get_end_line(paragraph) == cmark_node_get_start_line(block) - 1
    }

    /// Whether the paragraph's text ends with ":" (before trailing blanks), formatting or not.
    static func endsWithColon(_ paragraph: OpaquePointer) -> Bool {
        var node = paragraph
        while let last = cmark_node_last_child(node) { node = last }
        guard [CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE].contains(cmark_node_get_type(node)) else { return false }
        var text = literal(node).utf8[...]
        while let byte = text.last, byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") { text = text.dropLast() }
        return text.last == UInt8(ascii: ":")
    }

    /// `source` with a backslash before the `.` or `)` of each marker; nil when no marker is
    /// where cmark said (then nothing is changed and the first reading stands).
    static func escaping(_ markers: [MarkerPosition], in source: String) -> String? {
        let bytes = Array(source.utf8)
        // cmark ends a line at "\n", "\r\n" or a lone "\r".
        var lineStarts = [0]
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "\r"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") { index += 1 }
            if bytes[index] == UInt8(ascii: "\n") || bytes[index] == UInt8(ascii: "\r") { lineStarts.append(index + 1) }
            index += 1
        }
        var delimiters: Set<Int> = []
        for marker in markers where marker.line >= 1 && marker.line <= lineStarts.count && marker.column >= 1 {
            let lineEnd = marker.line < lineStarts.count ? lineStarts[marker.line] : bytes.count
            var position = lineStarts[marker.line - 1] + marker.column - 1
            let digitsStart = position
            while position < lineEnd, position - digitsStart < 9, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) {
                position += 1
            }
            guard position > digitsStart, position < lineEnd,
                  bytes[position] == UInt8(ascii: ".") || bytes[position] == UInt8(ascii: ")") else { continue }
            delimiters.insert(position)
        }
        guard !delimiters.isEmpty else { return nil }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + delimiters.count)
        var copied = 0
        for delimiter in delimiters.sorted() {
            result += bytes[copied..<delimiter]
            result.append(UInt8(ascii: "\\"))
            copied = delimiter
        }
        result += bytes[copied...]
        return String(decoding: result, as: UTF8.self)
    }
}
