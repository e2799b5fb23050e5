import CYaml
import Diagnostics

/// The YAML features a data file may not use, and libyaml's errors in our words.
extension YAMLReader {
    /// Anchors and aliases allow exponential expansion ("billion laughs") and data files need
    /// neither; explicit tags would let a file override the schema's typing.
    mutating func refuseAnchor(_ anchor: UnsafeMutablePointer<yaml_char_t>?,
                               tag: UnsafeMutablePointer<yaml_char_t>?, at position: SourcePosition) {
        if let anchor {
            context.error(at: position, "YAML anchors (&\(String(cString: anchor))) are not supported; "
                          + "write the value out in full")
        }
        if let tag {
            let name = String(cString: tag).replacingPrefix("tag:yaml.org,2002:", with: "!!")
            context.error(at: position, "YAML tags (\(name)) are not supported; put text in quotes instead")
        }
    }

    /// Reports the alias event at `position`.
    mutating func refuseAlias(at position: SourcePosition, event: yaml_event_t) {
        let name = event.data.alias.anchor.map { String(cString: $0) } ?? ""
        context.error(at: position, "YAML aliases (*\(name)) are not supported; write the value out in full")
    }

    /// Turns libyaml's error into a diagnostic at its problem mark.
    mutating func reportSyntaxError(_ parser: yaml_parser_t) {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
        switch parser.error {
        case YAML_MEMORY_ERROR:
            context.error(at: position(of: parser.problem_mark), atPath: false, "the YAML parser ran out of memory")
        case YAML_READER_ERROR:
            // The source check has refused what libyaml's reader refuses, so this is a safety net.
            context.error(at: position(ofOffset: parser.problem_offset), atPath: false,
                          "YAML reader error: \(problem)")
        default:
            var message = "YAML syntax error: " + problem
            if let situation = parser.context.map({ String(cString: $0) }) {
                message += " (\(situation) at line \(parser.context_mark.line + 1))"
            }
            if let hint = Self.hint(for: problem) {
                message += "; " + hint
            }
            context.error(at: position(of: parser.problem_mark), atPath: false, message)
        }
    }

    private func position(ofOffset offset: Int) -> SourcePosition {
        var counter = ColumnCounter(start: 0)
        let end = min(offset, bytes.count)
        for index in 0..<end where bytes[index] == 0x0A {
            counter.lineBreak(at: index)
        }
        return context.position(line: counter.line, column: counter.column(at: end, in: bytes))
    }

    /// What to do about libyaml's most frequent complaints.
    private static func hint(for problem: String) -> String? {
        if problem.contains("tab") {
            return "indent with spaces, not tabs"
        }
        switch problem {
        case "mapping values are not allowed in this context":
            return "put text that contains ': ' in quotes"
        case "found character that cannot start any token":
            return "put text that starts with this character in quotes"
        case "found unexpected end of stream":
            return "is a closing quote missing?"
        case "could not find expected ':'":
            return "is ':' missing after a key, or a closing quote?"
        default:
            return nil
        }
    }
}

extension String {
    fileprivate func replacingPrefix(_ prefix: String, with replacement: String) -> String {
        hasPrefix(prefix) ? replacement + dropFirst(prefix.count) : self
    }
}
