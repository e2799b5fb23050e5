#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Creating a file that must not exist yet and writing all of it: the one place the atomic
/// writer, the packet publisher and the archive's bags do it.
public enum NewFile {
    /// Creates `path` (failing if it exists) and writes every byte of `bytes`, retrying short and
    /// interrupted writes. Returns nil, or why it failed ("cannot create: …", "cannot write: …");
    /// a file that was created but not fully written is removed.
    public static func write(_ bytes: UnsafeRawBufferPointer, to path: String) -> String? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return "cannot create: " + String(cString: strerror(errno)) }
        defer { close(descriptor) }
        var written = 0
        while written < bytes.count {
            let result = Glibc.write(descriptor, bytes.baseAddress! + written, bytes.count - written)
            if result < 0 {
                if errno == EINTR { continue }
                let reason = "cannot write: " + String(cString: strerror(errno))
                unlink(path)
                return reason
            }
            written += result
        }
        return nil
    }

    /// `write(_:to:)` for an array of bytes.
    public static func write(_ bytes: [UInt8], to path: String) -> String? {
        bytes.withUnsafeBytes { write($0, to: path) }
    }

    /// `write(_:to:)` for text, as UTF-8, without copying it.
    public static func write(_ text: String, to path: String) -> String? {
        var text = text
        return text.withUTF8 { write(UnsafeRawBufferPointer($0), to: path) }
    }
}
