import DocumentTree
import Foundation

/// Writes a `Document` as CommonMark + GFM tables that reads comfortably and that
/// `MarkdownReader` parses back to the same tree.
///
/// Escaping is owned here. Text is literal: the characters Markdown could take as markup
/// (`\ * _ [ ] < > | ~ & # \``) are backslash-escaped everywhere, block markers (`-`, `+`, `=`,
/// `1.`) where a line starts, and spaces at the start or end of a line, tabs and line ends inside
/// text as numeric character references. The first metadata block is also written as YAML front
/// matter; every metadata block is shown as `<!-- metadata -->` and a paragraph of
/// `**Label** value` lines. Page breaks are `<!-- pagebreak -->`.
///
/// Lossy on purpose (no CommonMark form exists): line breaks inside table cells and headings
/// become spaces, line ends inside inline code become spaces, and emphasis inside a word whose
/// content starts or ends with punctuation (`x**<b>**y`) reads back as plain text, because
/// CommonMark's flanking rules do not open or close a delimiter between a letter and punctuation.
public struct MarkdownWriter: Sendable {
    /// Containers nest at most this deep, as in `MarkdownReader`.
    public static let maximumNestingDepth = 100

    public init() {}

    public func write(_ document: Document) -> String {
        var out = ""
        out.reserveCapacity(8 * 1024)
        let metadata = document.metadata
        if !metadata.isEmpty {
            out += "---\n"
            for entry in metadata {
                out += Self.yamlQuoted(entry.label) + ": " + Self.yamlQuoted(entry.value.plainText) + "\n"
            }
            out += "---\n\n"
        }
        let lines = Self.blocks(document.blocks, depth: 0)
        out += lines.joined(separator: "\n")
        if !lines.isEmpty { out += "\n" }
        return out
    }

    // MARK: - Blocks (as lines, so containers can prefix them)

    static func blocks(_ blocks: [Block], depth: Int, tight: Bool = false) -> [String] {
        var lines: [String] = []
        var previous: Block?
        var bulletToggle = false
        var orderedToggle = false
        for block in blocks {
            if previous != nil, !tight { lines.append("") }
            var marker: Character = "-"
            var delimiter: Character = "."
            if case .list(let start, _, _) = block {
                if case .list(let previousStart, _, _)? = previous, (previousStart == nil) == (start == nil) {
                    if start == nil { bulletToggle.toggle() } else { orderedToggle.toggle() }
                }
                marker = bulletToggle ? "*" : "-"
                delimiter = orderedToggle ? ")" : "."
            }
            lines.append(contentsOf: self.block(block, depth: depth, bullet: marker, delimiter: delimiter))
            previous = block
        }
        return lines
    }

    static func block(_ block: Block, depth: Int, bullet: Character, delimiter: Character) -> [String] {
        switch block {
        case .heading(let level, let inlines):
            let content = InlineWriter.write(inlines, context: .heading)
            return [String(repeating: "#", count: min(max(level, 1), 6)) + (content.isEmpty ? "" : " " + content)]
        case .paragraph(let inlines):
            let text = InlineWriter.write(inlines, context: .paragraph)
            return text.isEmpty ? ["&#32;"] : text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        case .list(let start, let tight, let items):
            if depth >= maximumNestingDepth {
                return blocks(items.flatMap { $0 }.flattenedContainers, depth: depth)
            }
            var lines: [String] = []
            for (index, item) in items.enumerated() {
                if index > 0, !tight { lines.append("") }
                let marker = start.map { "\($0 + index)\(delimiter)" } ?? String(bullet)
                let indent = String(repeating: " ", count: marker.count + 1)
                let content = blocks(item, depth: depth + 1, tight: tight)
                if content.isEmpty {
                    lines.append(marker)
                    continue
                }
                for (offset, line) in content.enumerated() {
                    if offset == 0 {
                        lines.append(marker + " " + line)
                    } else {
                        lines.append(line.isEmpty ? "" : indent + line)
                    }
                }
            }
            return lines
        case .blockQuote(let children):
            if depth >= maximumNestingDepth { return blocks(children.flattenedContainers, depth: depth) }
            let content = blocks(children, depth: depth + 1)
            if content.isEmpty { return [">"] }
            return content.map { $0.isEmpty ? ">" : "> " + $0 }
        case .codeBlock(let info, let text):
            let useTildes = info.contains("`")
            let fenceCharacter: Character = useTildes ? "~" : "`"
            let fence = String(repeating: fenceCharacter, count: max(3, longestRun(of: fenceCharacter, in: text) + 1))
            var lines = [fence + info.replacingOccurrences(of: "\\", with: "\\\\")]
            if !text.isEmpty {
                lines.append(contentsOf: text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
            }
            lines.append(fence)
            return lines
        case .thematicBreak:
            return ["***"]
        case .pageBreak:
            return ["<!-- pagebreak -->"]
        case .table(let table):
            return self.table(table)
        case .metadata(let entries):
            guard !entries.isEmpty else { return [] }
            var line = ""
            for (index, entry) in entries.enumerated() {
                if index > 0 { line += "\\\n" }
                line += "**" + InlineWriter.write([.text(entry.label)], context: .label) + "**"
                let value = InlineWriter.write(entry.value, context: .metadataValue)
                if !value.isEmpty { line += " " + value }
            }
            return ["<!-- metadata -->", ""] + line.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }
    }

    static func table(_ table: Table) -> [String] {
        let columns = max(table.header.count, 1)
        func row(_ cells: [[Inline]]) -> String {
            var padded = cells
            while padded.count < columns { padded.append([]) }
            return "| " + padded.prefix(columns).map { InlineWriter.write($0, context: .cell) }.joined(separator: " | ") + " |"
        }
        var lines = [row(table.header)]
        var delimiter = "|"
        for column in 0..<columns {
            let alignment = column < table.alignments.count ? table.alignments[column] : .none
            switch alignment {
            case .none: delimiter += " --- |"
            case .left: delimiter += " :-- |"
            case .center: delimiter += " :-: |"
            case .right: delimiter += " --: |"
            }
        }
        lines.append(delimiter)
        for cells in table.rows { lines.append(row(cells)) }
        return lines
    }

    static func longestRun(of character: Character, in text: String) -> Int {
        var longest = 0
        var current = 0
        for scalar in text.unicodeScalars {
            if Character(scalar) == character {
                current += 1
                longest = max(longest, current)
            } else {
                current = 0
            }
        }
        return longest
    }

    /// A YAML double-quoted scalar: backslash, quote, controls and bidi characters escaped.
    static func yamlQuoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x5C: out += "\\\\"
            case 0x22: out += "\\\""
            case 0x0A: out += "\\n"
            case 0x09: out += "\\t"
            case 0x0D: out += "\\r"
            case 0x00...0x1F, 0x7F...0x9F:
                out += "\\x" + (scalar.value < 16 ? "0" : "") + String(scalar.value, radix: 16, uppercase: true)
            case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

/// Writes inlines with the escaping their place needs.
struct InlineWriter {
    enum Context {
        case paragraph, heading, cell, label, metadataValue
    }

    let context: Context
    var out = ""
    /// Whether the next character starts a line of the block.
    var atLineStart = true

    static func write(_ inlines: [Inline], context: Context) -> String {
        var writer = InlineWriter(context: context)
        writer.atLineStart = context == .paragraph
        writer.write(inlines, depth: 0)
        writer.protectTrailingWhitespace()
        if context == .heading || context == .cell || context == .metadataValue || context == .label {
            writer.protectLeadingWhitespace()
        }
        return writer.out
    }

    private var singleLine: Bool { context == .heading || context == .cell || context == .label }

    mutating func write(_ inlines: [Inline], depth: Int) {
        for inline in inlines {
            switch inline {
            case .text(let literal):
                text(literal)
            case .emphasis(let children):
                span("*", children, depth: depth)
            case .strong(let children):
                span("**", children, depth: depth)
            case .strikethrough(let children):
                span("~~", children, depth: depth)
            case .code(let code):
                self.code(code)
            case .link(let destination, let title, let children):
                out += "["
                atLineStart = false
                write(children, depth: depth + 1)
                out += "](<" + escapeDestination(destination) + ">"
                if !title.isEmpty { out += " \"" + escapeTitle(title) + "\"" }
                out += ")"
            case .lineBreak:
                if singleLine {
                    out += " "
                } else {
                    protectTrailingWhitespace()
                    out += "\\\n"
                    atLineStart = true
                }
            case .softBreak:
                if singleLine {
                    out += " "
                } else {
                    protectTrailingWhitespace()
                    out += "\n"
                    atLineStart = true
                }
            }
        }
    }

    private mutating func span(_ delimiter: String, _ children: [Inline], depth: Int) {
        if depth >= MarkdownWriter.maximumNestingDepth || children.isEmpty {
            write(children, depth: depth)
            return
        }
        out += delimiter
        atLineStart = false
        let start = out.endIndex
        write(children, depth: depth + 1)
        // Flanking rules: the content may not start or end with white space.
        protectWhitespace(from: start)
        out += delimiter
    }

    private mutating func code(_ code: String) {
        var content = code.replacingOccurrences(of: "\n", with: " ")
        if context == .cell { content = content.replacingOccurrences(of: "|", with: "\\|") }
        let fence = String(repeating: "`", count: MarkdownWriter.longestRun(of: "`", in: content) + 1)
        let allSpaces = content.allSatisfy { $0 == " " }
        let pad = content.hasPrefix("`") || content.hasSuffix("`")
            || (!allSpaces && content.hasPrefix(" ") && content.hasSuffix(" "))
        out += fence + (pad ? " " : "") + content + (pad ? " " : "") + fence
        atLineStart = false
    }

    /// Literal text: every character Markdown could read as markup is escaped.
    private mutating func text(_ text: String) {
        var rest = Substring(text)
        if atLineStart, !rest.isEmpty {
            // Block markers a line may start with: "-", "+", "=", "1." / "1)" and leading blanks.
            while let first = rest.unicodeScalars.first, first == " " || first == "\t" {
                out += first == " " ? "&#32;" : "&#9;"
                rest = Substring(rest.unicodeScalars.dropFirst())
            }
            if let first = rest.utf8.first {
                if first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: "=") {
                    out += "\\"
                } else if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) {
                    let digits = rest.utf8.prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
                    let after = rest.utf8.dropFirst(digits.count).first
                    if digits.count <= 9, after == UInt8(ascii: ".") || after == UInt8(ascii: ")") {
                        out += String(rest.prefix(digits.count)) + "\\"
                        rest = rest.dropFirst(digits.count)
                    }
                }
            }
        }
        if !rest.isEmpty { atLineStart = false }
        var remaining = String(rest)
        remaining.withUTF8 { bytes in
            // Every character that needs escaping is ASCII, so runs between them are whole characters.
            var runStart = 0
            for (position, byte) in bytes.enumerated() {
                let replacement: String
                switch byte {
                case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["),
                     UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "|"), UInt8(ascii: "~"),
                     UInt8(ascii: "&"), UInt8(ascii: "#"):
                    replacement = "\\" + String(UnicodeScalar(byte))
                case 0x0A: replacement = "&#10;"
                case 0x0D: replacement = "&#13;"
                case 0x09: replacement = "&#9;"
                case 0x0B: replacement = "&#11;"  // vertical tab and form feed count as blanks in Markdown
                case 0x0C: replacement = "&#12;"
                case 0x00: replacement = "\u{FFFD}"
                default: continue
                }
                out += String(decoding: UnsafeBufferPointer(rebasing: bytes[runStart..<position]), as: UTF8.self)
                out += replacement
                runStart = position + 1
            }
            out += String(decoding: UnsafeBufferPointer(rebasing: bytes[runStart...]), as: UTF8.self)
        }
    }

    private func escapeDestination(_ destination: String) -> String {
        var out = ""
        for scalar in destination.unicodeScalars {
            switch scalar {
            case "<", ">", "\\": out += "\\"; out.unicodeScalars.append(scalar)
            case "\n": out += "%0A"
            case "|" where context == .cell: out += "\\|"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private func escapeTitle(_ title: String) -> String {
        var out = ""
        for scalar in title.unicodeScalars {
            switch scalar {
            case "\"", "\\", "&": out += "\\"; out.unicodeScalars.append(scalar)
            case "|" where context == .cell: out += "\\|"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Spaces and tabs at the end of a line would be dropped (or make a hard break): keep them as references.
    private mutating func protectTrailingWhitespace() {
        var trailing = ""
        while let last = out.last, last == " " || last == "\t" {
            trailing = (last == " " ? "&#32;" : "&#9;") + trailing
            out.removeLast()
        }
        out += trailing
    }

    private mutating func protectLeadingWhitespace() {
        var prefix = ""
        while let first = out.first, first == " " || first == "\t" {
            prefix += first == " " ? "&#32;" : "&#9;"
            out.removeFirst()
        }
        out = prefix + out
    }

    /// Spaces at both ends of a span's content, as references.
    private mutating func protectWhitespace(from start: String.Index) {
        var content = String(out[start...])
        out.removeSubrange(start...)
        var prefix = ""
        while let first = content.first, first == " " || first == "\t" {
            prefix += first == " " ? "&#32;" : "&#9;"
            content.removeFirst()
        }
        var suffix = ""
        while let last = content.last, last == " " || last == "\t" {
            suffix = (last == " " ? "&#32;" : "&#9;") + suffix
            content.removeLast()
        }
        out += prefix + content + suffix
    }
}
