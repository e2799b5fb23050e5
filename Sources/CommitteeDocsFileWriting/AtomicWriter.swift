import Foundation

/// Writes files so that a reader never sees half a file: every file of a document goes to a
/// temporary file in its target folder first, and only when all are written are they renamed
/// into place (rename is atomic within a file system). A failure removes the temporary files.
public enum AtomicWriter {
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public let path: String
        /// "cannot create …" or "cannot write: …".
        public let reason: String
        /// An I/O error while writing (a full disk, a quota, EIO), rather than a refusal to create
        /// a folder or file: exit 74 rather than 73.
        public var isIOError = false
        public var description: String { "\(path): error: \(reason)" }
    }

    /// Writes each `(path, contents)`; returns the paths written, in order.
    @discardableResult
    public static func write(_ files: [(path: String, contents: String)]) throws(Failure) -> [String] {
        try write(files.map { (path: $0.path, content: FileContent.text($0.contents)) })
    }

    /// Writes each `(path, content)`, text or bytes; returns the paths written, in order.
    @discardableResult
    public static func write(_ files: [(path: String, content: FileContent)]) throws(Failure) -> [String] {
        var temporaries: [(temporary: String, final: String)] = []
        var folders: Set<String> = []
        do throws(Failure) {
            for file in files {
                let directory = parent(of: file.path)
                if !directory.isEmpty, folders.insert(directory).inserted {
                    try createDirectory(directory, for: file.path)
                }
                let temporary = TemporarySibling.path(for: file.path)
                try writeWhole(file.content, to: temporary, finalPath: file.path)
                temporaries.append((temporary, file.path))
            }
            for entry in temporaries {
                guard rename(entry.temporary, entry.final) == 0 else {
                    throw Failure(path: entry.final, reason: "cannot create: " + String(cString: strerror(errno)))
                }
            }
        } catch {
            for entry in temporaries { unlink(entry.temporary) }
            throw error
        }
        return files.map(\.path)
    }

    /// Creates `directory` and its missing parents with mkdir(2) directly: one system call when
    /// the folder exists, which is the common case when a batch writes many documents.
    private static func createDirectory(_ directory: String, for path: String) throws(Failure) {
        if mkdir(directory, 0o755) == 0 || errno == EEXIST { return }
        if errno == ENOENT {
            let above = parent(of: directory)
            if !above.isEmpty, above != directory {
                try createDirectory(above, for: path)
                if mkdir(directory, 0o755) == 0 || errno == EEXIST { return }
            }
        }
        throw Failure(path: path, reason: "cannot create the folder \(directory) (\(String(cString: strerror(errno))))")
    }

    /// The path without its last component ("" for a bare name, "/" for a file in the root).
    static func parent(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        if slash == path.utf8.startIndex { return "/" }
        return String(path[..<slash])
    }

    private static func writeWhole(_ content: FileContent, to temporary: String, finalPath: String) throws(Failure) {
        if let failure = content.create(at: temporary) {
            throw Failure(path: finalPath, reason: failure.description, isIOError: failure.stage == .write)
        }
    }
}
