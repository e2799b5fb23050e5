/// The language a person reads the messages in: Danish for the municipality's officials, English
/// otherwise. Positions, key paths, numbers, amounts and dates read the same in both.
public enum Language: String, Sendable, CaseIterable {
    case da
    case en

    /// The language `description` uses. English unless the program chose otherwise: the CLI sets
    /// it once at start, before any work begins (see `chosen(option:environment:)`).
    nonisolated(unsafe) public static var current: Language = .en

    /// The language a run asks for: `--sprog da|en` wins, else the POSIX locale variables in
    /// their order of precedence (LC_ALL, then LC_MESSAGES, then LANG; an empty one does not
    /// count). Danish when the chosen value starts with `da`, English otherwise.
    public static func chosen(option: Language? = nil, environment: [String: String]) -> Language {
        if let option { return option }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[name], !value.isEmpty {
                return value.hasPrefix("da") ? .da : .en
            }
        }
        return .en
    }
}
