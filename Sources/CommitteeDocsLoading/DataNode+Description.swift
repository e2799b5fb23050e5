/// An indented outline with positions, for debugging and test failure messages:
/// ```
/// mapping @1:1
///   titel @1:1: plain "Status for helhedsplanen" @1:8
/// ```
extension DataNode: CustomDebugStringConvertible {
    /// The node as an indented outline with `@line:column` positions.
    public var debugDescription: String {
        var lines: [String] = []
        appendOutline(to: &lines, label: "", indent: "")
        return lines.joined(separator: "\n")
    }

    private func appendOutline(to lines: inout [String], label: String, indent: String) {
        let here = "@\(position.line):\(position.column)"
        switch value {
        case .scalar(let scalar):
            lines.append("\(indent)\(label)\(scalar.style) \(String(reflecting: scalar.text)) \(here)")
        case .null:
            lines.append("\(indent)\(label)null \(here)")
        case .mapping(let entries):
            lines.append("\(indent)\(label)mapping \(here)")
            for entry in entries {
                let keyLabel = "\(entry.key) @\(entry.keyPosition.line):\(entry.keyPosition.column): "
                entry.value.appendOutline(to: &lines, label: keyLabel, indent: indent + "  ")
            }
        case .sequence(let elements):
            lines.append("\(indent)\(label)sequence \(here)")
            for element in elements {
                element.appendOutline(to: &lines, label: "- ", indent: indent + "  ")
            }
        }
    }
}
