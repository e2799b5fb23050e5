import CommitteeDocsDiagnostics

/// A parsed Mustache template: parsed once, immutable, safe to share between threads.
///
/// Supported: variables (`{{x}}`, `{{{x}}}`, `{{&x}}`), dotted names, `{{.}}`, sections and
/// inverted sections, comments, partials (`{{>name}}`), set delimiters (`{{=<% %>=}}`) and
/// inheritance (parents `{{<parent}}` with blocks `{{$block}}`). Lambdas and dynamic names are not.
public struct Template: Sendable {
    /// The name partials and parents use to include this template.
    public let name: String
    /// The file that tag positions refer to.
    public let file: String
    let nodes: [Node]

    /// Parses `source`; every syntax error is reported at its `file:line:col`.
    /// - Parameters:
    ///   - name: the name other templates include this one by.
    ///   - file: the path used in positions; the name when not given.
    public init(_ source: String, name: String, file: String? = nil) throws(DiagnosticList) {
        self.name = name
        self.file = file ?? name
        self.nodes = try Parser.parse(source, file: self.file)
    }
}

/// The deepest sections, inverted sections, blocks and parents may nest in one template.
let maximumNestingDepth = 100
/// The deepest partials and parents may include each other while rendering.
let maximumIncludeDepth = 64
/// How many partials and parents one render may include, and section items it may render, in
/// all: with no output to count, partials that include each other twice at every level, or
/// sections over a list nested in each other, would otherwise run for ever. A document that
/// needs more would be far past the output limit.
let maximumRepetitions = 1_000_000

/// One piece of a parsed template.
indirect enum Node: Sendable {
    /// Template text, copied as it is.
    case text(String)
    /// The start of a template line: where the indentation of a standalone partial goes.
    case lineStart
    /// `{{x}}` (raw false) or `{{{x}}}` / `{{&x}}` (raw true).
    case value(Tag, raw: Bool)
    /// `{{#x}}…{{/x}}` or `{{^x}}…{{/x}}`.
    case section(Tag, [Node], inverted: Bool)
    /// `{{>name}}`, or `{{<name}}…{{/name}}` with its block arguments.
    case include(Inclusion)
    /// `{{$name}}default{{/name}}` outside a parent tag: a place a parent's caller may fill.
    case block(Block)
}

/// A name tag as written, with the position of its opening delimiter.
/// (A class, so that rendering passes one reference instead of copying its strings.)
final class Tag: Sendable {
    /// The name as written: `afsnit.overskrift`, or `.` for the current value.
    let name: String
    /// The dotted name split at the dots; empty for `.`.
    let parts: [String]
    let position: SourcePosition

    init(name: String, position: SourcePosition) {
        self.name = name
        self.parts = name == "." ? [] : name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        self.position = position
    }
}

/// An included template: a partial, or a parent with the blocks it overrides.
final class Inclusion: Sendable {
    let name: String
    let position: SourcePosition
    /// Whitespace before a standalone tag, prepended to every line of the included template.
    let indentation: String
    /// Whether the tag stood alone on its line (else the included template is not indented).
    let standalone: Bool
    /// Block contents that replace the included template's defaults (empty for a partial).
    let arguments: [String: Block]
    let isParent: Bool

    init(name: String, position: SourcePosition, indentation: String, standalone: Bool, arguments: [String: Block], isParent: Bool) {
        self.name = name
        self.position = position
        self.indentation = indentation
        self.standalone = standalone
        self.arguments = arguments
        self.isParent = isParent
    }
}

/// The content of a `{{$name}}…{{/name}}` block, stored without its own indentation.
final class Block: Sendable {
    let name: String
    let position: SourcePosition
    /// Content lines, with `indentation` removed; the leading line start is dropped, so that
    /// the place the block is rendered decides how its first line begins.
    let nodes: [Node]
    /// The block's indentation relative to its surroundings, re-added to every line where it renders.
    let indentation: String
    /// Whether the opening tag stood alone on its line (its first line then starts indented).
    let standalone: Bool

    init(name: String, position: SourcePosition, nodes: [Node], indentation: String, standalone: Bool) {
        self.name = name
        self.position = position
        self.nodes = nodes
        self.indentation = indentation
        self.standalone = standalone
    }
}
