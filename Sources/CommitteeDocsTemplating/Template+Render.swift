import CommitteeDocsDiagnostics

/// The deepest sections, blocks and inclusions may nest while rendering, all together; keeps the
/// renderer's recursion within a 512 KB thread stack.
let maximumRenderDepth = 200

/// One render of a template: the context stack, the inclusion chain and the errors found so far.
///
/// Strict mode reports every missing name and every value that cannot be shown (and keeps going,
/// to find them all); spec mode renders those as nothing, as the Mustache spec says.
struct Renderer<Output: TemplateOutput> {
    let library: TemplateLibrary
    let strict: Bool
    private var contexts: [Context]
    /// Prepended to each template line: the whitespace of the standalone partials we are inside.
    private var indentation = ""
    /// The names of the templates being rendered, outermost first.
    private var chain: [String]
    /// Blocks given by the parent tags we are inside, outermost first (the outermost wins).
    private var arguments: [[String: Block]] = []
    private var depth = 0
    /// The most bytes the render may send to its output (template text and values together).
    private let outputLimit: Int
    private var emitted = 0
    /// Partials and parents included and section items rendered so far, against `maximumRepetitions`.
    private var repetitions = 0
    /// Set when the output passed `outputLimit`: the render stops at once.
    private var stopped = false
    /// The innermost tag being rendered, where an output-limit error points.
    private var innermost: SourcePosition?
    private(set) var diagnostics: [Diagnostic] = []
    private var reported: Set<Diagnostic> = []

    init(library: TemplateLibrary, strict: Bool, data: TemplateValue, template: String, outputLimit: Int = .max) {
        self.library = library
        self.strict = strict
        self.outputLimit = outputLimit
        self.contexts = [Context(value: data, path: "")]
        self.chain = [template]
    }

    mutating func render(_ nodes: [Node], into output: inout Output) {
        for node in nodes {
            if stopped { return }
            switch node {
            case .text(let text):
                count(text.utf8.count)
                output.appendLiteral(text[...])
            case .lineStart:
                if !indentation.isEmpty { output.appendLiteral(indentation[...]) }
            case .value(let tag, let raw):
                interpolate(tag, raw: raw, into: &output)
            case .section(let tag, let content, let inverted):
                renderSection(tag, content, inverted: inverted, into: &output)
            case .include(let inclusion):
                include(inclusion, into: &output)
            case .block(let block):
                renderBlock(block, into: &output)
            }
        }
    }

    // MARK: Values

    private mutating func interpolate(_ tag: Tag, raw: Bool, into output: inout Output) {
        let written = { raw ? "{{{\(tag.name)}}}" : "{{\(tag.name)}}" }
        guard case .found(let value, let path) = resolve(tag, written: written()) else { return }
        switch value {
        case .string(let text), .markdown(let text), .object(_, let text?):
            innermost = tag.position
            count(text.utf8.count)
        default:
            break
        }
        switch value {
        case .string, .markdown:
            output.appendValue(value, raw: raw, path: path, position: tag.position)
        case .object(_, let text?):
            output.appendValue(.string(text), raw: raw, path: path, position: tag.position)
        case .bool(let flag) where !strict:
            output.appendValue(.string(flag ? "true" : "false"), raw: raw, path: path, position: tag.position)
        case .null, .object, .list, .bool:
            report(tag.position, path, cannotShow(value, written: written(), name: tag.name))
        }
    }

    /// Why a value cannot be interpolated, and what to write instead.
    private func cannotShow(_ value: TemplateValue, written: String, name: String) -> Message {
        switch value {
        case .null:
            return TemplatesText.resolvesToNull(["tag": written, "name": name])
        case .object(let fields, _):
            return TemplatesText.objectWithoutText(["tag": written, "fields": fields.keys.sorted().joined(separator: ", ")])
        case .list:
            return TemplatesText.isAList(["tag": written, "name": name])
        default:
            return TemplatesText.useAsSection(["tag": written, "kind": value.kindDescription, "name": name])
        }
    }

    /// The tag's value, or nil after reporting (strict mode) why it has none.
    private mutating func resolve(_ tag: Tag, written: @autoclosure () -> String) -> Resolution {
        let resolution = contexts.resolve(tag, paths: strict)
        switch resolution {
        case .found:
            break
        case .missing(let path, let name, let suggestion):
            let hint: any MessageArgument = suggestion.map { DiagnosticsText.didYouMeanSpacedBefore(["name": "\"\($0)\""]) } ?? ""
            let what = name == tag.name ? written() : "\(written()): \"\(name)\""
            report(tag.position, path, TemplatesText.notInData(["what": what, "hint": hint]))
        case .noFields(let path, let kind, let field):
            let value: any MessageArgument = path.isEmpty ? TemplatesText.theValue() : "\"\(path)\""
            report(tag.position, path, TemplatesText.hasNoField(["tag": written(), "value": value, "kind": kind, "field": field]))
        }
        return resolution
    }

    // MARK: Sections

    private mutating func renderSection(_ tag: Tag, _ content: [Node], inverted: Bool, into output: inout Output) {
        let resolution = resolve(tag, written: "{{\(inverted ? "^" : "#")\(tag.name)}}")
        guard case .found(let value, let path) = resolution else {
            // A missing name is falsey in spec mode; in strict mode it was reported and nothing renders.
            if inverted, !strict { render(content, into: &output) }
            return
        }
        guard value.isTruthy != inverted else { return }
        guard enter(tag.position, path) else { return }
        defer { depth -= 1 }
        let outerInnermost = innermost
        innermost = tag.position
        defer { innermost = outerInnermost }
        if inverted { return render(content, into: &output) }
        if case .list(let items) = value {
            for (index, item) in items.enumerated() {
                guard repeats(tag.position, "{{#\(tag.name)}}") else { return }
                contexts.append(Context(value: item, path: strict ? join(path, index: index) : ""))
                render(content, into: &output)
                contexts.removeLast()
            }
        } else {
            contexts.append(Context(value: value, path: path))
            render(content, into: &output)
            contexts.removeLast()
        }
    }

    // MARK: Partials, parents and blocks

    private mutating func include(_ inclusion: Inclusion, into output: inout Output) {
        let written = { "{{\(inclusion.isParent ? "<" : ">")\(inclusion.name)}}" }
        guard let template = library.templates[inclusion.name] else {
            if strict {
                let hint: any MessageArgument = closestMatch(to: inclusion.name, among: library.templates.keys.sorted())
                    .map { DiagnosticsText.didYouMeanSpacedBefore(["name": "\"\($0)\""]) } ?? ""
                report(inclusion.position, nil, TemplatesText.noPartialNamed(["name": inclusion.name, "tag": written(), "hint": hint]))
            }
            return
        }
        guard repeats(inclusion.position, written()) else { return }
        guard chain.count <= maximumIncludeDepth else {
            report(inclusion.position, nil, TemplatesText.partialsTooDeep(["tag": written(), "depth": maximumIncludeDepth,
                                                                  "cycle": cycle(ending: inclusion.name)]),
                   evenInSpecMode: true)
            return
        }
        guard enter(inclusion.position, nil) else { return }
        defer { depth -= 1 }
        let outerInnermost = innermost
        innermost = inclusion.position
        defer { innermost = outerInnermost }
        let outerIndentation = indentation
        // An inline partial is not indented at all; a standalone one by all the whitespace before it.
        indentation = inclusion.standalone ? indentation + inclusion.indentation : ""
        chain.append(inclusion.name)
        if !inclusion.arguments.isEmpty { arguments.append(inclusion.arguments) }
        render(template.nodes, into: &output)
        if !inclusion.arguments.isEmpty { arguments.removeLast() }
        chain.removeLast()
        indentation = outerIndentation
    }

    /// Renders the content a parent's caller gave for the block, or else its default content.
    private mutating func renderBlock(_ block: Block, into output: inout Output) {
        let content = arguments.lazy.compactMap { $0[block.name] }.first ?? block
        guard enter(block.position, nil) else { return }
        defer { depth -= 1 }
        let outerIndentation = indentation
        indentation += block.indentation
        if block.standalone, !indentation.isEmpty, !content.nodes.isEmpty {
            output.appendLiteral(indentation[...])
        }
        render(content.nodes, into: &output)
        indentation = outerIndentation
    }

    /// The repeating end of the inclusion chain, e.g. `a → b → a`.
    private func cycle(ending name: String) -> String {
        let start = chain.lastIndex(of: name) ?? 0
        return (chain[start...] + [name]).joined(separator: " → ")
    }

    // MARK: Limits and errors

    /// Counts one more inclusion or section item; past `maximumRepetitions`, reports it once,
    /// stops the render and returns false. Output alone cannot bound a render: sections and
    /// partials that repeat inside each other may write nothing at all.
    private mutating func repeats(_ position: SourcePosition, _ written: @autoclosure () -> String) -> Bool {
        repetitions += 1
        guard repetitions > maximumRepetitions else { return true }
        if !stopped {
            stopped = true
            report(position, nil, TemplatesText.tooManyRepetitions(["tag": written()]), evenInSpecMode: true)
        }
        return false
    }

    /// Counts `bytes` more of output; past the limit, reports it once and stops the render.
    private mutating func count(_ bytes: Int) {
        emitted += bytes
        guard emitted > outputLimit, !stopped else { return }
        stopped = true
        report(innermost ?? SourcePosition(file: library.templates[chain[0]]?.file ?? chain[0], line: 1, column: 1), nil,
               TemplatesText.outputTooLarge(["limit": outputLimit]), evenInSpecMode: true)
    }

    /// Counts one more level of nesting; false (after reporting) when that is too deep.
    private mutating func enter(_ position: SourcePosition, _ path: String?) -> Bool {
        guard depth < maximumRenderDepth else {
            report(position, path, TemplatesText.renderTooDeep(["depth": maximumRenderDepth]), evenInSpecMode: true)
            return false
        }
        depth += 1
        return true
    }

    /// Records an error in strict mode, once per tag and problem (a loop repeats the same mistake).
    /// Limits are errors in both modes: there is no sensible output past them.
    private mutating func report(_ position: SourcePosition, _ path: String?, _ message: Message, evenInSpecMode: Bool = false) {
        guard strict || evenInSpecMode else { return }
        let key = Diagnostic(at: position, message)
        guard reported.insert(key).inserted else { return }
        diagnostics.append(Diagnostic(at: position, keyPath: path, message))
    }
}
