import CommitteeDocsConcurrency
import Crypto
import CommitteeDocsDiagnostics
import CommitteeDocsFileWriting
import CommitteeDocsFormatting
import Foundation
import CommitteeDocsModel
import Synchronization

/// An append-only archive of deposits as BagIt bags:
/// `ARCHIVE/bags/<sagsnr>/<dokumentnr>/v<N>-<edition>/`. Adding the same document with the same
/// content is a no-op; different content becomes version N+1, linked to N by `Previous-Version`.
/// Nothing is changed or deleted in place. Two processes adding at once take turns (a lock file).
public struct Archive: Sendable {
    public let root: String
    /// The index, opened once per `Archive` value (opening SQLite per add cost more than the add).
    private let indexBox = IndexBox()

    public init(root: String) {
        self.root = root
    }

    /// How many deposits one `add` call should take at most: one flush to disk covers them
    /// all, and a report for each waits for that flush.
    public static let groupSize = 64

    /// One thing to keep as a bag: where its versions live, its edition, files and metadata.
    public struct Deposit: Sendable {
        public var series: Series
        /// Editions are kept in separate bags.
        public var udgave: Udgave
        public var payload: [Bag.PayloadFile]
        /// Further bag-info fields (Udvalg, Mødedato, Punkt, KLE, Access …), in order.
        public var info: [(String, String)]
        public var baggingDate: DanishDate

        public init(series: Series, udgave: Udgave, payload: [Bag.PayloadFile], info: [(String, String)], baggingDate: DanishDate) {
            self.series = series
            self.udgave = udgave
            self.payload = payload
            self.info = info
            self.baggingDate = baggingDate
        }
    }

    /// The folder that holds the versions of one deposited thing, derived from typed identity.
    public enum Series: Hashable, Sendable {
        /// A document: `bags/<sagsnr>/<dokumentnr>`.
        case document(Sagsnummer, Dokumentnummer)
        /// A meeting packet's item: `bags/møder/<meeting>/<item>`, with the item's case and
        /// document, when it presents one.
        case meetingItem(MeetingID, item: String, sagsnr: Sagsnummer?, dokumentnr: Dokumentnummer?)
        /// A meeting's whole packet: `bags/møder/<meeting>/pakke`.
        case meetingPacket(MeetingID)

        /// The folder, relative to the archive.
        public var path: String {
            switch self {
            case .document(let sagsnr, let dokumentnr): return "bags/\(sagsnr)/\(dokumentnr)"
            case .meetingItem(let meeting, let item, _, _): return "bags/møder/\(meeting)/\(item)"
            case .meetingPacket(let meeting): return "bags/møder/\(meeting)/pakke"
            }
        }

        /// The case and document numbers bag-info records, when there are.
        var numbers: (sagsnr: Sagsnummer?, dokumentnr: Dokumentnummer?) {
            switch self {
            case .document(let sagsnr, let dokumentnr): return (sagsnr, dokumentnr)
            case .meetingItem(_, _, let sagsnr, let dokumentnr): return (sagsnr, dokumentnr)
            case .meetingPacket: return (nil, nil)
            }
        }
    }

    public enum Outcome: Equatable, Sendable {
        /// A new bag, its path relative to the archive and its version.
        case added(String, version: Int)
        /// The latest version already holds exactly this content.
        case unchanged(String)
    }

    /// Adds a deposit under the archive's lock.
    public func add(_ deposit: Deposit, generator: String) throws(Bag.Failure) -> Outcome {
        try add([deposit], generator: generator)[0].get()
    }

    /// Adds deposits together, under the archive's lock (group commit): every new bag is
    /// written into its temporary folder, the index learns of all of them (pending) in one
    /// transaction, one syncfs makes them all durable, each is renamed into place, and one
    /// transaction marks them done. Every outcome holds once this returns. A process killed at
    /// any moment leaves index and bags in agreement: a pending record counts exactly when its
    /// bag exists. Throws when the archive itself cannot be used (lock, index); a problem with
    /// one deposit is that deposit's result.
    public func add(_ deposits: [Deposit], generator: String) throws(Bag.Failure) -> [Result<Outcome, Bag.Failure>] {
        try withLock { () throws(Bag.Failure) -> [Result<Outcome, Bag.Failure>] in
            let index: ArchiveIndex
            do {
                index = try self.index()
                try index.settle(root: root)
            } catch {
                throw Bag.Failure(root + "/index.sqlite", ArchiveText.cannotOpenIndex(["reason": Message.verbatim("\(error)")]))
            }
            var results = [Result<Outcome, Bag.Failure>?](repeating: nil, count: deposits.count)
            // First, in order: which deposits are new versions, and their numbers.
            var planned: [Planned] = []
            var cleaned: Set<String> = []
            // Versions planned earlier in this group, by series and edition: (name, number, digest).
            var added: [String: (name: String, number: Int, digest: String)] = [:]
            for (position, deposit) in deposits.enumerated() {
                let folder = deposit.series.path
                // Names become folders: only a series below bags/.
                guard folder.hasPrefix("bags/"), FileSystem.staysInside(folder) else {
                    results[position] = .failure(Bag.Failure("\(root)/\(folder)", ArchiveText.notASeries()))
                    continue
                }
                if cleaned.insert(folder).inserted {
                    // Holding the lock, no other add is running: a temporary folder here is from a killed one.
                    for entry in sortedEntries(root + "/" + folder) where entry.hasPrefix(".") {
                        try? FileManager.default.removeItem(atPath: root + "/" + folder + "/" + entry)
                    }
                }
                let key = folder + "\u{0}" + deposit.udgave.rawValue
                // Each file is hashed once: for this comparison, the manifest and the index.
                let sums = Bag.sha256(of: deposit.payload)
                let digest = Self.payloadDigest(deposit.payload, sums: sums)
                let latest: (name: String, number: Int, digest: String?)?
                if let earlier = added[key] {
                    latest = (earlier.name, earlier.number, earlier.digest)
                } else if let onDisk = versions(in: folder, udgave: deposit.udgave).last {
                    latest = (onDisk.name, onDisk.number, manifestDigest(folder + "/" + onDisk.name))
                } else {
                    latest = nil
                }
                if let latest, latest.digest == digest {
                    results[position] = .success(.unchanged(folder + "/" + latest.name))
                    continue
                }
                let version = (latest?.number ?? 0) + 1
                let name = "v\(version)-\(deposit.udgave.rawValue)"
                let info = bagInfo(deposit, version: version, previous: latest.map { folder + "/" + $0.name }, generator: generator)
                do throws(Bag.Failure) {
                    try createFolder(root + "/" + folder)
                    planned.append(Planned(position: position, key: key, path: folder + "/" + name, version: version, info: info, sums: sums))
                    added[key] = (name, version, digest)
                } catch {
                    results[position] = .failure(error)
                }
            }
            // Then every new bag is written into its temporary folder, on all cores.
            let plans = planned
            let outcomes = orderedParallelMap(count: plans.count) { index in
                let plan = plans[index]
                let deposit = deposits[plan.position]
                return Result { () throws(Bag.Failure) -> (Bag.Staged, ArchiveIndex.Record) in
                    (try Bag.stage(deposit.payload, info: plan.info, to: root + "/" + plan.path, sha256: plan.sums),
                     record(deposit, path: plan.path, version: plan.version, info: plan.info, sums: plan.sums))
                }
            }
            var staged: [(position: Int, bag: Bag.Staged, version: Int, record: ArchiveIndex.Record)] = []
            var failedKeys: Set<String> = []
            for (plan, outcome) in zip(planned, outcomes) {
                switch outcome {
                case .success(let (bag, record)) where !failedKeys.contains(plan.key):
                    staged.append((plan.position, bag, plan.version, record))
                case .success(let (bag, _)):
                    // Its previous version, planned in this group, failed: the link would be wrong.
                    try? FileManager.default.removeItem(atPath: bag.temporary)
                    results[plan.position] = .failure(Bag.Failure("\(root)/\(plan.path)", ArchiveText.previousVersionFailed()))
                case .failure(let error):
                    failedKeys.insert(plan.key)
                    results[plan.position] = .failure(error)
                }
            }
            if !staged.isEmpty {
                CrashPoint.archiveStaged.reach()
                do {
                    try index.record(staged.map(\.record), pending: true)
                } catch {
                    for item in staged { try? FileManager.default.removeItem(atPath: item.bag.temporary) }
                    throw Bag.Failure(root + "/index.sqlite", ArchiveText.cannotRecordBags(["reason": Message.verbatim("\(error)")]))
                }
                CrashPoint.archivePending.reach()
                let failures = Bag.place(staged.map(\.bag))
                CrashPoint.archiveBeforeDone.reach()
                for (item, failure) in zip(staged, failures) {
                    results[item.position] = failure.map { .failure($0) } ?? .success(.added(item.record.entry.path, version: item.version))
                }
                // If this fails, the records count anyway: their bags exist.
                try? index.markDone(zip(staged, failures).filter { $0.1 == nil }.map(\.0.record.entry.path))
            }
            return results.map { $0! }
        }
    }

    /// A new version an add will write.
    private struct Planned: Sendable {
        var position: Int
        var key: String
        var path: String
        var version: Int
        var info: [(String, String)]
        /// The payload files' SHA-256, in payload order.
        var sums: [String]
    }

    /// bag-info.txt's fields after Payload-Oxum, in their order.
    private func bagInfo(_ deposit: Deposit, version: Int, previous: String?, generator: String) -> [(String, String)] {
        var info: [(String, String)] = [("Bagging-Date", deposit.baggingDate.iso)]
        let (sagsnr, dokumentnr) = deposit.series.numbers
        if let sagsnr { info.append(("Sagsnr", sagsnr.description)) }
        if let dokumentnr { info.append(("Dokumentnr", dokumentnr.description)) }
        info += deposit.info
        info += [("Edition", deposit.udgave.rawValue), ("Version", String(version))]
        if let previous { info.append(("Previous-Version", previous)) }
        if let source = deposit.payload.first(where: { $0.path.hasPrefix("kilde/") }) {
            info.append(("Source-SHA256", Bag.hex(SHA256.hash(data: source.bytes))))
        }
        info.append(("Generator", generator))
        return info
    }

    /// What the index keeps of a new bag: its metadata, its files' checksums and its text.
    private func record(_ deposit: Deposit, path: String, version: Int, info: [(String, String)],
                        sums: [String]) -> ArchiveIndex.Record {
        let (sagsnr, dokumentnr) = deposit.series.numbers
        let entry = ArchiveIndex.Entry(path: path, sagsnr: sagsnr?.description ?? "", dokumentnr: dokumentnr?.description ?? "",
                                       udvalg: value("Udvalg", info), dato: deposit.baggingDate.iso, udgave: deposit.udgave.rawValue,
                                       version: version, kle: info.first { $0.0 == "KLE" }?.1, access: value("Access", info),
                                       mødedato: info.first { $0.0 == "Mødedato" }?.1, punkt: info.first { $0.0 == "Punkt" }?.1)
        let files = zip(deposit.payload, sums).map { (path: "data/" + $0.0.path, sha256: $0.1) }
        return ArchiveIndex.Record(entry: entry, files: files, text: ArchiveIndex.searchableText(deposit.payload.map { ($0.path, $0.bytes) }))
    }

    private func value(_ key: String, _ info: [(String, String)]) -> String {
        info.first { $0.0 == key }?.1 ?? ""
    }

    /// Every bag of the archive (relative paths), in a stable order.
    public func bags() -> [String] {
        walk().bags
    }

    /// The archive's folders below `bags/`: a folder named like a version (`v3-offentlig`) is a
    /// bag, a hidden one an unfinished bag of an interrupted add, any other is a series to look in.
    private func walk() -> (bags: [String], unfinished: [String]) {
        var bags: [String] = []
        var unfinished: [String] = []
        func visit(_ folder: String, depth: Int) {
            for entry in sortedEntries(root + "/" + folder) {
                let path = folder + "/" + entry
                if entry.hasPrefix(".") {
                    unfinished.append(path)
                } else if Self.isVersionName(entry) {
                    bags.append(path)
                } else if depth < 6 {
                    visit(path, depth: depth + 1)
                }
            }
        }
        visit("bags", depth: 0)
        return (bags, unfinished)
    }

    /// `v<N>-<udgave>`.
    static func isVersionName(_ name: String) -> Bool {
        guard name.hasPrefix("v"), let dash = name.firstIndex(of: "-"),
              let number = Int(name[name.index(after: name.startIndex)..<dash]), number > 0 else { return false }
        return Udgave(rawValue: String(name[name.index(after: dash)...])) != nil
    }

    /// Every problem of every bag. Unfinished bags of interrupted adds are not bags and not
    /// problems: see `unfinished()`.
    public func verify() -> [Message] {
        let bags = bags()
        var problems = bags.flatMap { BagVerifier.problems(in: root + "/" + $0) }
        problems += indexProblems(bags)
        return problems
    }

    /// The index against the bags: every bag indexed with the same file checksums, nothing more.
    private func indexProblems(_ bags: [String]) -> [Message] {
        let indexFile = root + "/index.sqlite"
        guard FileManager.default.fileExists(atPath: indexFile) else {
            return bags.isEmpty ? [] : [ArchiveText.indexMissing(["index": indexFile])]
        }
        do {
            let index = try index()
            var problems: [Message] = []
            let indexed = Set(try index.search(.init(), root: root).map(\.path))
            for bag in bags where !indexed.contains(bag) {
                problems.append(ArchiveText.bagNotIndexed(["bag": "\(root)/\(bag)"]))
            }
            for path in indexed.subtracting(bags).sorted() {
                problems.append(ArchiveText.indexListsMissingBag(["index": indexFile, "bag": path]))
            }
            for bag in bags where indexed.contains(bag) {
                let manifest = FileManager.default.contents(atPath: root + "/" + bag + "/manifest-sha256.txt").map {
                    Dictionary(BagVerifier.parse([UInt8]($0)).map { ($0.path, $0.checksum) }, uniquingKeysWith: { first, _ in first })
                } ?? [:]
                if try index.files(of: bag) != manifest {
                    problems.append(ArchiveText.indexChecksumsDiffer(["index": indexFile, "bag": bag]))
                }
                // Everything else the index says of the bag, against what the bag says of itself.
                guard let truth = ArchiveIndex.reading(bag: bag, in: root), let entry = try index.entry(of: bag) else { continue }
                let differences = Self.differences(entry, truth.entry)
                if !differences.isEmpty {
                    problems.append(ArchiveText.indexRecordDiffers(["index": indexFile, "bag": bag, "fields": Message.joined(differences, separator: ", ")]))
                }
                if try index.text(of: bag) != truth.text {
                    problems.append(ArchiveText.indexTextDiffers(["index": indexFile, "bag": bag]))
                }
            }
            return problems
        } catch {
            return [ArchiveText.indexUnreadable(["index": indexFile, "reason": Message.verbatim("\(error)")])]
        }
    }

    /// The fields in which an index record differs from the record read from the bag.
    private static func differences(_ indexed: ArchiveIndex.Entry, _ bag: ArchiveIndex.Entry) -> [Message] {
        let fields: [(String, String?, String?)] = [
            ("sagsnr", indexed.sagsnr, bag.sagsnr), ("dokumentnr", indexed.dokumentnr, bag.dokumentnr),
            ("udvalg", indexed.udvalg, bag.udvalg), ("dato", indexed.dato, bag.dato), ("edition", indexed.udgave, bag.udgave),
            ("version", String(indexed.version), String(bag.version)), ("kle", indexed.kle, bag.kle),
            ("access", indexed.access, bag.access), ("mødedato", indexed.mødedato, bag.mødedato), ("punkt", indexed.punkt, bag.punkt),
        ]
        return fields.filter { $0.1 != $0.2 }.map {
            ArchiveText.fieldDiffers(["field": $0.0, "indexed": quoted($0.1), "bag": quoted($0.2)])
        }
    }

    private static func quoted(_ value: String?) -> any MessageArgument {
        value.map { "\"\($0)\"" } ?? DiagnosticsText.none()
    }

    /// The archive's index (created when missing), opened once.
    public func index() throws -> ArchiveIndex {
        try indexBox.open(root + "/index.sqlite")
    }

    /// Builds the index again from the bags alone, under the archive's lock, whatever state the
    /// index file is in: one that cannot be opened or rebuilt in place is set aside as
    /// `index.sqlite.beskadiget` (replacing an earlier one) and a new index is made.
    public func reindex() throws(Bag.Failure) -> (count: Int, setAside: String?) {
        try withLock { () throws(Bag.Failure) -> (count: Int, setAside: String?) in
            do {
                let index = try index()
                try index.rebuild(from: self)
                return (try index.count(), nil)
            } catch {
                indexBox.close()
            }
            let path = root + "/index.sqlite"
            let aside = path + ".beskadiget"
            do {
                try? FileManager.default.removeItem(atPath: aside)
                try FileManager.default.moveItem(atPath: path, toPath: aside)
                // The set-aside file's journal would be read as the new file's.
                for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
                let index = try index()
                try index.rebuild(from: self)
                return (try index.count(), aside)
            } catch {
                throw Bag.Failure(path, ArchiveText.cannotRebuildIndex(["reason": Message.verbatim("\(error)")]))
            }
        }
    }

    /// Temporary folders a killed `add` left behind (relative paths); never counted as bags, and
    /// removed by the next `add` to the same document.
    public func unfinished() -> [String] {
        walk().unfinished
    }

    // MARK: - Versions

    private func versions(in folder: String, udgave: Udgave) -> [(name: String, number: Int)] {
        let suffix = "-" + udgave.rawValue
        return sortedEntries(root + "/" + folder).compactMap { name -> (String, Int)? in
            guard name.hasPrefix("v"), name.hasSuffix(suffix),
                  let number = Int(name.dropFirst().dropLast(suffix.count)) else { return nil }
            return (name, number)
        }.sorted { $0.1 < $1.1 }
    }

    /// What identifies a bag's content: the SHA-256 of its payload manifest.
    private func manifestDigest(_ bag: String) -> String? {
        FileManager.default.contents(atPath: root + "/" + bag + "/manifest-sha256.txt").map { Bag.hex(SHA256.hash(data: $0)) }
    }

    static func payloadDigest(_ payload: [Bag.PayloadFile], sums: [String]) -> String {
        Bag.hex(SHA256.hash(data: Array(Bag.sha256Manifest(payload, sums: sums).utf8)))
    }

    // MARK: - Files

    private func sortedEntries(_ path: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
    }

    private func createFolder(_ path: String) throws(Bag.Failure) {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw Bag.Failure(path, ArchiveText.cannotCreateFolder(["reason": Message.verbatim(error.localizedDescription)]))
        }
    }

    /// Runs `body` holding an exclusive lock on `ARCHIVE/.lock`; a second process waits.
    private func withLock<T>(_ body: () throws(Bag.Failure) -> T) throws(Bag.Failure) -> T {
        try createFolder(root)
        let descriptor = open(root + "/.lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Bag.Failure(root + "/.lock", ArchiveText.cannotOpenLock(["reason": Message.verbatim(String(cString: strerror(errno)))])) }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0 {
            if errno != EINTR { throw Bag.Failure(root + "/.lock", ArchiveText.cannotLock(["reason": Message.verbatim(String(cString: strerror(errno)))])) }
        }
        defer { flock(descriptor, LOCK_UN) }
        return try body()
    }
}

extension Archive {
    /// The SHA-256 of `bytes` (for callers without a crypto library of their own).
    public static func sha256(_ bytes: [UInt8]) -> [UInt8] {
        Array(SHA256.hash(data: bytes))
    }
}

/// Holds an archive's open index; thread-safe.
private final class IndexBox: Sendable {
    private let state = Mutex<(index: ArchiveIndex?, path: String?)>((nil, nil))

    /// Forgets the open index (its connection closes), so the next `open` opens the file anew.
    func close() {
        state.withLock { state in
            try? state.index?.queue.close()
            state.index = nil
        }
    }

    func open(_ path: String) throws -> ArchiveIndex {
        try state.withLock { state in
            // A removed index file (the user deleted it to rebuild) is opened anew.
            if let index = state.index, state.path == path, FileManager.default.fileExists(atPath: path) { return index }
            let opened = try ArchiveIndex(path: path)
            state = (opened, path)
            return opened
        }
    }
}
