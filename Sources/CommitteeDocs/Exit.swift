import ArgumentParser
import CommitteeDocsDiagnostics
import Foundation
import CommitteeDocsRendering

/// The exit codes of sysexits.h that the tool uses.
enum Exit {
    static let dataError = ExitCode(65)
    static let noInput = ExitCode(66)
    static let unavailable = ExitCode(69)
    static let cannotCreate = ExitCode(73)
    static let ioError = ExitCode(74)
    /// The preview's port is taken (EX_TEMPFAIL: try again, or another port).
    static let portInUse = ExitCode(75)
}

/// Errors go to stderr, one per line; paths written go to stdout.
enum Console {
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// `file: error: message` (Danish `fejl:`) in the chosen language; without a file, `error: message`.
    static func error(file: String? = nil, _ message: Message) {
        error((file.map { Diagnostic(file: $0, message) } ?? Diagnostic(at: nil, message)).description)
    }

    /// `note: message` (Danish `bemærk:`) in the chosen language.
    static func note(_ message: Message) {
        error(ArchiveText.note().description + " " + message.description)
    }

    static func report(_ list: DiagnosticList) {
        error(list.description)
    }
}

/// The worst outcome of a run over several inputs: missing input outranks bad data, which
/// outranks a failed write, so the code names the first thing a person must fix.
struct Outcome {
    private(set) var code: Int32 = 0

    mutating func record(_ exit: ExitCode) {
        let rank: [Int32: Int] = [66: 4, 65: 3, 73: 2, 74: 1]
        if rank[exit.rawValue, default: 0] > rank[code, default: 0] {
            code = exit.rawValue
        }
    }

    func finish() throws {
        if code != 0 { throw ExitCode(code) }
    }
}

extension Outcome {
    /// Renders `files`, reports each missing or invalid one (every error at once, with its exit
    /// code), and hands each rendered file's documents to `body`.
    mutating func forEachRendered(_ files: [String], with renderer: Renderer,
                                  _ body: (_ path: String, _ documents: [RenderedDocument], _ outcome: inout Outcome) -> Void) {
        for (path, result) in zip(files, renderer.render(files: files)) {
            if let documents = documents(of: result, path: path) { body(path, documents, &self) }
        }
    }

    /// The documents of a rendered file; a missing or invalid one is reported (every error at
    /// once, with its exit code) and gives nil.
    mutating func documents(of result: FileOutcome, path: String) -> [RenderedDocument]? {
        switch result {
        case .missing(let reason):
            Console.error(file: path, reason)
            record(Exit.noInput)
            return nil
        case .invalid(let problems):
            Console.report(problems)
            record(Exit.dataError)
            return nil
        case .rendered(let documents):
            return documents
        }
    }
}
