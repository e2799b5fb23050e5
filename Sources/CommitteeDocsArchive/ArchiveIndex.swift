import Foundation
import GRDB

/// The archive's index: an SQLite database (`ARCHIVE/index.sqlite`) with every bag's metadata
/// and file checksums, and the documents' text for full-text search (FTS5). The bags are the
/// truth: `rebuild(from:)` makes the index again from them alone.
public final class ArchiveIndex: @unchecked Sendable {
    public let queue: DatabaseQueue

    /// One bag as the index knows it.
    public struct Entry: Codable, Equatable, Sendable, FetchableRecord, PersistableRecord {
        public static let databaseTableName = "bags"
        public var path: String
        public var sagsnr: String
        public var dokumentnr: String
        public var udvalg: String
        public var dato: String
        public var udgave: String
        public var version: Int
        public var kle: String?
        public var access: String
        /// For a meeting's bags: the meeting's date (ISO) and, for an item, its place on the agenda.
        public var mødedato: String?
        public var punkt: String?

        /// The columns: as the properties, but the edition's column keeps its name from before
        /// (`edition`), so that an existing index needs no migration.
        enum CodingKeys: String, CodingKey {
            case path, sagsnr, dokumentnr, udvalg, dato, udgave = "edition", version, kle, access, mødedato, punkt
        }

        public init(path: String, sagsnr: String, dokumentnr: String, udvalg: String, dato: String, udgave: String,
                    version: Int, kle: String?, access: String, mødedato: String? = nil, punkt: String? = nil) {
            self.path = path
            self.sagsnr = sagsnr
            self.dokumentnr = dokumentnr
            self.udvalg = udvalg
            self.dato = dato
            self.udgave = udgave
            self.version = version
            self.kle = kle
            self.access = access
            self.mødedato = mødedato
            self.punkt = punkt
        }
    }

    /// What the index keeps of one bag.
    public struct Record: Sendable {
        public var entry: Entry
        public var files: [(path: String, sha256: String)]
        public var text: String

        public init(entry: Entry, files: [(path: String, sha256: String)], text: String) {
            self.entry = entry
            self.files = files
            self.text = text
        }
    }

    /// The text full-text search sees: the rendered text files of the payload (not the sources),
    /// in the byte order of their paths, as a bag's manifest lists them (so an add and a reindex
    /// record the same text).
    static func searchableText(_ payload: [(path: String, bytes: [UInt8])]) -> String {
        payload.filter { $0.path.hasSuffix(".txt") && !$0.path.hasPrefix("kilde/") }
            .sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
            .map { String(decoding: $0.bytes, as: UTF8.self) }.joined(separator: "\n")
    }

    /// Search criteria; nil matches everything.
    public struct Query: Sendable {
        public var sagsnr: String?
        public var dokumentnr: String?
        public var udvalg: String?
        /// ISO dates, both included.
        public var from: String?
        public var to: String?
        /// Words that must all occur in the document's text.
        public var text: String?

        public init(sagsnr: String? = nil, dokumentnr: String? = nil, udvalg: String? = nil, from: String? = nil,
                    to: String? = nil, text: String? = nil) {
            self.sagsnr = sagsnr
            self.dokumentnr = dokumentnr
            self.udvalg = udvalg
            self.from = from
            self.to = to
            self.text = text
        }
    }

    /// Opens the index at `path`, creating or upgrading it when needed. `readOnly` opens an
    /// index that is up to date for reading only (what list and search need: no lock, no write),
    /// and falls back to a normal opening, which upgrades it, when it is not.
    public init(path: String, readOnly: Bool = false) throws {
        if readOnly, FileManager.default.fileExists(atPath: path) {
            var configuration = Self.configuration
            configuration.readonly = true
            let reader = try DatabaseQueue(path: path, configuration: configuration)
            if try reader.read({ db in try Self.migrator.hasCompletedMigrations(db) }) {
                queue = reader
                return
            }
        }
        // WAL with normal syncing: a commit is atomic but not flushed at once. The index can lag
        // the bags after a power loss, never contradict them: pending records, `verify` and
        // `reindex` cover that, and the bags themselves are flushed before an add returns.
        var configuration = Self.configuration
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        queue = try DatabaseQueue(path: path, configuration: configuration)
        try queue.writeWithoutTransaction { db in
            _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
        }
        try Self.migrator.migrate(queue)
    }

    /// Adds take turns on the archive's lock file, but SQLite also locks the file on its own
    /// when a connection closes (the last one checkpoints the write-ahead log) or a reader
    /// starts: a connection waits for such a lock instead of failing with "database is locked".
    private static var configuration: Configuration {
        var configuration = Configuration()
        configuration.busyMode = .timeout(30)
        return configuration
    }

    /// The index's tables, version by version.
    private static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE bags (
                    path TEXT PRIMARY KEY, sagsnr TEXT NOT NULL, dokumentnr TEXT NOT NULL, udvalg TEXT NOT NULL,
                    dato TEXT NOT NULL, edition TEXT NOT NULL, version INTEGER NOT NULL, kle TEXT, access TEXT NOT NULL,
                    pending INTEGER NOT NULL DEFAULT 0);
                CREATE INDEX bags_sagsnr ON bags(sagsnr);
                CREATE INDEX bags_dokumentnr ON bags(dokumentnr);
                CREATE INDEX bags_dato ON bags(dato);
                CREATE TABLE files (bag TEXT NOT NULL REFERENCES bags(path), path TEXT NOT NULL, sha256 TEXT NOT NULL,
                    PRIMARY KEY (bag, path));
                CREATE VIRTUAL TABLE texts USING fts5(bag UNINDEXED, text, tokenize = 'unicode61');
                """)
        }
        migrator.registerMigration("v2: meetings") { db in
            try db.execute(sql: """
                ALTER TABLE bags ADD COLUMN "mødedato" TEXT;
                ALTER TABLE bags ADD COLUMN punkt TEXT;
                CREATE INDEX bags_pending ON bags(pending) WHERE pending = 1;
                """)
        }
        return migrator
    }()

    /// Records bags, their files and their text, in one transaction. A `pending` record is made
    /// before the bag is renamed into place and marked done after; a record still pending whose
    /// bag exists is complete, one whose bag does not exist is from a killed add and ignored.
    public func record(_ records: [Record], pending: Bool = false) throws {
        try queue.write { db in
            for record in records {
                let entry = record.entry
                // A bag's path is recorded once, but a record may be made again (reindex):
                // the old one goes first. (The text table is only searched by a full scan.)
                if try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM bags WHERE path = ?"), arguments: [entry.path]) != nil {
                    try db.execute(sql: "DELETE FROM files WHERE bag = ?", arguments: [entry.path])
                    try db.execute(sql: "DELETE FROM texts WHERE bag = ?", arguments: [entry.path])
                }
                try entry.insert(db, onConflict: .replace)
                try db.cachedStatement(sql: "UPDATE bags SET pending = ? WHERE path = ?").execute(arguments: [pending, entry.path])
                let insertFile = try db.cachedStatement(sql: "INSERT INTO files (bag, path, sha256) VALUES (?, ?, ?)")
                for file in record.files {
                    try insertFile.execute(arguments: [entry.path, file.path, file.sha256])
                }
                try db.cachedStatement(sql: "INSERT INTO texts (bag, text) VALUES (?, ?)").execute(arguments: [entry.path, record.text])
            }
        }
    }

    /// Marks pending records done, in one transaction.
    public func markDone(_ paths: [String]) throws {
        guard !paths.isEmpty else { return }
        try queue.write { db in
            let statement = try db.cachedStatement(sql: "UPDATE bags SET pending = 0 WHERE path = ?")
            for path in paths { try statement.execute(arguments: [path]) }
        }
    }

    /// Settles what killed adds left (call holding the archive's lock): pending records whose bag
    /// exists are done, the others are removed.
    public func settle(root: String) throws {
        let pending = try queue.read { db in try String.fetchAll(db, sql: "SELECT path FROM bags WHERE pending = 1") }
        guard !pending.isEmpty else { return }
        try queue.write { db in
            for path in pending {
                if FileManager.default.fileExists(atPath: root + "/" + path + "/bagit.txt") {
                    try db.execute(sql: "UPDATE bags SET pending = 0 WHERE path = ?", arguments: [path])
                } else {
                    try db.execute(sql: "DELETE FROM texts WHERE bag = ?", arguments: [path])
                    try db.execute(sql: "DELETE FROM files WHERE bag = ?", arguments: [path])
                    try db.execute(sql: "DELETE FROM bags WHERE path = ?", arguments: [path])
                }
            }
        }
    }

    /// The bags matching `query`, by date, case and path. `root` lets a record still pending
    /// count when its bag is in place.
    public func search(_ query: Query, root: String? = nil) throws -> [Entry] {
        var conditions: [String] = []
        var arguments: [DatabaseValueConvertible?] = []
        if let sagsnr = query.sagsnr { conditions.append("sagsnr = ?"); arguments.append(sagsnr) }
        if let dokumentnr = query.dokumentnr { conditions.append("dokumentnr = ?"); arguments.append(dokumentnr) }
        if let udvalg = query.udvalg { conditions.append("udvalg = ?"); arguments.append(udvalg) }
        if let from = query.from { conditions.append("dato >= ?"); arguments.append(from) }
        if let to = query.to { conditions.append("dato <= ?"); arguments.append(to) }
        if let text = query.text {
            // Each word as a quoted FTS5 string: the user's words are never FTS5 syntax.
            let words = text.split(whereSeparator: \.isWhitespace).map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
            if !words.isEmpty {
                conditions.append("path IN (SELECT bag FROM texts WHERE texts MATCH ?)")
                arguments.append(words.joined(separator: " "))
            }
        }
        let filter = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        let rows = try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM bags\(filter) ORDER BY dato, sagsnr, path",
                             arguments: StatementArguments(arguments)!)
        }
        return rows.compactMap { row -> Entry? in
            let pending: Bool = row["pending"]
            let path: String = row["path"]
            if pending, !(root.map { FileManager.default.fileExists(atPath: $0 + "/" + path + "/bagit.txt") } ?? false) { return nil }
            return Entry(path: path, sagsnr: row["sagsnr"], dokumentnr: row["dokumentnr"], udvalg: row["udvalg"], dato: row["dato"],
                         udgave: row["edition"], version: row["version"], kle: row["kle"], access: row["access"],
                         mødedato: row["mødedato"], punkt: row["punkt"])
        }
    }

    /// The files the index holds for `bag`, with their SHA-256.
    public func files(of bag: String) throws -> [String: String] {
        try queue.read { db in
            var result: [String: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT path, sha256 FROM files WHERE bag = ?", arguments: [bag]) {
                result[row["path"]] = row["sha256"]
            }
            return result
        }
    }

    /// The record the index holds for `bag`, if any.
    public func entry(of bag: String) throws -> Entry? {
        try queue.read { db in try Entry.fetchOne(db, key: bag) }
    }

    /// The searchable text the index holds for `bag`.
    public func text(of bag: String) throws -> String? {
        try queue.read { db in try String.fetchOne(db, sql: "SELECT text FROM texts WHERE bag = ?", arguments: [bag]) }
    }

    public func count() throws -> Int {
        try queue.read { db in try Entry.fetchCount(db) }
    }

    /// Empties the index and records every bag of `archive` again, from the bags alone.
    public func rebuild(from archive: Archive) throws {
        try queue.write { db in
            try db.execute(sql: "DELETE FROM texts; DELETE FROM files; DELETE FROM bags;")
        }
        // In groups, so a large archive is neither one huge transaction nor one per bag.
        let bags = archive.bags()
        for start in stride(from: 0, to: bags.count, by: 256) {
            try record(bags[start..<min(start + 256, bags.count)].compactMap { ArchiveIndex.reading(bag: $0, in: archive.root) })
        }
    }

    /// A bag's index record read from its own files: bag-info.txt, manifest-sha256.txt and the
    /// text rendering of the document.
    static func reading(bag: String, in root: String) -> Record? {
        let folder = root + "/" + bag
        guard let infoData = FileManager.default.contents(atPath: folder + "/bag-info.txt"),
              let manifest = FileManager.default.contents(atPath: folder + "/manifest-sha256.txt") else { return nil }
        var info: [String: String] = [:]
        for line in String(decoding: infoData, as: UTF8.self).split(separator: "\n") {
            guard let colon = line.range(of: ": ") else { continue }
            info[String(line[..<colon.lowerBound])] = String(line[colon.upperBound...])
        }
        let files = BagVerifier.parse([UInt8](manifest)).map { (path: $0.path, sha256: $0.checksum) }
        let text = searchableText(files.compactMap { file in
            FileManager.default.contents(atPath: folder + "/" + file.path).map { (String(file.path.dropFirst("data/".count)), [UInt8]($0)) }
        })
        let entry = Entry(path: bag, sagsnr: info["Sagsnr"] ?? "", dokumentnr: info["Dokumentnr"] ?? "",
                          udvalg: info["Udvalg"] ?? "", dato: info["Bagging-Date"] ?? "", udgave: info["Edition"] ?? "",
                          version: Int(info["Version"] ?? "") ?? 0, kle: info["KLE"], access: info["Access"] ?? "",
                          mødedato: info["Mødedato"], punkt: info["Punkt"])
        return Record(entry: entry, files: files, text: text)
    }
}
