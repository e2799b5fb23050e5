import Archive
import ArgumentParser
import Foundation
import Formatting
import Rendering

struct ArchiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "archive",
        abstract: "Keep rendered documents as BagIt bags: append-only, versioned, verifiable.",
        discussion: """
        The archive is a folder of BagIt bags (RFC 8493): bags/<sagsnr>/<dokumentnr>/v<N>-<edition>/, \\
        each with the document's XHTML, Markdown and text, its source data file, SHA-256 and \\
        SHA-512 manifests and bag-info.txt. Nothing is ever changed or deleted in place.
        """,
        subcommands: [Add.self, Verify.self, List.self, Search.self, Show.self, Export.self, Reindex.self]
    )

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Render data files and store each document as a bag (a new version when it changed).",
            discussion: """
            Adding a document whose content is already the latest version does nothing and says \\
            "unchanged"; different content becomes the next version, linked to the previous one. \\
            Open documents go into "offentlig" bags, closed ones into "intern" bags. Bagging-Date \\
            is --bagging-date, or else the document's own date, so the same inputs give the same bags.

            Examples:
              committee-docs archive add --archive arkiv samples/notat-kort.yaml
              committee-docs archive add --archive arkiv samples/plan-*.yaml --bagging-date 2020-01-15
            """
        )

        @Option(name: .long, help: ArgumentHelp("The archive folder.", valueName: "DIR"))
        var archive: String

        @Option(name: .long, help: ArgumentHelp("Bagging-Date for every bag (default: each document's date).", valueName: "DATE"))
        var baggingDate: String?

        @Argument(help: ArgumentHelp("Memo or plan files (YAML or JSON).", valueName: "FILE"))
        var files: [String]

        @OptionGroup var pipeline: PipelineOptions

        func validate() throws {
            if let baggingDate, DanishDate(parsing: baggingDate) == nil {
                throw ValidationError("--bagging-date \"\(baggingDate)\" is not a date (expected 2020-01-15)")
            }
        }

        func run() throws {
            let renderer = try pipeline.makeRenderer()
            let store = Archive(root: archive)
            var outcome = Outcome()
            // Documents are added in groups: one flush to disk makes a whole group durable.
            var group: [Archive.Submission] = []
            func addGroup(_ outcome: inout Outcome) {
                defer { group.removeAll(keepingCapacity: true) }
                guard !group.isEmpty else { return }
                do throws(Bag.Failure) {
                    for result in try store.add(group, generator: "committee-docs \(generatorVersion)") {
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
            }
            outcome.forEachRendered(files, with: renderer) { path, documents, outcome in
                let source = [UInt8](FileManager.default.contents(atPath: path) ?? Data())
                for document in documents {
                    group.append(submission(document, source: source, sourceName: path))
                }
                if group.count >= Archive.groupSize { addGroup(&outcome) }
            }
            addGroup(&outcome)
            try outcome.finish()
        }

        private func submission(_ document: RenderedDocument, source: [UInt8], sourceName: String) -> Archive.Submission {
            let parts = document.basePath.split(separator: "/")
            let sagsnr = String(parts[0])
            let name = String(parts[1])  // <dokumentnr>-<kind>
            let dokumentnr = name.split(separator: "-").prefix(2).joined(separator: "-")
            var payload = document.files.map { Bag.PayloadFile(path: name + "." + $0.format.fileExtension, bytes: Array($0.contents.utf8)) }
            payload.append(Bag.PayloadFile(path: "kilde/" + (sourceName as NSString).lastPathComponent, bytes: source))
            let facts = document.facts
            var info: [(String, String)] = [("Udvalg", facts?.til ?? "")]
            if let kle = facts?.kle { info.append(("KLE", kle)) }
            info.append(("Access", facts?.adgang ?? "åben"))
            let date = baggingDate.flatMap(DanishDate.init(parsing:))?.iso ?? facts?.dato ?? "1970-01-01"
            return Archive.Submission(sagsnr: sagsnr, dokumentnr: dokumentnr,
                                      edition: facts?.adgang == "lukket" ? "intern" : "offentlig",
                                      payload: payload, info: info, baggingDate: date)
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

        func run() throws {
            guard FileManager.default.fileExists(atPath: archive + "/bags") else {
                Console.error("\(archive): error: not an archive (no bags folder)")
                throw Exit.noInput
            }
            let store = Archive(root: archive)
            let problems = store.verify()
            for problem in problems { Console.error("error: " + problem) }
            for leftover in store.unfinished() {
                Console.error("note: \(archive)/\(leftover): an unfinished bag of an interrupted add; not part of the archive (the next add of that document removes it)")
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

        func validate() throws {
            for (name, value) in [("--from", from), ("--to", to)] {
                if let value, DanishDate(parsing: value) == nil {
                    throw ValidationError("\(name) \"\(value)\" is not a date (expected 2019-10-10)")
                }
            }
        }

        func run() throws {
            let store = Archive(root: archive)
            guard FileManager.default.fileExists(atPath: archive + "/index.sqlite") else {
                Console.error("\(archive): error: no index (index.sqlite); run `committee-docs archive reindex --archive \(archive)`")
                throw Exit.noInput
            }
            let query = ArchiveIndex.Query(sagsnr: sagsnr, dokumentnr: dokumentnr, udvalg: udvalg,
                                           from: from.flatMap(DanishDate.init(parsing:))?.iso,
                                           to: to.flatMap(DanishDate.init(parsing:))?.iso, text: text)
            let entries: [ArchiveIndex.Entry]
            do {
                entries = try store.index().search(query, root: archive)
            } catch {
                Console.error("\(archive)/index.sqlite: error: \(error)")
                throw Exit.dataError
            }
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                print(String(decoding: try encoder.encode(entries), as: UTF8.self))
            } else {
                for entry in entries {
                    print("\(entry.path)  \(entry.dato)  \(entry.udvalg)  v\(entry.version) \(entry.edition)")
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

        func run() throws {
            guard Archive(root: archive).bags().contains(id),
                  let info = FileManager.default.contents(atPath: archive + "/" + id + "/bag-info.txt") else {
                Console.error("\(archive): error: no bag \(id)")
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

        func run() throws {
            guard Archive(root: archive).bags().contains(id) else {
                Console.error("\(archive): error: no bag \(id)")
                throw Exit.noInput
            }
            let target = to + "/" + id.split(separator: "/").joined(separator: "_")
            do {
                try FileManager.default.createDirectory(atPath: to, withIntermediateDirectories: true)
                try FileManager.default.copyItem(atPath: archive + "/" + id, toPath: target)
            } catch {
                Console.error("\(target): error: cannot copy the bag (\(error.localizedDescription))")
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

        func run() throws {
            do {
                print("\(try Archive(root: archive).reindex()) bags indexed")
            } catch {
                Console.error(error.description)
                throw Exit.cannotCreate
            }
        }
    }
}
