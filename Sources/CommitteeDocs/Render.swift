import CommitteeDocsFileWriting
import CommitteeDocsModel
import ArgumentParser
import Foundation
import CommitteeDocsLoading
import CommitteeDocsPacket
import CommitteeDocsRendering

struct Render: ParsableCommand {
    @OptionGroup var language: LanguageOption

    static let configuration = CommandConfiguration(
        abstract: "Render data files into documents and print each written path.",
        discussion: """
        A file holds one memo (dokument: notat) or a plan (plan: helhedsplan or områdefornyelse) with \
        the documents it needs (notat, indstilling, ansøgning); a plan is checked against the funding \
        and route rules. Each file is checked completely first; a file with any error is reported \
        (every error at once, as path:line:col: error: key: message) and nothing is written for it. \
        Files are written atomically to OUT/<sagsnr>/<dokumentnr>-<kind>.<format>.

        Examples:
          committee-docs render samples/notat-omraadebaserede-indsatser.yaml
          committee-docs render samples/plan-helhedsplan-solhaven-foreloebig.yaml --out udkast
          committee-docs render samples/*.yaml --out output --format html,txt --width 80
          committee-docs render samples/notat-kort.yaml --format pdf   # PDF/A-2b (needs weasyprint)
        """
    )

    /// The files as given; use `inputFiles` (runs of them may arrive joined, see `FileArguments`).
    @Argument(help: ArgumentHelp("Data files (YAML or JSON).", valueName: "FILE"), completion: .file(extensions: ["yaml", "yml", "json"]))
    var files: [String]

    var inputFiles: [String] { FileArguments.split(files) }

    @Option(name: .long, help: ArgumentHelp("Folder to write into.", valueName: "DIR"))
    var out: String = "output"

    @OptionGroup var pipeline: PipelineOptions

    func run() throws {
        let renderer = try pipeline.makeRenderer()
        let files = inputFiles
        let results = renderer.render(files: files)
        let written = write(results)
        // Reported in input order, whatever order the files were written in.
        var outcome = Outcome()
        for index in files.indices {
            guard outcome.documents(of: results[index], path: files[index]) != nil, let write = written[index] else { continue }
            switch write {
            case .success(let paths):
                for path in paths { print(path) }
            case .failure(let error):
                Console.error(error.description)
                outcome.record(error.isIOError ? Exit.ioError : Exit.cannotCreate)
            }
        }
        try outcome.finish()
    }

    /// Writes each rendered file's documents atomically, on all cores (one after another, creating
    /// the files of a large batch was a long single-threaded tail); nil for a file not rendered.
    private func write(_ results: [FileOutcome]) -> [Result<[String], AtomicWriter.Failure>?] {
        let written = WrittenSlots(count: results.count)
        DispatchQueue.concurrentPerform(iterations: results.count) { index in
            guard case .rendered(let documents) = results[index] else { return }
            let targets = documents.flatMap { document in
                document.files.map { file in
                    (path: out + "/" + file.relativePath(base: document.basePath), content: file.content)
                }
            }
            do throws(AtomicWriter.Failure) {
                written[index] = .success(try AtomicWriter.write(targets))
            } catch {
                written[index] = .failure(error)
            }
        }
        return written.values
    }
}

/// One slot per input file, written by exactly one worker each.
private final class WrittenSlots: @unchecked Sendable {
    private var storage: [Result<[String], AtomicWriter.Failure>?]
    private let lock = NSLock()

    init(count: Int) {
        storage = Array(repeating: nil, count: count)
    }

    subscript(index: Int) -> Result<[String], AtomicWriter.Failure>? {
        get { lock.withLock { storage[index] } }
        set { lock.withLock { storage[index] = newValue } }
    }

    var values: [Result<[String], AtomicWriter.Failure>?] { lock.withLock { storage } }
}

struct Check: AsyncParsableCommand {
    @OptionGroup var language: LanguageOption

    static let configuration = CommandConfiguration(
        abstract: "Check data files and templates completely; write nothing.",
        discussion: """
        Runs the whole pipeline in memory (data rules, templates, XHTML validation) and reports every \
        problem. A meeting file (møde:) is checked as its packet would be built, every item included. \
        A decisions file (referat:) is checked with the meeting file it names: one decision for every \
        item of the meeting. Prints nothing and exits 0 when all is well.

        Examples:
          committee-docs check samples/*.yaml
          committee-docs check samples/møder/br-2019-10-10.yaml
          committee-docs check samples/møder/tmu-2019-09-02-referat.yaml
        """
    )

    /// The files as given; use `inputFiles` (runs of them may arrive joined, see `FileArguments`).
    @Argument(help: ArgumentHelp("Data files (YAML or JSON).", valueName: "FILE"), completion: .file(extensions: ["yaml", "yml", "json"]))
    var files: [String]

    var inputFiles: [String] { FileArguments.split(files) }

    @OptionGroup var pipeline: PipelineOptions

    func run() async throws {
        let renderer = try pipeline.makeRenderer()
        var outcome = Outcome()
        let limit = renderer.options.maximumInput
        // Each file is looked at once to tell meetings and decisions files from memos and plans.
        let files = inputFiles
        let kinds = files.map { MeetingFile.kind($0, maximumSize: limit) }
        let ofKind = { (kind: InputKind) in zip(files, kinds).filter { $0.1 == kind }.map(\.0) }
        outcome.forEachRendered(ofKind(.document), with: renderer) { _, _, _ in }
        for meeting in ofKind(.meeting) {
            do {
                _ = try await PacketBuilder(renderer: renderer).build(meetingFile: meeting, editions: Udgave.allCases)
            } catch {
                Console.report(error)
                outcome.record(Exit.dataError)
            }
        }
        for decisions in ofKind(.decisions) {
            do {
                try Minutes.check(decisions, renderer: renderer)
            } catch {
                Console.report(error)
                outcome.record(Exit.dataError)
            }
        }
        try outcome.finish()
    }
}

/// What a data file holds, told by its top-level key.
enum InputKind {
    /// `møde:`, a meeting: its packet is built.
    case meeting
    /// `referat:`, a meeting's decisions: checked with its meeting file.
    case decisions
    /// A memo (`dokument:`) or a plan (`plan:`), or a file that cannot be read: rendered.
    case document
}

/// Meeting files go to `packet`; `check` recognises them by their top-level `møde` key, and
/// decisions files by `referat`.
enum MeetingFile {
    /// A file over `maximumSize` is not read here: the renderer refuses it with its size.
    static func kind(_ path: String, maximumSize: Int = .max) -> InputKind {
        let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int ?? 0
        guard size <= maximumSize,
              let data = FileManager.default.contents(atPath: path),
              let root = try? DataLoader.load([UInt8](data), file: path, format: DataFormat(path: path)),
              case .mapping(let entries) = root.value
        else { return .document }
        if entries.contains(where: { $0.key == "møde" }) { return .meeting }
        if entries.contains(where: { $0.key == "referat" }) { return .decisions }
        return .document
    }

    static func isMeeting(_ path: String, maximumSize: Int = .max) -> Bool {
        kind(path, maximumSize: maximumSize) == .meeting
    }
}
