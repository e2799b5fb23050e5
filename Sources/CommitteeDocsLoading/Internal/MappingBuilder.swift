import CommitteeDocsDiagnostics

/// The entries of one mapping as they are read; a key that is already there is reported at its
/// second occurrence and left out.
struct MappingBuilder {
    /// Up to this many entries a linear search beats hashing; beyond it a hostile file with
    /// 100,000 keys must not cost a quadratic search.
    private static let linearSearchLimit = 16

    private(set) var entries: [MappingEntry] = []
    private var lineOfKey: [String: Int] = [:]

    /// Adds `key` with `value` unless the key is already there; then reports it instead.
    mutating func add(key: String, at keyPosition: SourcePosition, value: DataNode, context: inout LoadContext) {
        if let firstLine = line(of: key) {
            context.error(at: keyPosition, LoadingText.duplicateKey(["key": String(reflecting: key), "line": firstLine]))
            return
        }
        entries.append(MappingEntry(key: key, keyPosition: keyPosition, value: value))
        if entries.count == Self.linearSearchLimit {
            for entry in entries {
                lineOfKey[entry.key] = entry.keyPosition.line
            }
        } else if entries.count > Self.linearSearchLimit {
            lineOfKey[key] = keyPosition.line
        }
    }

    /// The line of the entry for `key`, if there is one.
    func line(of key: String) -> Int? {
        if entries.count >= Self.linearSearchLimit {
            return lineOfKey[key]
        }
        return entries.first { $0.key == key }?.keyPosition.line
    }
}
