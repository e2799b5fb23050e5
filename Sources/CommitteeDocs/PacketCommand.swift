import CommitteeDocsDiagnostics
import ArgumentParser
import Foundation
import CommitteeDocsModel
import CommitteeDocsPacket
import CommitteeDocsRendering
import Synchronization

struct PacketCommand: AsyncParsableCommand {
    @OptionGroup var language: LanguageOption

    static let configuration = CommandConfiguration(
        commandName: "packet",
        abstract: "Build a meeting's packet: agenda, every item's document, one combined document, attachments.",
        discussion: """
        MEETING is a meeting file (møde: and punkter:), or its decisions file (referat:), from \
        which the minutes are built: OUT/<udvalg>-<date>-referat-intern and -offentlig, each \
        with referat.html, .md, .txt and manifest.json; the public edition has no decision of a \
        closed item. For a meeting file, every item is checked first (its plan's \
        funding and route rules included); with any error, all errors are listed and nothing is \
        published. Items render in parallel. Each edition is assembled in a temporary folder and \
        renamed into place when complete: OUT/<udvalg>-<date>-offentlig and OUT/<udvalg>-<date>-intern, \
        each with dagsorden, pakke, punkter/, bilag/ and manifest.json (SHA-256 of every file); \
        with --format pdf or all, a PDF/A of the agenda, of every item, and pakke.pdf with a \
        bookmark per item. \
        The public edition shows closed items without content and leaves out non-public attachments.

        Examples:
          committee-docs packet samples/møder/br-2019-10-10.yaml
          committee-docs packet samples/møder/tmu-2019-09-02.yaml --edition public --out udsendelse
          committee-docs packet samples/møder/tmu-2019-09-02-referat.yaml
          committee-docs packet samples/møder/br-2019-10-10.yaml --format all
        """
    )

    /// Which editions to build, as the option names them.
    enum UdgaveValg: String, ExpressibleByArgument, CaseIterable {
        case `public`, `internal`, both

        var udgaver: [Udgave] {
            switch self {
            case .public: return [.offentlig]
            case .internal: return [.intern]
            case .both: return [.intern, .offentlig]
            }
        }
    }

    @Argument(help: ArgumentHelp("The meeting file, or the meeting's decisions file (YAML or JSON).", valueName: "MEETING"), completion: .file(extensions: ["yaml", "yml", "json"]))
    var meeting: String

    @Option(name: .long, help: ArgumentHelp("Folder to publish into.", valueName: "DIR"))
    var out: String = "output"

    @Option(name: .long, help: "Which edition: public, internal or both.")
    var edition: UdgaveValg = .both

    @OptionGroup var pipeline: PipelineOptions

    func run() async throws {
        guard FileManager.default.fileExists(atPath: meeting) else {
            Console.error(file: meeting, FilesText.noSuchFile())
            throw Exit.noInput
        }
        let renderer = try pipeline.makeRenderer()
        let editions = edition.udgaver
        let bar = ProgressBar()
        let builder = PacketBuilder(renderer: renderer, progress: bar.map { bar in { @Sendable done, total in bar.show(done, total) } })
        let packets: [Packet]
        do {
            if MeetingFile.kind(meeting, maximumSize: renderer.options.maximumInput) == .decisions {
                packets = try MinutesBuilder(renderer: renderer).build(decisionsFile: meeting, editions: editions)
            } else {
                packets = try await builder.build(meetingFile: meeting, editions: editions)
            }
            bar?.finish()
        } catch {
            bar?.finish()
            Console.report(error)
            throw Exit.dataError
        }
        for packet in packets {
            do {
                print(try PacketPublisher.publish(packet, into: out))
            } catch {
                Console.error(error.description)
                throw Exit.cannotCreate
            }
        }
    }
}

/// A one-line progress bar on stderr, only when stderr is a terminal.
final class ProgressBar: Sendable {
    /// The last percentage shown.
    private let last = Mutex(-1)

    init?() {
        guard isatty(STDERR_FILENO) != 0 else { return nil }
    }

    func show(_ done: Int, _ total: Int) {
        last.withLock { last in
            let percent = total == 0 ? 100 : done * 100 / total
            guard percent != last else { return }
            last = percent
            let filled = percent * 30 / 100
            let line = "\r[" + String(repeating: "#", count: filled) + String(repeating: " ", count: 30 - filled)
                + "] \(done)/\(total) punkter"
            FileHandle.standardError.write(Data(line.utf8))
        }
    }

    func finish() {
        last.withLock { _ in FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
