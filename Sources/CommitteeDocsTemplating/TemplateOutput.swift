import CommitteeDocsDiagnostics

/// Where a strict render sends its output: template text and interpolated values, in order.
///
/// The renderer never escapes anything for a sink; the sink decides what a value becomes
/// (a text node, parsed Markdown …).
public protocol TemplateOutput {
    /// Template text, copied as it is.
    mutating func appendLiteral(_ text: Substring)
    /// One interpolated value; `raw` is true for {{{x}}} and {{&x}}. `path` is the full data path
    /// (e.g. "afsnit[1].overskrift"), `position` the tag's position in the template file.
    ///
    /// The value is always `.string` or `.markdown`: an object with text arrives as `.string(text)`.
    mutating func appendValue(_ value: TemplateValue, raw: Bool, path: String, position: SourcePosition)
}

/// The spec's plain-text output: values HTML-escaped unless raw.
struct EscapedText: TemplateOutput {
    var text = ""

    mutating func appendLiteral(_ literal: Substring) {
        text += literal
    }

    mutating func appendValue(_ value: TemplateValue, raw: Bool, path: String, position: SourcePosition) {
        guard case .string(let string) = value else {
            if case .markdown(let string) = value { append(string, raw: raw) }
            return
        }
        append(string, raw: raw)
    }

    private mutating func append(_ string: String, raw: Bool) {
        guard !raw, string.utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "\"") }) else {
            text += string
            return
        }
        for scalar in string.unicodeScalars {
            switch scalar {
            case "&": text += "&amp;"
            case "<": text += "&lt;"
            case ">": text += "&gt;"
            case "\"": text += "&quot;"
            default: text.unicodeScalars.append(scalar)
            }
        }
    }
}
