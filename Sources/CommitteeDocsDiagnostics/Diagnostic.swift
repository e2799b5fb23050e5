/// One problem found in a data file or a template, in the form a person can act on:
/// `samples/x.yaml:14:9: error: sagsnr: "2009-4521x" is not a case number (expected YYYY-NNNNN)`.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    /// Where the problem is; `nil` only when no position can be known (e.g. an unreadable file).
    public var position: SourcePosition?
    /// The data key path (`afsnit[2].overskrift`) or template data path the problem concerns.
    public var keyPath: String?
    /// What is wrong and what is expected, in one sentence, lower case first, in both languages.
    public var message: Message

    public init(at position: SourcePosition?, keyPath: String? = nil, _ message: Message) {
        self.position = position
        self.keyPath = keyPath
        self.message = message
    }

    /// Like `init(at:keyPath:_:)` for problems that concern a whole file.
    public init(file: String, keyPath: String? = nil, _ message: Message) {
        self.init(at: nil, keyPath: keyPath, message)
        self.fileOnly = file
    }

    private var fileOnly: String?

    /// The file the problem is in.
    public var file: String? { position?.file ?? fileOnly }

    /// `file:line:col: error: key.path: message` in the process's language (`Language.current`).
    public var description: String { description(in: .current) }

    /// `file:line:col: error: key.path: message` (Danish: `fejl:`); the position and the key path
    /// read the same in both languages.
    public func description(in language: Language) -> String {
        var text = ""
        if let position {
            text += "\(position): "
        } else if let fileOnly {
            text += "\(fileOnly): "
        }
        text += DiagnosticsText.severity().description(in: language) + " "
        if let keyPath, !keyPath.isEmpty {
            text += "\(keyPath): "
        }
        return text + message.description(in: language)
    }
}

/// All the problems found in one input, reported together.
public struct DiagnosticList: Error, Sendable, CustomStringConvertible {
    /// The most errors shown (and kept) for one file; the rest are counted in one closing line.
    public static let maximumShown = 100

    public var diagnostics: [Diagnostic]
    /// Errors found but not kept, beyond `maximumShown`.
    public var omitted: Int

    public init(_ diagnostics: [Diagnostic], omitted: Int = 0) {
        self.diagnostics = diagnostics
        self.omitted = omitted
    }

    public init(_ diagnostic: Diagnostic) {
        self.init([diagnostic])
    }

    public var isEmpty: Bool { diagnostics.isEmpty }

    /// The first `maximumShown` diagnostics in file order, one per line, then
    /// "file: error: … and N more errors" when there were more.
    public var description: String { description(in: .current) }

    /// The list as `description` gives it, in `language`.
    public func description(in language: Language) -> String {
        let all = sorted
        var lines = all.prefix(Self.maximumShown).map { $0.description(in: language) }
        let more = all.count - lines.count + omitted
        if more > 0 {
            let file = all.first?.file.map { $0 + ": " } ?? ""
            let severity = DiagnosticsText.severity().description(in: language)
            let rest = (more == 1 ? DiagnosticsText.oneMoreError : DiagnosticsText.moreErrors)(["count": more])
            lines.append("\(file)\(severity) \(rest.description(in: language))")
        }
        return lines.joined(separator: "\n")
    }

    /// Diagnostics with a position first in file order, then those without, in the order found.
    public var sorted: [Diagnostic] {
        let positioned = diagnostics.enumerated().filter { $0.element.position != nil }
            .sorted { ($0.element.position!, $0.offset) < ($1.element.position!, $1.offset) }
            .map(\.element)
        return positioned + diagnostics.filter { $0.position == nil }
    }
}

/// Collects diagnostics while a stage keeps going, so that all errors of a file are reported at once.
/// Keeps the first `DiagnosticList.maximumShown` and counts the rest, so that a file full of
/// mistakes costs neither unbounded memory nor pages of output. A diagnostic already collected is
/// not collected again (a meeting's items that present one broken plan report its errors once).
public struct DiagnosticCollector: Sendable {
    public private(set) var diagnostics: [Diagnostic] = []
    public private(set) var omitted = 0

    public init() {}

    public var hasErrors: Bool { !diagnostics.isEmpty }

    public mutating func error(at position: SourcePosition?, keyPath: String? = nil, _ message: Message) {
        append(Diagnostic(at: position, keyPath: keyPath, message))
    }

    public mutating func append(_ diagnostic: Diagnostic) {
        guard !diagnostics.contains(diagnostic) else { return }
        guard diagnostics.count < DiagnosticList.maximumShown else {
            omitted += 1
            return
        }
        diagnostics.append(diagnostic)
    }

    public mutating func append(contentsOf list: DiagnosticList) {
        // The same list again (one file's errors, through a second item) adds nothing.
        let new = list.diagnostics.contains { !diagnostics.contains($0) }
        for diagnostic in list.diagnostics { append(diagnostic) }
        if new { omitted += list.omitted }
    }

    /// Everything collected so far.
    public var list: DiagnosticList { DiagnosticList(diagnostics, omitted: omitted) }

    /// Throws everything collected so far, if anything.
    public func check() throws(DiagnosticList) {
        if hasErrors { throw list }
    }
}
