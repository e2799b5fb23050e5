import CommitteeDocsDiagnostics
import CommitteeDocsFormatting
import CommitteeDocsLoading

/// Reads typed values out of a loaded `DataNode` tree, collecting every problem with its position
/// and key path instead of stopping at the first.
public struct DataReader {
    /// The most items a list may hold: far above any memo, plan or meeting, and it keeps a big
    /// input from costing gigabytes in the stages after loading.
    public static let maximumListLength = 10_000

    public var collector = DiagnosticCollector()

    public init() {}

    public mutating func error(_ node: DataNode, _ path: DataPath, _ message: Message) {
        collector.error(at: node.position, keyPath: path.description, message)
    }

    /// The top-level key that names a file's JSON Schema (`"$schema": "../schemas/notat.schema.json"`),
    /// as VS Code's JSON support reads it; a JSON file has no comment for the YAML header.
    public static let schemaKey = "$schema"

    /// The top-level mapping of a data file: `object(_:_:keys:)`, and a `$schema` key naming the
    /// file's JSON Schema is accepted (it must be text) and otherwise ignored.
    public mutating func root(_ node: DataNode, keys: [String]) -> Fields? {
        guard let fields = object(node, DataPath(), keys: keys, ignoring: [Self.schemaKey]) else { return nil }
        _ = nonEmptyText(fields.present(Self.schemaKey), DataPath().appending(key: Self.schemaKey))
        return fields
    }

    /// The fields of a mapping whose keys must be among `keys` (or `ignoring`, which the hints
    /// leave out); unknown keys are reported with a did-you-mean. Returns nil (after reporting)
    /// when the node is not a mapping.
    public mutating func object(_ node: DataNode, _ path: DataPath, keys: [String], ignoring: [String] = []) -> Fields? {
        guard case .mapping(let entries) = node.value else {
            error(node, path, ModelText.expectedMapping(["keys": keys.joined(separator: ", "), "found": node.kindDescription]))
            return nil
        }
        var byKey: [String: MappingEntry] = [:]
        for entry in entries {
            if keys.contains(entry.key) || ignoring.contains(entry.key) {
                byKey[entry.key] = entry
            } else {
                let hint = closestMatch(to: entry.key, among: keys).map { DiagnosticsText.didYouMean(["name": "\"\($0)\""]) }
                    ?? DiagnosticsText.expectedOneOf(["names": keys.joined(separator: ", ")])
                collector.error(at: entry.keyPosition, keyPath: path.appending(key: entry.key).description,
                                ModelText.unknownKey(["key": quoted(entry.key), "hint": hint]))
            }
        }
        return Fields(node: node, path: path, entries: byKey)
    }

    /// A required field; reports a missing key at the mapping's position.
    public mutating func required(_ fields: Fields, _ key: String) -> DataNode? {
        if let node = fields.present(key) { return node }
        collector.error(at: fields.node.position, keyPath: fields.path.appending(key: key).description,
                        ModelText.missingKey(["key": "\"\(key)\""]))
        return nil
    }

    /// Text from a scalar of any style; lists, mappings and null are reported.
    public mutating func text(_ node: DataNode?, _ path: DataPath) -> String? {
        guard let node else { return nil }
        guard case .scalar(let scalar) = node.value else {
            error(node, path, ModelText.expectedText(["found": node.kindDescription]))
            return nil
        }
        return scalar.text
    }

    /// Text that must contain more than white space.
    public mutating func nonEmptyText(_ node: DataNode?, _ path: DataPath) -> String? {
        guard let node, let text = text(node, path) else { return nil }
        if text.allSatisfy(\.isWhitespace) {
            error(node, path, ModelText.mustNotBeEmpty())
            return nil
        }
        return text
    }

    /// A value parsed by `parse`, whose thrown message is reported at the node.
    public mutating func parsed<T>(_ node: DataNode?, _ path: DataPath,
                            _ parse: (String) throws(IdentifierError) -> T) -> T? {
        guard let node, let text = text(node, path) else { return nil }
        do {
            return try parse(text)
        } catch {
            self.error(node, path, error.message)
            return nil
        }
    }

    /// One of a fixed set of words.
    public mutating func choice<T>(_ node: DataNode?, _ path: DataPath, _ choices: [(String, T)]) -> T? {
        guard let node, let text = text(node, path) else { return nil }
        if let match = choices.first(where: { $0.0 == text }) { return match.1 }
        let names = choices.map(\.0)
        error(node, path, ModelText.choiceNotAllowed(["value": quoted(text), "hint": DiagnosticsText.hint(closestMatch(to: text, among: names)),
                                                      "names": names.joined(separator: ", ")]))
        return nil
    }

    /// The items of a list, each with its key path; reports a non-list.
    public mutating func list(_ node: DataNode?, _ path: DataPath, nonEmpty: Bool = false) -> [(DataNode, DataPath)] {
        guard let node else { return [] }
        guard case .sequence(let items) = node.value else {
            error(node, path, ModelText.expectedList(["found": node.kindDescription]))
            return []
        }
        if nonEmpty, items.isEmpty {
            error(node, path, ModelText.emptyList())
        }
        guard items.count <= Self.maximumListLength else {
            error(node, path, ModelText.listTooLong(["count": DanishNumber.grouped(items.count),
                                                     "maximum": DanishNumber.grouped(Self.maximumListLength)]))
            return []
        }
        return items.enumerated().map { ($0.element, path.appending(index: $0.offset)) }
    }
}

/// The fields of one mapping, by key.
public struct Fields {
    public let node: DataNode
    public let path: DataPath
    public let entries: [String: MappingEntry]

    /// The value of `key` unless it is absent or null.
    public func present(_ key: String) -> DataNode? {
        guard let node = entries[key]?.value else { return nil }
        if case .null = node.value { return nil }
        return node
    }
}
