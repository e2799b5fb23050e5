import CommitteeDocsDiagnostics
import CommitteeDocsDocumentTree
import CommitteeDocsFormatting
import CommitteeDocsLoading
import CommitteeDocsMarkdownReading
import CommitteeDocsMarkdownWriting
import CommitteeDocsModel
import CommitteeDocsTemplating
import CommitteeDocsTextWriting
import CommitteeDocsXHTMLValidation
import CommitteeDocsXHTMLWriting

/// One fuzz target: a name for the command line and a check that gets the raw input bytes.
/// A check returns normally for any input the code under test handles (including inputs it
/// rejects with an error); a broken property stops the process with `fuzzFailure`, so libFuzzer
/// records the input.
struct FuzzTarget {
    let name: String
    let summary: String
    let check: ([UInt8]) -> Void

    static let all: [FuzzTarget] = [
        FuzzTarget(name: "yaml", summary: "Loading (YAML) + the plan/notat/meeting decoders",
                   check: { checkLoading($0, format: .yaml) }),
        FuzzTarget(name: "json", summary: "Loading (JSON) + the plan/notat/meeting decoders",
                   check: { checkLoading($0, format: .json) }),
        FuzzTarget(name: "template", summary: "the Mustache parser, and rendering what parses (without partials)",
                   check: checkTemplate),
        FuzzTarget(name: "markdown", summary: "MarkdownReading -> XHTML (validated) | Markdown (reads back the same) | text",
                   check: checkMarkdown),
        FuzzTarget(name: "amount", summary: "Amount parsing: a parsed amount formats and parses back to itself",
                   check: checkAmount),
        FuzzTarget(name: "date", summary: "DanishDate parsing: a parsed date formats and parses back to itself",
                   check: checkDate),
    ]

    static func named(_ name: String) -> FuzzTarget? {
        all.first { $0.name == name }
    }
}

/// Stops the process: libFuzzer's deadly-signal handler saves the input as crash-….
func fuzzFailure(_ message: @autoclosure () -> String, file: StaticString = #fileID, line: UInt = #line) -> Never {
    fatalError("fuzz property broken: " + message(), file: file, line: line)
}

// MARK: - (a), (b) Loading and the model decoders

func checkLoading(_ bytes: [UInt8], format: DataFormat) {
    let file = format == .yaml ? "fuzz.yaml" : "fuzz.json"
    let root: DataNode
    do {
        root = try DataLoader.load(bytes, file: file, format: format)
    } catch {
        for diagnostic in error.diagnostics {
            checkPosition(diagnostic.position, file: file, "diagnostic \(diagnostic)")
        }
        _ = error.description
        return
    }
    // The loader's contract: what loads holds no forbidden characters and no CR, every position
    // is in the file, keys of a mapping are unique; loading is deterministic.
    checkNode(root, file: file, depth: 1)
    guard (try? DataLoader.load(bytes, file: file, format: format)) == root else {
        fuzzFailure("loading the same bytes twice gave different trees")
    }
    // The typed stage: each decoder either decodes or reports positioned errors.
    do {
        _ = try SubmissionDecoder.decodeFile(root)
    } catch {
        for diagnostic in error.diagnostics { _ = diagnostic.description }
    }
    do {
        _ = try MeetingDecoder.decode(root)
    } catch {
        for diagnostic in error.diagnostics { _ = diagnostic.description }
    }
}

private func checkPosition(_ position: SourcePosition?, file: String, _ what: @autoclosure () -> String) {
    guard let position else { return }
    guard position.file == file, position.line >= 1, position.column >= 1 else {
        fuzzFailure("\(what()) has the position \(position)")
    }
}

private func checkText(_ text: String, _ what: @autoclosure () -> String) {
    for scalar in text.unicodeScalars {
        let value = scalar.value
        let forbidden = (value < 0x20 && value != 0x09 && value != 0x0A) || value == 0x7F || value == 0xFFFE || value == 0xFFFF
        if forbidden {
            fuzzFailure("\(what()) holds the forbidden character U+\(String(value, radix: 16, uppercase: true)): \(String(reflecting: text))")
        }
    }
}

private func checkNode(_ node: DataNode, file: String, depth: Int) {
    checkPosition(node.position, file: file, "a node")
    switch node.value {
    case .scalar(let scalar):
        checkText(scalar.text, "a scalar at \(node.position)")
    case .null:
        break
    case .sequence(let elements):
        if depth > DataLoader.maximumDepth { fuzzFailure("a list nested \(depth) deep at \(node.position) was accepted") }
        for element in elements { checkNode(element, file: file, depth: depth + 1) }
    case .mapping(let entries):
        if depth > DataLoader.maximumDepth { fuzzFailure("a mapping nested \(depth) deep at \(node.position) was accepted") }
        var keys = Set<String>()
        for entry in entries {
            checkText(entry.key, "a key at \(entry.keyPosition)")
            checkPosition(entry.keyPosition, file: file, "a key")
            if !keys.insert(entry.key).inserted { fuzzFailure("the key \(String(reflecting: entry.key)) repeats at \(entry.keyPosition)") }
            checkNode(entry.value, file: file, depth: depth + 1)
        }
    }
}

// MARK: - (c) Templating

/// Data with every kind of value, under names a fuzzer finds quickly.
private let templateData: TemplateValue = .object([
    "a": "tekst <&>",
    "b": .bool(true),
    "c": .bool(false),
    "d": .list(["x", .object(["a": "y"]), .null, .list([])]),
    "e": .object(["a": "indre", "b": .markdown("*m*")], text: "e-tekst"),
    "f": .null,
    "g": .markdown("# Overskrift\n\n{{a}}"),
    "x": "{{x}}",
])

func checkTemplate(_ bytes: [UInt8]) {
    let source = String(decoding: bytes, as: UTF8.self)
    let template: Template
    do {
        template = try Template(source, name: "fuzz", file: "fuzz.md")
    } catch {
        for diagnostic in error.diagnostics {
            checkPosition(diagnostic.position, file: "fuzz.md", "diagnostic \(diagnostic)")
        }
        return
    }
    // Rendering: only templates that cannot include anything (every partial or parent tag needs
    // a ">" or "<"). A template including itself is stopped by the inclusion and output limits
    // (OutputLimitCommandTests), but only after up to a million inclusions: far too slow for a
    // fuzzer's inner loop.
    guard !source.utf8.contains(UInt8(ascii: ">")), !source.utf8.contains(UInt8(ascii: "<")) else { return }
    let library = TemplateLibrary([template])
    let first = try? library.render("fuzz", templateData)
    let second = try? library.render("fuzz", templateData)
    if first != second { fuzzFailure("rendering the same template twice gave different text") }
    var output = CollectedOutput()
    do {
        try library.render("fuzz", templateData, into: &output)
    } catch {
        for diagnostic in error.diagnostics {
            checkPosition(diagnostic.position, file: "fuzz.md", "render diagnostic \(diagnostic)")
        }
    }
}

private struct CollectedOutput: TemplateOutput {
    var parts: [String] = []

    mutating func appendLiteral(_ text: Substring) {
        parts.append(String(text))
    }

    mutating func appendValue(_ value: TemplateValue, raw: Bool, path: String, position: SourcePosition) {
        switch value {
        case .string(let text), .markdown(let text): parts.append(text)
        default: fuzzFailure("a strict render handed the output \(value) at \(path)")
        }
    }
}

// MARK: - (d) Markdown reader and the three writers

private let validator: XHTMLValidator = {
    do {
        return try XHTMLValidator.shared()
    } catch {
        fatalError("the XHTML validator is unavailable (is w3c-sgml-lib installed?): \(error)")
    }
}()

func checkMarkdown(_ bytes: [UInt8]) {
    let markdown = String(decoding: bytes, as: UTF8.self)
    let document = MarkdownReader().read(markdown)

    let xhtml = XHTMLWriter().write(document)
    let problems = validator.validate(xhtml, file: "fuzz.html")
    if !problems.isEmpty {
        fuzzFailure("the XHTML is invalid: \(problems.map(\.description).joined(separator: "; "))\n\(xhtml)")
    }

    // The round trip, with the equality RoundTripTests uses: the tree read back, normalized,
    // equals the tree written, normalized (with code block line ends as cmark reads them). It is
    // a promise for the text a document can hold: the loader refuses control characters (other
    // than tab and line end), U+007F, U+FFFE and U+FFFF in data, and the writer must then escape
    // them as references, which CommonMark's delimiter rules do not always read back.
    let written = MarkdownWriter().write(document)
    // The writer's documented limits: formatting nested three deep (GeneratedDocumentTests), and
    // emphasis beside strikethrough with punctuation between them, which cmark-gfm reads as text
    // (FuzzRegressionTests).
    let normalized = document.normalized()
    guard !markdown.unicodeScalars.contains(where: isRefusedByTheLoader), normalized.formattingDepth <= 2,
          !normalized.hasEmphasisBesideStrikethroughAtPunctuation else {
        _ = TextWriter().write(document)
        return
    }
    let readBack = withoutNonCharacters(MarkdownReader().read(written).normalized())
    let expected = withoutNonCharacters(MarkdownWriter.readBack(of: document))
    if readBack != expected {
        fuzzFailure("the Markdown written does not read back to the same tree\n--- input tree\n\(expected)\n--- read back\n\(readBack)\n--- written\n\(written)")
    }

    _ = TextWriter().write(document)
    _ = TextWriter(width: 1 + (bytes.first.map { Int($0) % 40 } ?? 0), pageLength: 3 + (bytes.last.map { Int($0) % 20 } ?? 0)).write(document)
}

/// A character the loader refuses in data (Loading's ForbiddenCharacter), carriage return aside:
/// a line end in Markdown.
func isRefusedByTheLoader(_ scalar: Unicode.Scalar) -> Bool {
    (scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r") || scalar.value == 0x7F
        || scalar == "\u{FFFE}" || scalar == "\u{FFFF}"
}

/// The tree with U+FFFE and U+FFFF as U+FFFD, when it has any (else unchanged). After an
/// emphasis that ends in a character reference the writer must write the next character as a
/// reference as well, and cmark reads a reference to a non-character as U+FFFD; CommonMark has no
/// other way to write it there (see MarkdownWritingTests/FuzzRegressionTests.swift). The XHTML
/// writer shows them as U+FFFD too.
func withoutNonCharacters(_ document: Document) -> Document {
    func text(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "\u{FFFE}" || $0 == "\u{FFFF}" }) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\u{FFFE}" || $0 == "\u{FFFF}" ? "\u{FFFD}" : $0 }))
    }
    func mapInlines(_ list: [Inline]) -> [Inline] {
        list.map { inline in
            switch inline {
            case .text(let value): return .text(text(value))
            case .code(let value): return .code(text(value))
            case .emphasis(let children): return .emphasis(mapInlines(children))
            case .strong(let children): return .strong(mapInlines(children))
            case .strikethrough(let children): return .strikethrough(mapInlines(children))
            case .link(let destination, let title, let children):
                return .link(destination: text(destination), title: text(title), mapInlines(children))
            case .lineBreak, .softBreak: return inline
            }
        }
    }
    func mapBlock(_ block: Block) -> Block {
        switch block {
        case .heading(let level, let content): return .heading(level: level, mapInlines(content))
        case .paragraph(let content): return .paragraph(mapInlines(content))
        case .list(let start, let tight, let items): return .list(start: start, tight: tight, items: items.map { $0.map(mapBlock) })
        case .table(let table):
            return .table(Table(alignments: table.alignments, header: table.header.map(mapInlines),
                                rows: table.rows.map { $0.map(mapInlines) }))
        case .blockQuote(let blocks): return .blockQuote(blocks.map(mapBlock))
        case .codeBlock(let info, let code): return .codeBlock(info: text(info), text: text(code))
        case .metadata(let entries): return .metadata(entries.map { MetadataEntry(label: text($0.label), value: mapInlines($0.value)) })
        case .thematicBreak, .pageBreak: return block
        }
    }
    return Document(blocks: document.blocks.map(mapBlock))
}

// MARK: - (e) Amounts and dates

func checkAmount(_ bytes: [UInt8]) {
    let text = String(decoding: bytes, as: UTF8.self)
    let amount: Amount
    do {
        amount = try Amount.parse(text)
    } catch {
        _ = error.description
        return
    }
    for form in [amount.formatted, amount.formattedNumber, amount.formattedNumberWithØre] {
        guard let again = Amount(parsing: form) else { fuzzFailure("\(String(reflecting: text)) parsed as \(amount.øre) øre, formatted as \(String(reflecting: form)), which does not parse") }
        if again != amount { fuzzFailure("\(String(reflecting: text)) parsed as \(amount.øre) øre, formatted as \(String(reflecting: form)), which parses as \(again.øre) øre") }
    }
    _ = amount.millions()
    _ = amount.millions(decimals: 0)
    _ = amount.millions(decimals: 3)
}

func checkDate(_ bytes: [UInt8]) {
    let text = String(decoding: bytes, as: UTF8.self)
    _ = DanishDate(iso: text)
    let date: DanishDate
    do {
        date = try DanishDate.parse(text)
    } catch {
        _ = error.description
        return
    }
    for form in [date.iso, date.numeric] {
        guard let again = DanishDate(parsing: form) else { fuzzFailure("\(String(reflecting: text)) parsed as \(date), formatted as \(form), which does not parse") }
        if again != date { fuzzFailure("\(String(reflecting: text)) parsed as \(date), formatted as \(form), which parses as \(again)") }
    }
    if DanishDate(iso: date.iso) != date { fuzzFailure("\(date.iso) does not read back as an ISO date") }
    _ = date.long
    _ = date.withWeekday
}
