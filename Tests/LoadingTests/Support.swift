import CommitteeDocsDiagnostics
import Foundation
@testable import CommitteeDocsLoading

/// Loads `text` as the file `memo.yaml` or `memo.json`.
func load(_ text: String, _ format: DataFormat = .yaml) throws(DiagnosticList) -> DataNode {
    try DataLoader.load(Array(text.utf8), file: fileName(format), format: format)
}

/// The diagnostics for `bytes`, one `file:line:col: error: …` line each, in file order;
/// empty when the file loads.
func errors(bytes: [UInt8], _ format: DataFormat = .yaml) -> [String] {
    do {
        _ = try DataLoader.load(bytes, file: fileName(format), format: format)
        return []
    } catch {
        return error.sorted.map(\.description)
    }
}

/// The diagnostics for `text`, as `errors(bytes:_:)`.
func errors(_ text: String, _ format: DataFormat = .yaml) -> [String] {
    errors(bytes: Array(text.utf8), format)
}

func fileName(_ format: DataFormat) -> String {
    format == .yaml ? "memo.yaml" : "memo.json"
}

/// The tree without positions or scalar styles: what YAML and JSON spellings of the same data share.
func shape(_ node: DataNode) -> String {
    switch node.value {
    case .scalar(let scalar): return String(reflecting: scalar.text)
    case .null: return "null"
    case .sequence(let elements): return "[" + elements.map(shape).joined(separator: ", ") + "]"
    case .mapping(let entries):
        return "{" + entries.map { "\($0.key): \(shape($0.value))" }.joined(separator: ", ") + "}"
    }
}

