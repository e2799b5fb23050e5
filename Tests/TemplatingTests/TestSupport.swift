import CommitteeDocsDiagnostics
import Foundation
@testable import CommitteeDocsTemplating

/// A strict-mode output that records what arrives, joining adjacent literals.
struct RecordingOutput: TemplateOutput {
    enum Event: Equatable, CustomStringConvertible {
        case literal(String)
        /// A value with its raw flag, data path and tag position as `line:column`.
        case value(TemplateValue, raw: Bool, path: String, at: String)

        var description: String {
            switch self {
            case .literal(let text): "literal(\(text.debugDescription))"
            case .value(let value, let raw, let path, let at): "value(\(value), raw: \(raw), \(path), \(at))"
            }
        }
    }

    var events: [Event] = []

    mutating func appendLiteral(_ text: Substring) {
        if case .literal(var previous) = events.last {
            events.removeLast()
            previous += text
            events.append(.literal(previous))
        } else {
            events.append(.literal(String(text)))
        }
    }

    mutating func appendValue(_ value: TemplateValue, raw: Bool, path: String, position: SourcePosition) {
        events.append(.value(value, raw: raw, path: path, at: "\(position.line):\(position.column)"))
    }

    /// The text as a writer would show it: literals, and values as they are.
    var text: String {
        events.map { event in
            switch event {
            case .literal(let text): text
            case .value(.string(let text), _, _, _), .value(.markdown(let text), _, _, _): text
            case .value: "?"
            }
        }.joined()
    }
}

/// A library of `main.md` (the template) and the given partials, each named `<name>.md`.
func library(_ main: String, partials: [String: String] = [:]) throws(DiagnosticList) -> TemplateLibrary {
    var templates = ["main": try Template(main, name: "main", file: "main.md")]
    for (name, source) in partials {
        templates[name] = try Template(source, name: name, file: "\(name).md")
    }
    return TemplateLibrary(templates: templates)
}

/// Renders `main` strictly; the recorded events, or the diagnostics as printed.
func renderStrict(_ main: String, _ data: TemplateValue, partials: [String: String] = [:]) -> Result<RecordingOutput, DiagnosticList> {
    do {
        var output = RecordingOutput()
        try library(main, partials: partials).render("main", data, into: &output)
        return .success(output)
    } catch {
        return .failure(error)
    }
}

/// The errors of a strict render (or of parsing), one printed diagnostic per line; empty when it succeeds.
func strictErrors(_ main: String, _ data: TemplateValue, partials: [String: String] = [:]) -> String {
    guard case .failure(let errors) = renderStrict(main, data, partials: partials) else { return "" }
    return errors.description
}

/// The text of a strict render, or the errors.
func strictText(_ main: String, _ data: TemplateValue, partials: [String: String] = [:]) -> String {
    switch renderStrict(main, data, partials: partials) {
    case .success(let output): output.text
    case .failure(let errors): errors.description
    }
}

/// The parse errors of one template, as printed.
func parseErrors(_ source: String) -> String {
    do {
        _ = try Template(source, name: "main", file: "main.md")
        return ""
    } catch {
        return error.description
    }
}

