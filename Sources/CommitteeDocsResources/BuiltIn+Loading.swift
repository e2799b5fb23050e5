import Diagnostics
import Rules
import Templating

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
