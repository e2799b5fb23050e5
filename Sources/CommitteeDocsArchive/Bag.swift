import Crypto
import CommitteeDocsDiagnostics
import CommitteeDocsFileWriting
import CommitteeDocsFormatting
import Foundation

/// A BagIt bag (RFC 8493, version 1.0) as the archive stores one submission: `bagit.txt`, the
/// payload under `data/`, `manifest-sha256.txt` and `manifest-sha512.txt`, `bag-info.txt` with
/// `Payload-Oxum` and our metadata, and `tagmanifest-sha256.txt` over every tag file.
///
/// Writing is deterministic: files in byte order of their paths, LF line ends, no timestamps but
/// the `Bagging-Date` the caller gives. A bag is built in a hidden temporary folder beside its
/// target (`stage`), flushed to disk (syncfs), renamed into place, and the rename flushed (the
/// parent folder's fsync) (`place`, for many bags at once); it is never changed afterwards.
public enum Bag {
    public struct Failure: Error, CustomStringConvertible, Sendable {
        /// `path: what went wrong`, in both languages.
        public let message: Message

        /// What went wrong with `path`.
        init(_ path: String, _ problem: Message) {
            message = ArchiveText.at(["path": path, "problem": problem])
        }

        /// The message in the process's language (`Language.current`).
        public var description: String { message.description }
    }

    /// One payload file: its path below `data/` (forward slashes, no `..`) and its bytes.
    public struct PayloadFile: Sendable {
        public var path: String
        public var bytes: [UInt8]

        public init(path: String, bytes: [UInt8]) {
            self.path = path
            self.bytes = bytes
        }
    }

    /// Writes a bag to `target`, which must not exist yet, durably; returns the payload's Oxum.
    @discardableResult
    public static func write(_ payload: [PayloadFile], info: [(String, String)], to target: String) throws(Failure) -> String {
        let staged = try stage(payload, info: info, to: target)
        if let failure = place([staged]).first ?? nil { throw failure }
        return staged.oxum
    }

    /// A bag written completely into its hidden temporary folder: not yet durable, not yet in place.
    public struct Staged: Sendable {
        public let temporary: String
        public let target: String
        public let oxum: String
    }

    /// Writes a bag into a hidden temporary folder beside `target` (which must not exist yet).
    /// `place` then makes it durable and puts it where it belongs. `sha256` is each payload
    /// file's SHA-256 (as `sha256(of:)` gives them) when the caller has them already.
    public static func stage(_ payload: [PayloadFile], info: [(String, String)], to target: String,
                             sha256 sums: [String]? = nil) throws(Failure) -> Staged {
        guard !FileManager.default.fileExists(atPath: target) else { throw Failure(target, ArchiveText.neverOverwritten()) }
        for file in payload where !FileSystem.staysInside(file.path) {
            throw Failure(file.path, ArchiveText.payloadPathOutside())
        }
        let temporary = TemporarySibling.path(for: target)
        do throws(Failure) {
            let files = payload.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
            // The payload's folders, each once.
            var folders: Set<String> = [temporary + "/data"]
            for file in files {
                let parent = (file.path as NSString).deletingLastPathComponent
                if !parent.isEmpty { folders.insert(temporary + "/data/" + parent) }
            }
            for folder in folders.sorted() { try createFolder(folder) }
            let sha256 = sha256Manifest(payload, sums: sums ?? self.sha256(of: payload))
            var sha512 = ""
            var octets = 0
            for file in files {
                try writeFile(file.bytes, to: temporary + "/data/" + file.path)
                sha512 += hex(SHA512.hash(data: file.bytes)) + "  data/" + encodePath(file.path) + "\n"
                octets += file.bytes.count
            }
            let oxum = "\(octets).\(files.count)"
            let tagFiles: [(String, String)] = [
                ("bagit.txt", "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"),
                ("bag-info.txt", ([("Payload-Oxum", oxum)] + info).map { "\($0.0): \(singleLine($0.1))\n" }.joined()),
                ("manifest-sha256.txt", sha256),
                ("manifest-sha512.txt", sha512),
            ]
            var tagManifest = ""
            for (name, text) in tagFiles {
                try writeFile(Array(text.utf8), to: temporary + "/" + name)
                tagManifest += hex(SHA256.hash(data: Array(text.utf8))) + "  " + name + "\n"
            }
            try writeFile(Array(tagManifest.utf8), to: temporary + "/tagmanifest-sha256.txt")
            return Staged(temporary: temporary, target: target, oxum: oxum)
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
    }

    /// Makes staged bags durable and puts them in place: one syncfs(2) flushes every file and
    /// folder of all of them at once (on this kind of disk far cheaper than a flush per file and
    /// folder, or per bag), then each is renamed to its target and each target's folder flushed,
    /// so a rename is durable too. Returns, per bag, nil or why it could not be put in place (its
    /// temporary folder is then removed).
    public static func place(_ staged: [Staged]) -> [Failure?] {
        guard let first = staged.first else { return [] }
        FileSystem.flushFileSystem(holding: first.temporary)
        var parents: Set<String> = []
        let failures = staged.enumerated().map { position, bag -> Failure? in
            if position == 1 { CrashPoint.archiveBetweenRenames.reach() }
            guard rename(bag.temporary, bag.target) == 0 else {
                let failure = Failure(bag.target, ArchiveText.cannotPutBagInPlace(["reason": Message.verbatim(String(cString: strerror(errno)))]))
                try? FileManager.default.removeItem(atPath: bag.temporary)
                return failure
            }
            let parent = (bag.target as NSString).deletingLastPathComponent
            parents.insert(parent.isEmpty ? "." : parent)
            return nil
        }
        for parent in parents.sorted() { FileSystem.flushFolder(parent) }
        return failures
    }

    /// Each payload file's SHA-256, hexadecimal, in payload order.
    public static func sha256(of payload: [PayloadFile]) -> [String] {
        payload.map { hex(SHA256.hash(data: $0.bytes)) }
    }

    /// manifest-sha256.txt for `payload` with its files' SHA-256 `sums` (in payload order): one
    /// line per file, in byte order of the paths.
    static func sha256Manifest(_ payload: [PayloadFile], sums: [String]) -> String {
        zip(payload, sums).sorted { $0.0.path.utf8.lexicographicallyPrecedes($1.0.path.utf8) }
            .map { $0.1 + "  data/" + encodePath($0.0.path) + "\n" }.joined()
    }

    /// RFC 8493 §2.1.3: CR, LF and % in a manifest path are percent-encoded.
    static func encodePath(_ path: String) -> String {
        path.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\n", with: "%0A")
            .replacingOccurrences(of: "\r", with: "%0D")
    }

    static func decodePath(_ path: String) -> String {
        path.replacingOccurrences(of: "%0A", with: "\n").replacingOccurrences(of: "%0D", with: "\r")
            .replacingOccurrences(of: "%25", with: "%")
    }

    /// A bag-info value on one line (a value with a line end would continue as a new field).
    static func singleLine(_ value: String) -> String {
        value.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    static func hex<D: Sequence>(_ digest: D) -> String where D.Element == UInt8 {
        Hex.string(digest)
    }

    private static func createFolder(_ path: String) throws(Failure) {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw Failure(path, ArchiveText.cannotCreateFolder(["reason": Message.verbatim(error.localizedDescription)]))
        }
    }

    /// Writes a new file (made durable with the whole bag before it is renamed into place).
    private static func writeFile(_ bytes: [UInt8], to path: String) throws(Failure) {
        if let reason = NewFile.write(bytes, to: path) { throw Failure(path, reason) }
    }
}
