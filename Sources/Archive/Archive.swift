import Crypto
import Foundation

/// An append-only archive of submissions as BagIt bags:
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

    /// One document to keep: its identifiers, files and metadata.
    public struct Submission: Sendable {
        public var sagsnr: String
        public var dokumentnr: String
        /// `offentlig` or `intern`: editions are kept in separate bags.
        public var edition: String
        public var payload: [Bag.PayloadFile]
        /// Further bag-info fields (Udvalg, Mødedato, Punkt, KLE, Access …), in order.
        public var info: [(String, String)]
        public var baggingDate: String

        public init(sagsnr: String, dokumentnr: String, edition: String, payload: [Bag.PayloadFile],
                    info: [(String, String)], baggingDate: String) {
            self.sagsnr = sagsnr
            self.dokumentnr = dokumentnr
            self.edition = edition
            self.payload = payload
            self.info = info
            self.baggingDate = baggingDate
        }
    }

    public enum Outcome: Equatable, Sendable {
        /// A new bag, its path relative to the archive and its version.
        case added(String, version: Int)
        /// The latest version already holds exactly this content.
        case unchanged(String)
    }

    /// Adds a submission under the archive's lock.
    public func add(_ submission: Submission, generator: String) throws(Bag.Failure) -> Outcome {
        try withLock { () throws(Bag.Failure) -> Outcome in
            let folder = "bags/\(submission.sagsnr)/\(submission.dokumentnr)"
            let index: ArchiveIndex
            do {
                index = try self.index()
                try index.settle(root: root)
            } catch {
                throw Bag.Failure(description: "\(root)/index.sqlite: cannot open the index (\(error))")
            }
            // Holding the lock, no other add is running: a temporary folder here is from a killed one.
            for entry in sortedEntries(root + "/" + folder) where entry.hasPrefix(".") {
                try? FileManager.default.removeItem(atPath: root + "/" + folder + "/" + entry)
            }
            let versions = self.versions(in: folder, edition: submission.edition)
            let digest = Self.payloadDigest(submission.payload)
            if let latest = versions.last, manifestDigest(folder + "/" + latest.name) == digest {
                return .unchanged(folder + "/" + latest.name)
            }
            let version = (versions.last?.number ?? 0) + 1
            let name = "v\(version)-\(submission.edition)"
            var info: [(String, String)] = [("Bagging-Date", submission.baggingDate), ("Sagsnr", submission.sagsnr),
                                            ("Dokumentnr", submission.dokumentnr)]
            info += submission.info
            info += [("Edition", submission.edition), ("Version", String(version))]
            if let previous = versions.last { info.append(("Previous-Version", folder + "/" + previous.name)) }
            if let source = submission.payload.first(where: { $0.path.hasPrefix("kilde/") }) {
                info.append(("Source-SHA256", Bag.hex(SHA256.hash(data: source.bytes))))
            }
            info.append(("Generator", generator))
            try createFolder(root + "/" + folder)
            // The index learns of the bag first (pending), then the bag is renamed into place, then
            // the record is marked done: a process killed at any moment leaves index and bags in
            // agreement (a pending record counts exactly when its bag exists).
            let path = folder + "/" + name
            let entry = ArchiveIndex.Entry(path: path, sagsnr: submission.sagsnr, dokumentnr: submission.dokumentnr,
                                           udvalg: value("Udvalg", info), dato: submission.baggingDate, edition: submission.edition,
                                           version: version, kle: info.first { $0.0 == "KLE" }?.1, access: value("Access", info))
            let files = submission.payload.map { (path: "data/" + $0.path, sha256: Bag.hex(SHA256.hash(data: $0.bytes))) }
            let text = submission.payload.filter { $0.path.hasSuffix(".txt") && !$0.path.hasPrefix("kilde/") }
                .map { String(decoding: $0.bytes, as: UTF8.self) }.joined(separator: "\n")
            do {
                try index.record(entry, files: files, text: text, pending: true)
            } catch {
                throw Bag.Failure(description: "\(root)/index.sqlite: cannot record \(path) (\(error))")
            }
            try Bag.write(submission.payload, info: info, to: root + "/" + path)
            try? index.markDone(path)  // if this fails, the record counts anyway: its bag exists
            return .added(path, version: version)
        }
    }

    private func value(_ key: String, _ info: [(String, String)]) -> String {
        info.first { $0.0 == key }?.1 ?? ""
    }

    /// Every bag of the archive (relative paths), in a stable order.
    public func bags() -> [String] {
        var found: [String] = []
        let base = root + "/bags"
        for sagsnr in sortedEntries(base) {
            for dokumentnr in sortedEntries(base + "/" + sagsnr) {
                for bag in sortedEntries(base + "/" + sagsnr + "/" + dokumentnr) where !bag.hasPrefix(".") {
                    found.append("bags/\(sagsnr)/\(dokumentnr)/\(bag)")
                }
            }
        }
        return found
    }

    /// Every problem of every bag. Unfinished bags of interrupted adds are not bags and not
    /// problems: see `unfinished()`.
    public func verify() -> [String] {
        let bags = bags()
        var problems = bags.flatMap { BagVerifier.problems(in: root + "/" + $0) }
        problems += indexProblems(bags)
        return problems
    }

    /// The index against the bags: every bag indexed with the same file checksums, nothing more.
    private func indexProblems(_ bags: [String]) -> [String] {
        guard FileManager.default.fileExists(atPath: root + "/index.sqlite") else {
            return bags.isEmpty ? [] : ["\(root)/index.sqlite is missing; run `committee-docs archive reindex`"]
        }
        do {
            let index = try index()
            var problems: [String] = []
            let indexed = Set(try index.search(.init(), root: root).map(\.path))
            for bag in bags where !indexed.contains(bag) {
                problems.append("\(root)/\(bag) is not in the index; run `committee-docs archive reindex`")
            }
            for path in indexed.subtracting(bags).sorted() {
                problems.append("\(root)/index.sqlite lists \(path), which is not in the archive")
            }
            for bag in bags where indexed.contains(bag) {
                let manifest = FileManager.default.contents(atPath: root + "/" + bag + "/manifest-sha256.txt").map {
                    Dictionary(BagVerifier.parse([UInt8]($0)).map { ($0.path, $0.checksum) }, uniquingKeysWith: { first, _ in first })
                } ?? [:]
                if try index.files(of: bag) != manifest {
                    problems.append("\(root)/index.sqlite: the checksums of \(bag) differ from its manifest")
                }
            }
            return problems
        } catch {
            return ["\(root)/index.sqlite cannot be read (\(error)); run `committee-docs archive reindex`"]
        }
    }

    /// The archive's index (created when missing), opened once.
    public func index() throws -> ArchiveIndex {
        try indexBox.open(root + "/index.sqlite")
    }

    /// Builds the index again from the bags alone, under the archive's lock.
    public func reindex() throws(Bag.Failure) -> Int {
        try withLock { () throws(Bag.Failure) -> Int in
            do {
                let index = try index()
                try index.rebuild(from: self)
                return try index.count()
            } catch {
                throw Bag.Failure(description: "\(root)/index.sqlite: cannot rebuild the index (\(error))")
            }
        }
    }

    /// Temporary folders a killed `add` left behind (relative paths); never counted as bags, and
    /// removed by the next `add` to the same document.
    public func unfinished() -> [String] {
        var found: [String] = []
        let base = root + "/bags"
        for sagsnr in sortedEntries(base) {
            for dokumentnr in sortedEntries(base + "/" + sagsnr) {
                for entry in sortedEntries(base + "/" + sagsnr + "/" + dokumentnr) where entry.hasPrefix(".") {
                    found.append("bags/\(sagsnr)/\(dokumentnr)/\(entry)")
                }
            }
        }
        return found
    }

    // MARK: - Versions

    private func versions(in folder: String, edition: String) -> [(name: String, number: Int)] {
        sortedEntries(root + "/" + folder).compactMap { name -> (String, Int)? in
            guard name.hasPrefix("v"), name.hasSuffix("-" + edition),
                  let number = Int(name.dropFirst().dropLast(edition.count + 1)) else { return nil }
            return (name, number)
        }.sorted { $0.1 < $1.1 }
    }

    /// What identifies a bag's content: the SHA-256 of its payload manifest.
    private func manifestDigest(_ bag: String) -> String? {
        FileManager.default.contents(atPath: root + "/" + bag + "/manifest-sha256.txt").map { Bag.hex(SHA256.hash(data: $0)) }
    }

    static func payloadDigest(_ payload: [Bag.PayloadFile]) -> String {
        let manifest = payload.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
            .map { Bag.hex(SHA256.hash(data: $0.bytes)) + "  data/" + Bag.encodePath($0.path) + "\n" }.joined()
        return Bag.hex(SHA256.hash(data: Array(manifest.utf8)))
    }

    // MARK: - Files

    private func sortedEntries(_ path: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
    }

    private func createFolder(_ path: String) throws(Bag.Failure) {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw Bag.Failure(description: "\(path): cannot create the folder: \(error.localizedDescription)")
        }
    }

    /// Runs `body` holding an exclusive lock on `ARCHIVE/.lock`; a second process waits.
    private func withLock<T>(_ body: () throws(Bag.Failure) -> T) throws(Bag.Failure) -> T {
        try createFolder(root)
        let descriptor = open(root + "/.lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Bag.Failure(description: "\(root)/.lock: cannot open: \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0 {
            if errno != EINTR { throw Bag.Failure(description: "\(root)/.lock: cannot lock: \(String(cString: strerror(errno)))") }
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
private final class IndexBox: @unchecked Sendable {
    private let lock = NSLock()
    private var index: ArchiveIndex?
    private var path: String?

    func open(_ path: String) throws -> ArchiveIndex {
        lock.lock()
        defer { lock.unlock() }
        // A removed index file (the user deleted it to rebuild) is opened anew.
        if let index, self.path == path, FileManager.default.fileExists(atPath: path) { return index }
        let opened = try ArchiveIndex(path: path)
        index = opened
        self.path = path
        return opened
    }
}
