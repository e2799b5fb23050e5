import CommitteeDocsDiagnostics

/// The data a template is rendered with: a tree of strings, booleans, lists and objects.
///
/// Sections treat `.bool(false)`, `.null`, an empty list and an empty string or Markdown text as
/// falsey (the JavaScript truthiness the Mustache spec describes); everything else is truthy.
public indirect enum TemplateValue: Sendable, Hashable {
    /// Plain text: interpolation inserts it as text, never as markup.
    case string(String)
    /// A flag for sections (`{{#x}}` / `{{^x}}`); strict mode refuses to interpolate it.
    case bool(Bool)
    /// A list: a section renders its content once per element.
    case list([TemplateValue])
    /// An object; `text` is what `{{x}}` shows for the object itself (e.g. a date object whose
    /// text is "06-04-2009" and whose fields are kort/lang/ugedag) — nil means it has no text.
    case object([String: TemplateValue], text: String?)
    /// Prose the official wrote in Markdown (interpolation hands it to the output unchanged; the
    /// document layer decides to parse it as Markdown).
    case markdown(String)
    /// Explicitly absent (an optional field not given). Falsey in sections; an error to interpolate in strict mode.
    case null
}

extension TemplateValue {
    /// An object without text of its own, e.g. `.object(["navn": "Ida"])`.
    public static func object(_ fields: [String: TemplateValue]) -> TemplateValue {
        .object(fields, text: nil)
    }

    /// Whether a section `{{#x}}` renders its content for this value.
    var isTruthy: Bool {
        switch self {
        case .bool(let flag): flag
        case .null: false
        case .list(let items): !items.isEmpty
        case .string(let text), .markdown(let text): !text.isEmpty
        case .object: true
        }
    }

    /// The fields of an object, empty for every other value.
    var fields: [String: TemplateValue]? {
        if case .object(let fields, _) = self { return fields }
        return nil
    }

    /// What the value is, for error messages ("is a list").
    var kindDescription: Message {
        switch self {
        case .string: TemplatesText.kindString()
        case .bool(let flag): TemplatesText.kindBoolean(["value": String(flag)])
        case .list: TemplatesText.kindList()
        case .object(_, let text): text == nil ? TemplatesText.kindObjectWithoutText() : TemplatesText.kindObject()
        case .markdown: TemplatesText.kindMarkdown()
        case .null: TemplatesText.kindNull()
        }
    }
}

extension TemplateValue: ExpressibleByStringLiteral {
    /// A string literal is a `.string`.
    public init(stringLiteral value: String) {
        self = .string(value)
    }
}

extension TemplateValue: ExpressibleByBooleanLiteral {
    /// `true` and `false` are `.bool`.
    public init(booleanLiteral value: Bool) {
        self = .bool(value)
    }
}

extension TemplateValue: ExpressibleByArrayLiteral {
    /// An array literal is a `.list`.
    public init(arrayLiteral elements: TemplateValue...) {
        self = .list(elements)
    }
}

extension TemplateValue: ExpressibleByDictionaryLiteral {
    /// A dictionary literal is an `.object` without text of its own.
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }), text: nil)
    }
}
