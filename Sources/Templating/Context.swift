import Diagnostics

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
    case noFields(path: String, kind: String, field: String)
}

extension Array where Element == Context {
    /// Resolves a name the Mustache way: the first part in the innermost context that has it, the
    /// other parts inside that value. A null on the way resolves the whole name to null.
    /// - Parameter paths: whether to build data paths and suggestions (strict mode only).
    func resolve(_ tag: Tag, paths: Bool) -> Resolution {
        guard let first = tag.parts.first else { return .found(self[count - 1].value, path: self[count - 1].path) }
        var value: TemplateValue
        var path: String
        if let index = lastIndex(where: { $0.value.fields?[first] != nil }) {
            value = self[index].value.fields![first]!
            path = paths ? join(self[index].path, first) : ""
        } else {
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
}

/// `base.name`, or `name` at the root.
func join(_ base: String, _ name: String) -> String {
    base.isEmpty ? name : base + "." + name
}
