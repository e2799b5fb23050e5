import Foundation

/// Where a shipped resource comes from when a command runs: the file or folder its option names,
/// else its environment variable, else (nil) the copy built into the program. Nothing is looked
/// up in the current folder or beside the executable: an installed binary works the same from
/// any folder, and a municipality's own templates are used only when asked for.
struct ResourceLocation {
    /// The environment variable that overrides the built-in copy.
    let variable: String

    static let templates = ResourceLocation(variable: "COMMITTEE_DOCS_TEMPLATES")
    static let rules = ResourceLocation(variable: "COMMITTEE_DOCS_RULES")

    /// The path to use instead of the built-in copy, or nil for the built-in copy.
    func resolve(_ option: String?) -> String? {
        if let option { return option }
        if let value = ProcessInfo.processInfo.environment[variable], !value.isEmpty { return value }
        return nil
    }
}
