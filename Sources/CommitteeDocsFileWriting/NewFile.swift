import CommitteeDocsDiagnostics
import Glibc

/// Creating a file that must not exist yet and writing all of it: the one place the atomic
/// writer, the packet publisher and the archive's bags do it.
public enum NewFile {
    /// Why a new file could not be made: creating it was refused (73 in sysexits terms), or
    /// writing failed part-way, an I/O error such as ENOSPC, EDQUOT, EFBIG or EIO (74).
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public enum Stage: Sendable { case create, write }
        public let stage: Stage
        /// The system's words for the error (strerror).
        public let reason: String

        /// "cannot create: …" or "cannot write: …", the reason in the system's words.
        public var message: Message {
            (stage == .create ? FilesText.cannotCreate : FilesText.cannotWrite)(["reason": Message.verbatim(reason)])
        }

        /// `message` in the process's language (`Language.current`).
        public var description: String { message.description }
    }

    /// Creates `path` (failing if it exists) and writes every byte of `bytes`, retrying short and
    /// interrupted writes. Returns nil, or what failed; a file that was created but not fully
    /// written is removed.
    public static func create(_ bytes: UnsafeRawBufferPointer, at path: String) -> Failure? {
        create(at: path) { write in _ = write(bytes) }
    }

    /// `create(_:at:)` for content handed over in chunks: `produce` calls `write` with each chunk
    /// in order (a text held in pieces is written without joining them); `write` answers false
    /// once writing has failed, and every later chunk is ignored.
    public static func create(at path: String, _ produce: (_ write: (UnsafeRawBufferPointer) -> Bool) -> Void) -> Failure? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return Failure(stage: .create, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var failure: Failure?
        produce { bytes in
            guard failure == nil else { return false }
            var written = 0
            while written < bytes.count {
                // Qualified: `NewFile.write` would shadow it.
                let result = Glibc.write(descriptor, bytes.baseAddress! + written, bytes.count - written)
                if result < 0 {
                    if errno == EINTR { continue }
                    failure = Failure(stage: .write, reason: String(cString: strerror(errno)))
                    return false
                }
                written += result
            }
            return true
        }
        if failure != nil { unlink(path) }
        return failure
    }

    /// `create(_:at:)` with the failure as a message ("cannot create: …", "cannot write: …").
    public static func write(_ bytes: UnsafeRawBufferPointer, to path: String) -> Message? {
        create(bytes, at: path)?.message
    }

    /// `create(_:at:)` for text, as UTF-8, without copying it.
    public static func create(_ text: String, at path: String) -> Failure? {
        var text = text
        return text.withUTF8 { create(UnsafeRawBufferPointer($0), at: path) }
    }

    /// `write(_:to:)` for an array of bytes.
    public static func write(_ bytes: [UInt8], to path: String) -> Message? {
        bytes.withUnsafeBytes { write($0, to: path) }
    }

    /// `write(_:to:)` for text, as UTF-8, without copying it.
    public static func write(_ text: String, to path: String) -> String? {
        create(text, at: path)?.description
    }
}
