import CommitteeDocsConcurrency
import CommitteeDocsDiagnostics
import Foundation

/// What became of one input file.
public enum FileOutcome: Sendable {
    /// Every document of the file (one for a memo, one per listed document for a plan).
    case rendered([RenderedDocument])
    /// The file does not exist or cannot be read.
    case missing(Message)
    /// The data, a rule or a template is wrong: every problem of the file.
    case invalid(DiagnosticList)
}

extension Renderer {
    /// Renders many files on all cores; the outcomes come back in input order, so the run is
    /// deterministic whatever the scheduling. Nothing is written.
    public func render(files paths: [String]) -> [FileOutcome] {
        var results = orderedParallelMap(count: paths.count) { index in renderFile(paths[index]) }
        Self.rejectSharedOutputs(paths, &results)
        return results
    }

    private func renderFile(_ path: String) -> FileOutcome {
        do {
            try options.checkInputFile(path)
        } catch {
            return .invalid(error)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            return .missing(exists ? (isDirectory.boolValue ? FilesText.isAFolder() : FilesText.cannotBeRead())
                                   : FilesText.noSuchFile())
        }
        do {
            return .rendered(try render(bytes: [UInt8](data), file: path))
        } catch {
            return .invalid(error)
        }
    }

    /// Two inputs that would write the same file are an error for the later one.
    private static func rejectSharedOutputs(_ paths: [String], _ results: inout [FileOutcome]) {
        var owners: [String: String] = [:]
        for index in results.indices {
            guard case .rendered(let documents) = results[index] else { continue }
            var clashes: [Diagnostic] = []
            for document in documents {
                if let owner = owners[document.basePath] {
                    clashes.append(Diagnostic(file: paths[index],
                        RenderingText.pathClash(["path": document.basePath, "owner": owner])))
                }
            }
            if clashes.isEmpty {
                for document in documents { owners[document.basePath] = paths[index] }
            } else {
                results[index] = .invalid(DiagnosticList(clashes))
            }
        }
    }
}
