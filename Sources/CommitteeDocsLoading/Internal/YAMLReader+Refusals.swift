import CYaml
import CommitteeDocsDiagnostics

/// The YAML features a data file may not use, and libyaml's errors in our words.
extension YAMLReader {
    /// Anchors and aliases allow exponential expansion ("billion laughs") and data files need
    /// neither; explicit tags would let a file override the schema's typing.
    mutating func refuseAnchor(_ anchor: UnsafeMutablePointer<yaml_char_t>?,
                               tag: UnsafeMutablePointer<yaml_char_t>?, at position: SourcePosition) {
        if let anchor {
            context.error(at: position, LoadingText.yamlAnchors(["name": String(cString: anchor)]))
        }
        if let tag {
            let name = String(cString: tag).replacingPrefix("tag:yaml.org,2002:", with: "!!")
            context.error(at: position, LoadingText.yamlTags(["name": name]))
        }
    }

    /// Reports the alias event at `position`.
    mutating func refuseAlias(at position: SourcePosition, event: yaml_event_t) {
        let name = event.data.alias.anchor.map { String(cString: $0) } ?? ""
        context.error(at: position, LoadingText.yamlAliases(["name": name]))
    }

    /// Turns libyaml's error into a diagnostic at its problem mark.
    mutating func reportSyntaxError(_ parser: yaml_parser_t) {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
        switch parser.error {
        case YAML_MEMORY_ERROR:
            context.error(at: position(of: parser.problem_mark), atPath: false, LoadingText.yamlOutOfMemory())
        case YAML_READER_ERROR:
            // The source check has refused what libyaml's reader refuses, so this is a safety net.
            context.error(at: position(ofOffset: parser.problem_offset), atPath: false,
                          LoadingText.yamlReaderError(["problem": problem]))
        default:
            let situation: any MessageArgument = parser.context.map {
                LoadingText.yamlContext(["situation": String(cString: $0), "line": parser.context_mark.line + 1])
            } ?? ""
            let hint: any MessageArgument = Self.hint(for: problem).map { LoadingText.yamlHint(["hint": $0]) } ?? ""
            let message = LoadingText.yamlSyntaxError(["problem": problem, "context": situation, "hint": hint])
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
    private static func hint(for problem: String) -> Message? {
        if problem.contains("tab") {
            return LoadingText.hintTabs()
        }
        switch problem {
        case "mapping values are not allowed in this context":
            return LoadingText.hintColonInText()
        case "found character that cannot start any token":
            return LoadingText.hintCannotStartToken()
        case "found unexpected end of stream":
            return LoadingText.hintClosingQuote()
        case "could not find expected ':'":
            return LoadingText.hintMissingColon()
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
