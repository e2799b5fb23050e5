/// The words every area shares: the severity, the closing count, hints and value kinds.
public enum DiagnosticsText: String, CatalogEntry {
    case severity
    case oneMoreError
    case moreErrors
    case didYouMean
    case didYouMeanSpaced
    case didYouMeanSpacedBefore
    case expectedOneOf
    case reservedCharacter
    case none

    public static let area = "general"

    public var texts: (en: String, da: String) {
        switch self {
        case .severity: ("error:", "fejl:")
        case .oneMoreError: ("… and %{count} more error", "… og %{count} fejl mere")
        case .moreErrors: ("… and %{count} more errors", "… og %{count} fejl mere")
        // `did you mean "x"?`, with a space after it for a hint that more text follows.
        case .didYouMean: ("did you mean %{name}?", "mente du %{name}?")
        case .didYouMeanSpaced: ("did you mean %{name}? ", "mente du %{name}? ")
        // ` (did you mean "x"?)` after a sentence.
        case .didYouMeanSpacedBefore: (" (did you mean %{name}?)", " (mente du %{name}?)")
        case .expectedOneOf: ("expected one of: %{names}", "mulige værdier: %{names}")
        case .reservedCharacter:
            ("the private-use character U+%{hex} (reserved for the renderer's placeholders)",
             "tegnet U+%{hex} fra det private område (forbeholdt rendererens pladsholdere)")
        case .none: ("none", "ingen")
        }
    }
}

extension DiagnosticsText {
    /// `did you mean "x"? ` when `name` is known, else nothing: for hints followed by more text.
    public static func hint(_ name: String?) -> any MessageArgument {
        name.map { didYouMeanSpaced(["name": "\"\($0)\""]) } ?? ""
    }
}
