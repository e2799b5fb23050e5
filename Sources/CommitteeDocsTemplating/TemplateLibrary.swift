import CommitteeDocsDiagnostics

/// A set of templates that include each other by name: partials `{{>name}}` and parents `{{<name}}`.
///
/// Immutable and `Sendable`: load it once and render from many threads.
public struct TemplateLibrary: Sendable {
    let templates: [String: Template]

    /// A library of the given templates; the keys are the names partials use.
    public init(templates: [String: Template]) {
        self.templates = templates
    }

    /// A library of the given templates, each under its own name.
    public init(_ templates: [Template]) {
        self.init(templates: Dictionary(templates.map { ($0.name, $0) }, uniquingKeysWith: { _, last in last }))
    }

    /// The names of all templates, sorted.
    public var names: [String] { templates.keys.sorted() }

    /// The template with this name, if any.
    public func template(named name: String) -> Template? {
        templates[name]
    }

    /// Renders a template as the Mustache spec says: values HTML-escaped, missing names and
    /// partials as nothing. Throws only when partials nest too deeply.
    public func render(_ name: String, _ data: TemplateValue) throws(DiagnosticList) -> String {
        var output = EscapedText()
        try render(name, data, into: &output, strict: false)
        return output.text
    }

    /// Renders a template strictly into `output`: every value goes to the output unescaped, and every
    /// missing name, missing partial or value that cannot be shown is an error. Throws all errors of
    /// the render together; `output` then holds an unusable partial result.
    /// At most `outputLimit` bytes (template text and values) are rendered; past that the render
    /// stops with an error at the innermost tag, so partials that multiply cannot exhaust memory.
    public func render<Output: TemplateOutput>(_ name: String, _ data: TemplateValue, into output: inout Output,
                                               outputLimit: Int = .max) throws(DiagnosticList) {
        try render(name, data, into: &output, strict: true, outputLimit: outputLimit)
    }

    private func render<Output: TemplateOutput>(_ name: String, _ data: TemplateValue, into output: inout Output,
                                                strict: Bool, outputLimit: Int = .max) throws(DiagnosticList) {
        guard let template = templates[name] else {
            let hint: any MessageArgument = closestMatch(to: name, among: names).map { DiagnosticsText.didYouMeanSpacedBefore(["name": "\"\($0)\""]) } ?? ""
            throw DiagnosticList(Diagnostic(at: nil, TemplatesText.noTemplateNamed(["name": name, "hint": hint])))
        }
        var renderer = Renderer<Output>(library: self, strict: strict, data: data, template: name, outputLimit: outputLimit)
        renderer.render(template.nodes, into: &output)
        if !renderer.diagnostics.isEmpty { throw DiagnosticList(renderer.diagnostics) }
    }
}
