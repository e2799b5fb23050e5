import CommitteeDocsDiagnostics
import Foundation

/// A diagnostic as the error banner shows it: `file:line:col`, the message, and the offending
/// source line with a caret under the column.
public struct ShownDiagnostic: Sendable, Equatable {
    /// `samples/x.yaml:14:9`, or the file alone when no position is known.
    public var location: String
    /// The message, after its key path: `sagsnr: "2009-4521x" is not a case number …`.
    public var message: String
    /// The source line the position points into, when the file can be read.
    public var sourceLine: String?
    /// Spaces (and the line's own tabs) up to the column, then `^`.
    public var caret: String?

    /// Shown lines are cut to this many characters around the column.
    static let lineWindow = 160

    /// Every diagnostic of `list` in file order; each file is read once.
    public static func all(_ list: DiagnosticList) -> [ShownDiagnostic] {
        var lines: [String: [Substring]] = [:]
        var shown = list.sorted.prefix(DiagnosticList.maximumShown).map { diagnostic in
            ShownDiagnostic(diagnostic) { file in
                if let cached = lines[file] { return cached }
                let read = FileManager.default.contents(atPath: file)
                    .map { String(decoding: $0, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false) } ?? []
                lines[file] = read
                return read
            }
        }
        let more = list.diagnostics.count - shown.count + list.omitted
        if more > 0 {
            shown.append(ShownDiagnostic(location: list.sorted.first?.file ?? "", message: (more == 1 ? DiagnosticsText.oneMoreError : DiagnosticsText.moreErrors)(["count": more]).description))
        }
        return shown
    }

    public init(location: String, message: String, sourceLine: String? = nil, caret: String? = nil) {
        self.location = location
        self.message = message
        self.sourceLine = sourceLine
        self.caret = caret
    }

    /// - Parameter lines: the lines of a file (empty when it cannot be read).
    init(_ diagnostic: Diagnostic, lines: (String) -> [Substring]) {
        location = diagnostic.position?.description ?? diagnostic.file ?? ""
        message = (diagnostic.keyPath.map { $0.isEmpty ? "" : $0 + ": " } ?? "") + diagnostic.message.description
        guard let position = diagnostic.position else { return }
        let fileLines = lines(position.file)
        guard position.line >= 1, position.line <= fileLines.count else { return }
        // Columns count Unicode scalars (so æ, ø and å count one), as SourcePosition does.
        var scalars = Array(fileLines[position.line - 1].unicodeScalars)
        if scalars.last == "\r" { scalars.removeLast() }
        var column = max(1, position.column) - 1
        var start = 0
        if scalars.count > Self.lineWindow {
            start = max(0, min(column - Self.lineWindow / 2, scalars.count - Self.lineWindow))
            scalars = Array(scalars[start..<min(scalars.count, start + Self.lineWindow)])
            column -= start
        }
        var line = String(String.UnicodeScalarView(scalars))
        var indent = String(String.UnicodeScalarView(scalars.prefix(column).map { $0 == "\t" ? "\t" : " " }))
            + String(repeating: " ", count: max(0, column - scalars.count))
        if start > 0 {
            line = "…" + line
            indent = " " + indent
        }
        sourceLine = line
        caret = indent + "^"
    }
}
