import CommitteeDocsDiagnostics
import Foundation
import CommitteeDocsRules
import CommitteeDocsTemplating

extension TemplateLibrary {
    /// The default templates, compiled into the program; positions in them name
    /// `<indbygget>/Templates/<name>.md`.
    public static func builtIn() throws(DiagnosticList) -> TemplateLibrary {
        try TemplateLibrary(sources: BuiltIn.templates.map { file in
            (name: String(file.name.dropLast(".md".count)), source: file.text, file: file.label)
        })
    }
}

extension RuleTable {
    /// The funding rules table, compiled into the program (`Rules/finansieringsregler.yaml`).
    public static func builtIn() throws(DiagnosticList) -> RuleTable {
        let file = BuiltIn.rulesTable
        return try RuleTableDecoder.load(bytes: Array(file.text.utf8), file: file.label)
    }
}

extension TemplateLibrary {
    /// The templates of `folder`, or the built-in ones when it is nil: what `--templates` chooses.
    public static func load(folder: String?) throws(DiagnosticList) -> TemplateLibrary {
        guard let folder else { return try builtIn() }
        return try TemplateLibrary(directory: folder)
    }
}

extension RuleTable {
    /// The rules table in `file`, or the built-in one when it is nil: what `--rules` chooses. An
    /// unreadable file is a diagnostic against it.
    public static func load(file: String?) throws(DiagnosticList) -> RuleTable {
        guard let file else { return try builtIn() }
        guard let bytes = FileManager.default.contents(atPath: file) else {
            throw DiagnosticList(Diagnostic(file: file, FilesText.cannotReadRulesTable()))
        }
        return try RuleTableDecoder.load(bytes: [UInt8](bytes), file: file)
    }
}
