/// One message for a person, in Danish and in English: an entry of the message catalog
/// (`Sources/CommitteeDocsDiagnostics/Catalog`) and the values that fill its placeholders.
///
/// A catalog text names its placeholders as `%{name}`; the values are already formatted
/// (positions, key paths, amounts, dates), or are themselves messages (a hint, a reason), so each
/// language puts them where its sentence needs them.
public struct Message: Hashable, Sendable, CustomStringConvertible {
    /// A value in a message.
    public indirect enum Argument: Hashable, Sendable {
        /// The same in both languages: a quoted value, a number, a name, a key path.
        case text(String)
        /// A part of the sentence that has its own two renderings.
        case message(Message)
        /// Names listed with "and" / "og" before the last one.
        case list([String])
    }

    /// The catalog entry, `area.name`, e.g. `rules.lbfOverLimit`.
    public let id: String
    let english: String
    let danish: String
    public let arguments: [String: Argument]

    public init<Entry: CatalogEntry>(_ entry: Entry, _ arguments: KeyValuePairs<String, any MessageArgument> = [:]) {
        let texts = entry.texts
        self.init(id: Entry.area + "." + entry.rawValue, english: texts.en, danish: texts.da,
                  arguments: Dictionary(arguments.map { ($0.key, $0.value.messageArgument) }, uniquingKeysWith: { $1 }))
    }

    private init(id: String, english: String, danish: String, arguments: [String: Argument]) {
        self.id = id
        self.english = english
        self.danish = danish
        self.arguments = arguments
    }

    /// Text that reads the same in both languages because it is not ours: another program's
    /// message (libxml2, libyaml, the system's error text) placed inside one of ours.
    public static func verbatim(_ text: String) -> Message {
        Message(id: "verbatim", english: "%{text}", danish: "%{text}", arguments: ["text": .text(text)])
    }

    /// Messages one after the other with `separator` between them, each in the reader's language.
    public static func joined(_ parts: [Message], separator: String) -> Message {
        let template = parts.indices.map { "%{\($0)}" }.joined(separator: separator)
        return Message(id: "joined", english: template, danish: template,
                       arguments: Dictionary(uniqueKeysWithValues: parts.enumerated().map { (String($0.offset), .message($0.element)) }))
    }

    /// The message in `language`.
    public func description(in language: Language) -> String {
        Self.fill(language == .da ? danish : english, arguments, language)
    }

    /// The message in the language the process chose (`Language.current`).
    public var description: String { description(in: .current) }

    /// `template` with each `%{name}` replaced by its argument in `language`. A placeholder without
    /// an argument stays as written, so a mistake shows in the output and in the catalog test.
    static func fill(_ template: String, _ arguments: [String: Argument], _ language: Language) -> String {
        var result = ""
        var rest = template[...]
        while let start = rest.firstRange(of: "%{") {
            result += rest[..<start.lowerBound]
            guard let end = rest[start.upperBound...].firstIndex(of: "}") else { break }
            let name = String(rest[start.upperBound..<end])
            if let argument = arguments[name] {
                result += argument.rendered(in: language)
            } else {
                result += rest[start.lowerBound...end]
            }
            rest = rest[rest.index(after: end)...]
        }
        return result + rest
    }

    /// The `%{name}` placeholders of a catalog text, in order of first appearance.
    public static func placeholders(in template: String) -> [String] {
        var names: [String] = []
        var rest = template[...]
        while let start = rest.firstRange(of: "%{"), let end = rest[start.upperBound...].firstIndex(of: "}") {
            let name = String(rest[start.upperBound..<end])
            if !names.contains(name) { names.append(name) }
            rest = rest[rest.index(after: end)...]
        }
        return names
    }
}

extension Message.Argument {
    func rendered(in language: Language) -> String {
        switch self {
        case .text(let text): return text
        case .message(let message): return message.description(in: language)
        case .list(let names):
            guard names.count > 1 else { return names.first ?? "" }
            return names.dropLast().joined(separator: ", ") + (language == .da ? " og " : " and ") + names.last!
        }
    }
}

/// A value that can fill a message's placeholder.
public protocol MessageArgument {
    var messageArgument: Message.Argument { get }
}

extension String: MessageArgument {
    public var messageArgument: Message.Argument { .text(self) }
}

extension Substring: MessageArgument {
    public var messageArgument: Message.Argument { .text(String(self)) }
}

extension Int: MessageArgument {
    public var messageArgument: Message.Argument { .text(String(self)) }
}

extension Message: MessageArgument {
    public var messageArgument: Message.Argument { .message(self) }
}

/// Names joined with "and" / "og" before the last one: "A, B and C", "A, B og C".
public struct ConjunctionList: MessageArgument {
    public let names: [String]
    public init(_ names: [String]) { self.names = names }
    public var messageArgument: Message.Argument { .list(names) }
}

/// One area of the message catalog: an enum whose cases are the messages, each with its English
/// and Danish text side by side.
public protocol CatalogEntry: CaseIterable, RawRepresentable, Sendable where RawValue == String {
    /// The area's name in message ids: `loading`, `model`, `rules` …
    static var area: String { get }
    /// The English and the Danish text, with the same `%{name}` placeholders.
    var texts: (en: String, da: String) { get }
}

extension CatalogEntry {
    /// This entry's message with `arguments` for its placeholders.
    public func callAsFunction(_ arguments: KeyValuePairs<String, any MessageArgument> = [:]) -> Message {
        Message(self, arguments)
    }
}
