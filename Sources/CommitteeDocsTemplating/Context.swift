import CommitteeDocsDiagnostics

/// One entry of the context stack: a value a section entered, and its data path.
struct Context {
    let value: TemplateValue
    /// The data path of the value (`afsnit[1]`); empty for the root and in spec mode.
    let path: String
}

/// What a tag's name resolves to in the context stack.
enum Resolution {
    /// The value and its full data path.
    case found(TemplateValue, path: String)
    /// No context has the (first) name, or an object on the way lacks a field.
    case missing(path: String, name: String, suggestion: String?)
    /// A dotted name goes through a value that has no fields (`titel.lang` where `titel` is a string).
    case noFields(path: String, kind: Message, field: String)
}

extension Array where Element == Context {
    /// Resolves a name the Mustache way: the first part in the innermost context that has it, the
    /// other parts inside that value. A null on the way resolves the whole name to null.
    /// - Parameter paths: whether to build data paths and suggestions (strict mode only).
    func resolve(_ tag: Tag, paths: Bool) -> Resolution {
        guard let first = tag.parts.first else { return .found(self[count - 1].value, path: self[count - 1].path) }
        guard var (value, path) = lookUp(first, paths: paths) else {
            guard paths else { return .missing(path: "", name: first, suggestion: nil) }
            let visible = reversed().lazy.compactMap(\.value.fields).flatMap { $0.keys.sorted() }
            return .missing(path: join(self[count - 1].path, first), name: first, suggestion: closestMatch(to: first, among: visible))
        }
        for part in tag.parts.dropFirst() {
            switch value {
            case .object(let fields, _):
                let fieldPath = paths ? join(path, part) : ""
                guard let next = fields[part] else {
                    let suggestion = paths ? closestMatch(to: part, among: fields.keys.sorted()) : nil
                    return .missing(path: fieldPath, name: part, suggestion: suggestion)
                }
                value = next
                path = fieldPath
            case .null:
                return .found(.null, path: path)
            default:
                return .noFields(path: path, kind: value.kindDescription, field: part)
            }
        }
        return .found(value, path: path)
    }

    /// The value of `name` in the innermost context that has it, and its data path.
    private func lookUp(_ name: String, paths: Bool) -> (TemplateValue, String)? {
        for context in reversed() {
            if case .object(let fields, _) = context.value, let value = fields[name] {
                return (value, paths ? join(context.path, name) : "")
            }
        }
        return nil
    }
}

/// `base.name`, or `name` at the root.
func join(_ base: String, _ name: String) -> String {
    guard !base.isEmpty else { return name }
    var path = base
    path.reserveCapacity(base.utf8.count + 1 + name.utf8.count)
    path += "."
    path += name
    return path
}

/// `base[index]`, the path of a list item.
func join(_ base: String, index: Int) -> String {
    var path = base
    path += "["
    path += String(index)
    path += "]"
    return path
}
