import Foundation

/// Where the templates are when `--templates` is not given: `$COMMITTEE_DOCS_TEMPLATES`, then
/// `Templates/` in the current folder, then the `Templates/` folder of the checkout the program
/// was built in (found by walking up from the executable, e.g. from `.build/debug/`).
enum TemplateLocation {
    static func resolve(_ option: String?) -> String? {
        if let option { return option }
        if let variable = ProcessInfo.processInfo.environment["COMMITTEE_DOCS_TEMPLATES"], !variable.isEmpty {
            return variable
        }
        if isTemplateFolder("Templates") { return "Templates" }
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent()
        for _ in 0..<6 {
            let candidate = directory.appendingPathComponent("Templates").path
            if isTemplateFolder(candidate) { return candidate }
            directory.deleteLastPathComponent()
        }
        return nil
    }

    private static func isTemplateFolder(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: path + "/notat.md")
    }
}
