import CommitteeDocsDiagnostics

/// What both readers share while they build a tree: the file name, the diagnostics found so far
/// and the key path of the value being read.
struct LoadContext {
    /// Collections may nest this deep; deeper data is refused before it can exhaust a thread's stack.
    static let maximumDepth = 100

    let file: String
    private(set) var diagnostics: [Diagnostic] = []
    private var droppedDiagnostics = 0
    /// The path of the value being read; readers push and pop as they go down and up.
    var path = DataPath()

    init(file: String) {
        self.file = file
    }

    func position(line: Int, column: Int) -> SourcePosition {
        SourcePosition(file: file, line: line, column: column)
    }

    /// Records a problem; `atPath` adds the current key path to it.
    mutating func error(at position: SourcePosition, atPath: Bool = true, _ message: Message) {
        guard diagnostics.count < DiagnosticList.maximumShown else {
            droppedDiagnostics += 1
            return
        }
        let keyPath = atPath ? path.description : ""
        diagnostics.append(Diagnostic(at: position, keyPath: keyPath.isEmpty ? nil : keyPath, message))
    }

    /// Everything found, counting the diagnostics dropped past `DiagnosticList.maximumShown`.
    var diagnosticList: DiagnosticList {
        DiagnosticList(diagnostics, omitted: droppedDiagnostics)
    }

    /// The error for a collection that would nest deeper than `maximumDepth`; readers stop after it.
    mutating func tooDeep(at position: SourcePosition) {
        error(at: position, atPath: false, LoadingText.tooDeep(["depth": Self.maximumDepth]))
    }
}

/// Thrown inside a reader when it cannot go on (a syntax error, too deep nesting); the reason
/// is already in the context's diagnostics.
struct ReadingStopped: Error {}
