import CommitteeDocsDocumentTree

/// The YAML front matter: the first metadata block again, for machines.
enum FrontMatter {
    /// `---`, one `    "label": "value"` line per entry, `---`; values as plain text. The entries are
    /// indented by four spaces: a Markdown renderer that does not know front matter reads them as
    /// an indented code block (inert text), and YAML reads the same mapping.
    static func lines(for entries: [MetadataEntry]) -> [String] {
        ["---"] + entries.map { indentation + quoted($0.label) + ": " + quoted($0.value.plainText) } + ["---"]
    }

    static let indentation = "    "

    /// `text` as a YAML double-quoted scalar.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            default:
                if scalar.isInvisibleControl {
                    result += scalar.value <= 0xFF ? "\\x" + hex(scalar.value, digits: 2) : "\\u" + hex(scalar.value, digits: 4)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
