import CommitteeDocsDocumentTree
import CommitteeDocsMarkdownReading

/// Puts the held values back into the parsed document tree: as text nodes, or, for prose
/// inserted with `{{{x}}}`, as the blocks and inlines of its own Markdown.
struct PlaceholderResolver {
    let values: [HeldValue]
    let reader: MarkdownReader

    func resolve(_ document: Document) -> Document {
        Document(blocks: blocks(document.normalized().blocks)).normalized()
    }

    private func blocks(_ blocks: [Block]) -> [Block] {
        var result: [Block] = []
        result.reserveCapacity(blocks.count)
        for block in blocks {
            switch block {
            case .paragraph(let inlines):
                if let prose = standaloneProse(inlines) {
                    result.append(contentsOf: prose)
                } else {
                    result.append(.paragraph(self.inlines(inlines)))
                }
            case .heading(let level, let inlines):
                result.append(.heading(level: level, self.inlines(inlines)))
            case .list(let start, let tight, let items):
                result.append(.list(start: start, tight: tight, items: items.map(self.blocks)))
            case .table(let table):
                result.append(.table(Table(alignments: table.alignments,
                                           header: table.header.map(inlines),
                                           rows: table.rows.map { $0.map(inlines) })))
            case .blockQuote(let children):
                result.append(.blockQuote(self.blocks(children)))
            case .codeBlock(let info, let text):
                result.append(.codeBlock(info: plain(info), text: plain(text)))
            case .metadata(let entries):
                result.append(.metadata(entries.map { MetadataEntry(label: plain($0.label), value: inlines($0.value)) }))
            case .thematicBreak, .pageBreak:
                result.append(block)
            }
        }
        return result
    }

    /// A paragraph that is nothing but one `{{{prose}}}` value becomes the prose's own blocks.
    private func standaloneProse(_ inlines: [Inline]) -> [Block]? {
        guard inlines.count == 1, case .text(let text) = inlines[0], Placeholder.contains(text),
              case let pieces = Placeholder.pieces(of: text), pieces.count == 1,
              case .value(let index) = pieces[0], case .markdown(let source) = values[index]
        else { return nil }
        return prose(source)
    }

    /// An official's Markdown: parsed on its own, so it can never reach into the template around it.
    private func prose(_ source: String) -> [Block] {
        reader.read(source).blocks.map { block in
            // A ```meta fence in prose is just code: only templates draw the side column.
            if case .metadata(let entries) = block {
                return .codeBlock(info: "meta", text: entries.map { "\($0.label): \($0.value.plainText)" }
                    .joined(separator: "\n"))
            }
            return block
        }
    }

    private func inlines(_ inlines: [Inline]) -> [Inline] {
        var result: [Inline] = []
        result.reserveCapacity(inlines.count)
        for inline in inlines {
            switch inline {
            case .text(let text) where Placeholder.contains(text):
                for piece in Placeholder.pieces(of: text) {
                    switch piece {
                    case .literal(let literal): result.append(.text(String(literal)))
                    case .value(let index): result.append(contentsOf: inlineValue(values[index]))
                    }
                }
            case .text, .lineBreak, .softBreak:
                result.append(inline)
            case .code(let text):
                result.append(.code(plain(text)))
            case .emphasis(let children):
                result.append(.emphasis(self.inlines(children)))
            case .strong(let children):
                result.append(.strong(self.inlines(children)))
            case .strikethrough(let children):
                result.append(.strikethrough(self.inlines(children)))
            case .link(let destination, let title, let children):
                result.append(.link(destination: plain(destination), title: plain(title), self.inlines(children)))
            }
        }
        return result
    }

    /// A value inside a line: text (its line ends become hard breaks), or prose flattened to inlines.
    private func inlineValue(_ value: HeldValue) -> [Inline] {
        switch value {
        case .text(let text):
            guard text.utf8.contains(0x0A) else { return [.text(text)] }  // bytes: String.contains(String) goes through Foundation
            var result: [Inline] = []
            for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                if offset > 0 { result.append(.lineBreak) }
                result.append(.text(String(line)))
            }
            return result
        case .markdown(let source):
            var result: [Inline] = []
            for block in prose(source) {
                if !result.isEmpty { result.append(.softBreak) }
                switch block {
                case .paragraph(let inlines), .heading(_, let inlines): result.append(contentsOf: inlines)
                default: result.append(.text(Document(blocks: [block]).plainTextFallback))
                }
            }
            return result
        }
    }

    /// Placeholders in verbatim places (code, link destinations, labels) become the value's text.
    private func plain(_ text: String) -> String {
        guard Placeholder.contains(text) else { return text }
        var result = ""
        for piece in Placeholder.pieces(of: text) {
            switch piece {
            case .literal(let literal): result += literal
            case .value(let index):
                switch values[index] {
                case .text(let value), .markdown(let value): result += value
                }
            }
        }
        return result
    }
}

extension Document {
    /// The visible characters of simple blocks, for prose squeezed into one line.
    var plainTextFallback: String {
        blocks.map { block -> String in
            switch block {
            case .paragraph(let inlines), .heading(_, let inlines): return inlines.plainText
            case .codeBlock(_, let text): return text
            case .list(_, _, let items): return items.map { Document(blocks: $0).plainTextFallback }.joined(separator: " ")
            case .blockQuote(let children): return Document(blocks: children).plainTextFallback
            case .table(let table): return (table.header + table.rows.flatMap { $0 }).map(\.plainText).joined(separator: " ")
            case .metadata(let entries): return entries.map { "\($0.label) \($0.value.plainText)" }.joined(separator: " ")
            case .thematicBreak, .pageBreak: return ""
            }
        }.joined(separator: " ")
    }
}
