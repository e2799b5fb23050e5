import Foundation

/// Writes files so that a reader never sees half a file: every file of a document goes to a
/// temporary file in its target folder first, and only when all are written are they renamed
/// into place (rename is atomic within a file system). A failure removes the temporary files.
public enum AtomicWriter {
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public let path: String
        public let reason: String
        public var description: String { "\(path): error: cannot write: \(reason)" }
    }

    /// Writes each `(path, contents)`; returns the paths written, in order.
    @discardableResult
    public static func write(_ files: [(path: String, contents: String)]) throws(Failure) -> [String] {
        var temporaries: [(temporary: String, final: String)] = []
        do throws(Failure) {
            for file in files {
                let directory = (file.path as NSString).deletingLastPathComponent
                if !directory.isEmpty {
                    try createDirectory(directory, for: file.path)
                }
                let temporary = temporaryPath(for: file.path)
                try writeWhole(Array(file.contents.utf8), to: temporary, finalPath: file.path)
                temporaries.append((temporary, file.path))
            }
            for entry in temporaries {
                guard rename(entry.temporary, entry.final) == 0 else {
                    throw Failure(path: entry.final, reason: String(cString: strerror(errno)))
                }
            }
        } catch {
            for entry in temporaries { unlink(entry.temporary) }
            throw error
        }
        return files.map(\.path)
    }

    private static func createDirectory(_ directory: String, for path: String) throws(Failure) {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw Failure(path: path, reason: "cannot create the folder \(directory) (\(error.localizedDescription))")
        }
    }

    private static func writeWhole(_ bytes: [UInt8], to temporary: String, finalPath: String) throws(Failure) {
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw Failure(path: finalPath, reason: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        var written = 0
        while written < bytes.count {
            let result = bytes[written...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if result < 0 {
                if errno == EINTR { continue }
                let reason = String(cString: strerror(errno))
                unlink(temporary)
                throw Failure(path: finalPath, reason: reason)
            }
            written += result
        }
    }

    private static let counter = Counter()

    /// A hidden sibling of the target, unique per process and call.
    static func temporaryPath(for path: String) -> String {
        let directory = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let unique = "\(getpid())-\(counter.next())"
        return (directory.isEmpty ? "" : directory + "/") + ".\(name).tmp-\(unique)"
    }
}

/// A thread-safe increasing number.
final class Counter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()

    func next() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value
    }
}
