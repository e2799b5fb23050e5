import CommitteeDocsArchive
import CommitteeDocsArchiving
import ArgumentParser
import CommitteeDocsDiagnostics
import Foundation
import CommitteeDocsFormatting
import CommitteeDocsModel
import CommitteeDocsPacket
import CommitteeDocsRendering

struct ArchiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "archive",
        abstract: "Keep rendered documents as BagIt bags: append-only, versioned, verifiable.",
        discussion: """
        The archive is a folder of BagIt bags (RFC 8493): bags/<sagsnr>/<dokumentnr>/v<N>-<edition>/ \
        for a document, bags/møder/<meeting>/<item>/v<N>-<edition>/ and .../pakke/v<N>-<edition>/ \
        for a meeting's packet. Each holds the document's XHTML, Markdown and text (its PDF too with \
        --format pdf or all, and its attachments), its source data file, SHA-256 and SHA-512 manifests and bag-info.txt. \
        Nothing is ever changed or deleted in place; index.sqlite indexes the bags.
        """,
        subcommands: [Add.self, Verify.self, List.self, Search.self, Show.self, Export.self, Reindex.self]
    )

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Store documents and meeting packets as bags (a new version when one changed).",
            discussion: """
            Each INPUT is a memo or plan file, a meeting file, or a packet folder written by \
            `committee-docs packet`. A memo or plan is rendered and each of its documents kept as \
            one bag. A meeting's packet is built (both editions) and kept as one bag per item plus \
            one for the packet, under bags/møder/<meeting>/; a packet folder is checked against \
            its manifest.json and kept the same way.

            Adding a document whose content is already the latest version does nothing and says \
            "unchanged"; different content becomes the next version, linked to the previous one. \
            Open documents go into "offentlig" bags, closed ones into "intern" bags. Bagging-Date \
            is --bagging-date, or else the document's own date (a meeting's date for its packet), \
            so the same inputs give the same bags. Bags are written in groups, each made durable \
            on disk before its adds are reported.

            Examples:
              committee-docs archive add --archive arkiv samples/notat-kort.yaml
              committee-docs archive add --archive arkiv samples/plan-*.yaml --bagging-date 2020-01-15
              committee-docs archive add --archive arkiv samples/møder/br-2019-10-10.yaml
            """
        )

        @Option(name: .long, help: ArgumentHelp("The archive folder.", valueName: "DIR"))
        var archive: String

        @Option(name: .long, help: ArgumentHelp("Bagging-Date for every bag (default: each document's date).", valueName: "DATE"))
        var baggingDate: String?

        @Argument(help: ArgumentHelp("Memo, plan or meeting files (YAML or JSON), or packet folders.", valueName: "INPUT"), completion: .file(extensions: ["yaml", "yml", "json"]))
        var inputs: [String]

        @OptionGroup var pipeline: PipelineOptions

        @OptionGroup var language: LanguageOption

        func validate() throws {
            if let baggingDate, DanishDate(parsing: baggingDate) == nil {
                throw ValidationError("--bagging-date \"\(baggingDate)\" is not a date (expected 2020-01-15)")
            }
        }

        func run() async throws {
            let renderer = try pipeline.makeRenderer()
            let store = Archive(root: archive)
            let generator = "committee-docs \(generatorVersion)"
            let date = baggingDate.flatMap(DanishDate.init(parsing:))
            var outcome = Outcome()
            func add(_ deposits: [Archive.Deposit]) {
                // In groups: one flush to disk makes a whole group durable.
                for start in stride(from: 0, to: deposits.count, by: Archive.groupSize) {
                    do throws(Bag.Failure) {
                        for result in try store.add(Array(deposits[start..<min(start + Archive.groupSize, deposits.count)]), generator: generator) {
                            switch result {
                            case .success(let added): print(describe(added))
                            case .failure(let error):
                                Console.error(error.description)
                                outcome.record(Exit.cannotCreate)
                            }
                        }
                    } catch {
                        Console.error(error.description)
                        outcome.record(Exit.cannotCreate)
                    }
                    // A group's reports go out as soon as it is durable, also into a pipe or a log.
                    fflush(stdout)
                }
            }
            // In the order given; memo and plan files next to each other render together, on all cores.
            var dataFiles: [String] = []
            func addDataFiles() {
                var documents: [Archive.Deposit] = []
                outcome.forEachRendered(dataFiles, with: renderer) { path, rendered, _ in
                    let source = (path: path, bytes: [UInt8](FileManager.default.contents(atPath: path) ?? Data()))
                    documents += rendered.compactMap { Archiving.deposit($0, source: source, baggingDate: date) }
                }
                add(documents)
                dataFiles = []
            }
            for input in inputs {
                var isFolder: ObjCBool = false
                let exists = FileManager.default.fileExists(atPath: input, isDirectory: &isFolder)
                if exists, isFolder.boolValue {
                    addDataFiles()
                    do {
                        add(Archiving.deposits(try PacketFolder.read(input, builder: PacketBuilder(renderer: renderer)), baggingDate: date))
                    } catch {
                        Console.report(error)
                        outcome.record(Exit.dataError)
                    }
                } else if exists, MeetingFile.isMeeting(input, maximumSize: renderer.options.maximumInput) {
                    addDataFiles()
                    do {
                        let packets = try await PacketBuilder(renderer: renderer).build(meetingFile: input, editions: [.intern, .offentlig])
                        add(packets.flatMap { Archiving.deposits($0, baggingDate: date) })
                    } catch {
                        Console.report(error)
                        outcome.record(Exit.dataError)
                    }
                } else {
                    dataFiles.append(input)
                }
            }
            addDataFiles()
            try outcome.finish()
        }

        private func describe(_ outcome: Archive.Outcome) -> String {
            switch outcome {
            case .added(let bag, let version): return "added \(archive)/\(bag) (version \(version))"
            case .unchanged(let bag): return "unchanged \(archive)/\(bag)"
            }
        }
    }

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Recompute every checksum and Payload-Oxum; report missing, altered and extra files (exit 65).",
            discussion: "Example:\n  committee-docs archive verify --archive arkiv"
        )

        @Option(name: .long, help: ArgumentHelp("The archive folder.", valueName: "DIR"))
        var archive: String

        @OptionGroup var language: LanguageOption

        func run() throws {
            guard FileManager.default.fileExists(atPath: archive + "/bags") else {
                Console.error(file: archive, ArchiveText.notAnArchive())
                throw Exit.noInput
            }
            let store = Archive(root: archive)
            let problems = store.verify()
            for problem in problems { Console.error(DiagnosticsText.severity().description + " " + problem.description) }
            for leftover in store.unfinished() {
                Console.note(ArchiveText.at(["path": "\(archive)/\(leftover)", "problem": ArchiveText.unfinishedBag()]))
            }
            if !problems.isEmpty { throw Exit.dataError }
            print("\(store.bags().count) bags verified")
        }
    }

    /// The filters `list` and `search` share.
    struct Filters: ParsableArguments {
        @Option(name: .long, help: ArgumentHelp("The archive folder.", valueName: "DIR"))
        var archive: String

        @Option(name: .long, help: "Only bags of this case number.")
        var sagsnr: String?

        @Option(name: .long, help: "Only bags of this document number.")
        var dokumentnr: String?

        @Option(name: .long, help: "Only bags for this committee (as in bag-info's Udvalg).")
        var udvalg: String?

        @Option(name: .long, help: ArgumentHelp("Only bags dated on or after DATE.", valueName: "DATE"))
        var from: String?

        @Option(name: .long, help: ArgumentHelp("Only bags dated on or before DATE.", valueName: "DATE"))
        var to: String?

        @Option(name: .long, help: ArgumentHelp("Words that must all occur in the document's text.", valueName: "WORDS"))
        var text: String?

        @Flag(name: .long, help: "Print JSON instead of one bag per line.")
        var json = false

        @OptionGroup var language: LanguageOption

        func validate() throws {
            for (name, value) in [("--from", from), ("--to", to)] {
                if let value, DanishDate(parsing: value) == nil {
                    throw ValidationError("\(name) \"\(value)\" is not a date (expected 2019-10-10)")
                }
            }
        }

        func run() throws {
            guard FileManager.default.fileExists(atPath: archive + "/index.sqlite") else {
                Console.error(file: archive, ArchiveText.noIndex(["archive": archive]))
                throw Exit.noInput
            }
            let query = ArchiveIndex.Query(sagsnr: sagsnr, dokumentnr: dokumentnr, udvalg: udvalg,
                                           from: from.flatMap(DanishDate.init(parsing:))?.iso,
                                           to: to.flatMap(DanishDate.init(parsing:))?.iso, text: text)
            let entries: [ArchiveIndex.Entry]
            do {
                entries = try ArchiveIndex(path: archive + "/index.sqlite", readOnly: true).search(query, root: archive)
            } catch {
                Console.error(file: archive + "/index.sqlite", .verbatim("\(error)"))
                throw Exit.dataError
            }
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                print(String(decoding: try encoder.encode(entries), as: UTF8.self))
            } else {
                for entry in entries {
                    print("\(entry.path)  \(entry.dato)  \(entry.udvalg)  v\(entry.version) \(entry.udgave)")
                }
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the archive's bags from its index, optionally filtered.",
            discussion: "Example:\n  committee-docs archive list --archive arkiv --sagsnr 2019-0412587"
        )
        @OptionGroup var filters: Filters
        func run() throws { try filters.run() }
    }

    struct Search: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Search the archive: by case, document, committee, dates and the documents' text.",
            discussion: """
            Examples:
              committee-docs archive search --archive arkiv --text "helhedsplan Solhaven"
              committee-docs archive search --archive arkiv --udvalg "Teknik- og Miljøudvalget" --from 2019-01-01 --json
            """
        )
        @OptionGroup var filters: Filters
        func run() throws { try filters.run() }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print a bag's bag-info.txt.",
            discussion: "Example:\n  committee-docs archive show --archive arkiv bags/2024-18822/2024-410065/v1-offentlig"
        )
        @Option(name: .long, help: ArgumentHelp("The archive folder.", valueName: "DIR"))
        var archive: String
        @Argument(help: ArgumentHelp("The bag, as list prints it.", valueName: "ID"))
        var id: String
        @OptionGroup var language: LanguageOption

        func run() throws {
            guard Archive(root: archive).bags().contains(id),
                  let info = FileManager.default.contents(atPath: archive + "/" + id + "/bag-info.txt") else {
                Console.error(file: archive, ArchiveText.noBag(["id": id]))
                throw Exit.noInput
            }
            FileHandle.standardOutput.write(info)
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Copy a bag out of the archive, unchanged.",
            discussion: "Example:\n  committee-docs archive export --archive arkiv bags/2024-18822/2024-410065/v1-offentlig --to udlån"
        )
        @Option(name: .long, help: ArgumentHelp("The archive folder.", valueName: "DIR"))
        var archive: String
        @Argument(help: ArgumentHelp("The bag, as list prints it.", valueName: "ID"))
        var id: String
        @Option(name: .long, help: ArgumentHelp("The folder to copy the bag into.", valueName: "DIR"))
        var to: String
        @OptionGroup var language: LanguageOption

        func run() throws {
            guard Archive(root: archive).bags().contains(id) else {
                Console.error(file: archive, ArchiveText.noBag(["id": id]))
                throw Exit.noInput
            }
            let target = to + "/" + id.split(separator: "/").joined(separator: "_")
            do {
                try FileManager.default.createDirectory(atPath: to, withIntermediateDirectories: true)
                try FileManager.default.copyItem(atPath: archive + "/" + id, toPath: target)
            } catch {
                Console.error(file: target, ArchiveText.cannotCopyBag(["reason": Message.verbatim(error.localizedDescription)]))
                throw Exit.cannotCreate
            }
            print(target)
        }
    }

    struct Reindex: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Build the index (index.sqlite) again from the bags alone.",
            discussion: "Example:\n  committee-docs archive reindex --archive arkiv"
        )
        @Option(name: .long, help: ArgumentHelp("The archive folder.", valueName: "DIR"))
        var archive: String

        @OptionGroup var language: LanguageOption

        func run() throws {
            do {
                let (count, setAside) = try Archive(root: archive).reindex()
                if let setAside {
                    Console.note(ArchiveText.indexSetAside(["index": archive + "/index.sqlite", "setAside": setAside]))
                }
                print("\(count) bags indexed")
            } catch {
                Console.error(error.description)
                throw Exit.cannotCreate
            }
        }
    }
}
