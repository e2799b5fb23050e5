import CommitteeDocsDocumentTree

/// The YAML front matter: the first metadata block again, for machines.
enum FrontMatter {
    /// `---`, one `    "label": "value"` line per entry, `---`; values as plain text. The entries are
    /// indented by four spaces: a Markdown renderer that does not know front matter reads them as
    /// an indented code block (inert text), and YAML reads the same mapping.
    static func write(_ entries: [MetadataEntry], to lines: inout MarkdownLines) {
        lines.line("---")
        var line = MarkdownBytes(capacity: 128)
        for entry in entries {
            line.removeAll()
            line.append(indentation)
            appendQuoted(entry.label, to: &line)
            line.append(": ")
            appendQuoted(entry.value.plainText, to: &line)
            lines.line(line)
        }
        lines.line("---")
    }

    static let indentation = "    "

    /// `text` as a YAML double-quoted scalar.
    static func appendQuoted(_ text: String, to output: inout MarkdownBytes) {
        output.append(UInt8(ascii: "\""))
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": output.append("\\\\")
            case "\"": output.append("\\\"")
            case "\n": output.append("\\n")
            case "\t": output.append("\\t")
            default:
                if scalar.isInvisibleControl {
                    let short = scalar.value <= 0xFF
                    output.append(short ? "\\x" : "\\u")
                    appendHex(scalar.value, digits: short ? 2 : 4, to: &output)
                } else {
                    output.append(scalar: scalar)
                }
            }
        }
        output.append(UInt8(ascii: "\""))
    }

    /// Upper-case hexadecimal, padded with zeros to at least `digits` digits.
    private static func appendHex(_ value: UInt32, digits: Int, to output: inout MarkdownBytes) {
        let text = String(value, radix: 16, uppercase: true)
        output.append(UInt8(ascii: "0"), count: digits - text.utf8.count)
        output.append(text)
    }
}
