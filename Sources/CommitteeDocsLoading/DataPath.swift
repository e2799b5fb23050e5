/// Where a value sits in the data, written as in diagnostics: `afsnit[2].overskrift`.
///
/// List indices count from 0, as in JSON paths and in the templates' data paths, so a path in a
/// data error and one in a template error name the same element the same way.
public struct DataPath: Sendable, Hashable, CustomStringConvertible {
    /// One step from a collection to one of its values.
    public enum Component: Sendable, Hashable {
        /// The value of a mapping key.
        case key(String)
        /// The element at a 0-based index of a list.
        case index(Int)
    }

    /// The steps from the root, outermost first.
    public private(set) var components: [Component]

    /// The path with these steps; the empty path is the root.
    public init(_ components: [Component] = []) {
        self.components = components
    }

    /// The path one key further down.
    public func appending(key: String) -> DataPath {
        DataPath(components + [.key(key)])
    }

    /// The path one list element further down (`index` counts from 0).
    public func appending(index: Int) -> DataPath {
        DataPath(components + [.index(index)])
    }

    /// Goes one step down in place.
    public mutating func append(_ component: Component) {
        components.append(component)
    }

    /// Goes one step up in place.
    public mutating func removeLast() {
        components.removeLast()
    }

    /// `afsnit[2].overskrift`; the root is the empty string.
    public var description: String {
        var text = ""
        for component in components {
            switch component {
            case .key(let key):
                text += text.isEmpty ? key : "." + key
            case .index(let index):
                text += "[\(index)]"
            }
        }
        return text
    }
}
