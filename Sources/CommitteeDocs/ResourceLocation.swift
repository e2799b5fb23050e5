import Foundation

/// Where the shipped resources are when no option names them: the environment variable, then the
/// folder in the current directory, then the folder of the checkout the program was built in
/// (found by walking up from the executable, e.g. from `.build/debug/`).
struct ResourceLocation {
    /// The folder's name in the project: `Templates` or `Rules`.
    let folder: String
    /// A file that must be in it, so that an unrelated folder of the same name is not taken.
    let marker: String
    /// The environment variable that overrides the search.
    let variable: String

    static let templates = ResourceLocation(folder: "Templates", marker: "notat.md", variable: "COMMITTEE_DOCS_TEMPLATES")
    static let rules = ResourceLocation(folder: "Rules", marker: "finansieringsregler.yaml", variable: "COMMITTEE_DOCS_RULES")

    /// The folder (for templates) to use, or nil when none is found.
    func resolveFolder(_ option: String?) -> String? {
        if let option { return option }
        if let value = ProcessInfo.processInfo.environment[variable], !value.isEmpty { return value }
        if isResourceFolder(folder) { return folder }
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent()
        for _ in 0..<6 {
            let candidate = directory.appendingPathComponent(folder).path
            if isResourceFolder(candidate) { return candidate }
            directory.deleteLastPathComponent()
        }
        return nil
    }

    /// The marker file itself (for the rules table), or nil when none is found.
    func resolveFile(_ option: String?) -> String? {
        if let option { return option }
        if let value = ProcessInfo.processInfo.environment[variable], !value.isEmpty { return value }
        return resolveFolder(nil).map { $0 + "/" + marker }
    }

    private func isResourceFolder(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: path + "/" + marker)
    }
}
