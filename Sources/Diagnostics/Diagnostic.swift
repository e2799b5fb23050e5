/// One problem found in a data file or a template, in the form a person can act on:
/// `samples/x.yaml:14:9: error: sagsnr: "2009-4521x" is not a case number (expected YYYY-NNNNN)`.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    /// Where the problem is; `nil` only when no position can be known (e.g. an unreadable file).
    public var position: SourcePosition?
    /// The data key path (`afsnit[2].overskrift`) or template data path the problem concerns.
    public var keyPath: String?
    /// What is wrong and what is expected, in one sentence, lower case first.
    public var message: String

    public init(at position: SourcePosition?, keyPath: String? = nil, _ message: String) {
        self.position = position
        self.keyPath = keyPath
        self.message = message
    }

    /// Like `init(at:keyPath:_:)` for problems that concern a whole file.
    public init(file: String, keyPath: String? = nil, _ message: String) {
        self.init(at: nil, keyPath: keyPath, message)
        self.fileOnly = file
    }

    private var fileOnly: String?

    /// The file the problem is in.
    public var file: String? { position?.file ?? fileOnly }

    public var description: String {
        var text = ""
        if let position {
            text += "\(position): "
        } else if let fileOnly {
            text += "\(fileOnly): "
        }
        text += "error: "
        if let keyPath, !keyPath.isEmpty {
            text += "\(keyPath): "
        }
        return text + message
    }
}

/// All the problems found in one input, reported together.
public struct DiagnosticList: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public init(_ diagnostic: Diagnostic) {
        self.diagnostics = [diagnostic]
    }

    public var isEmpty: Bool { diagnostics.isEmpty }

    /// The diagnostics in file order, one per line.
    public var description: String {
        sorted.map(\.description).joined(separator: "\n")
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
public struct DiagnosticCollector: Sendable {
    public private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    public var hasErrors: Bool { !diagnostics.isEmpty }

    public mutating func error(at position: SourcePosition?, keyPath: String? = nil, _ message: String) {
        diagnostics.append(Diagnostic(at: position, keyPath: keyPath, message))
    }

    public mutating func append(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    public mutating func append(contentsOf list: DiagnosticList) {
        diagnostics.append(contentsOf: list.diagnostics)
    }

    /// Throws everything collected so far, if anything.
    public func check() throws(DiagnosticList) {
        if hasErrors { throw DiagnosticList(diagnostics) }
    }
}
