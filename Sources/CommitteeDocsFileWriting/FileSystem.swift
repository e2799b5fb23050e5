import CommitteeDocsCFileSystem
import Glibc

// The durability and crash-safety promises rest on Linux calls (syncfs(2), renameat2(2) with
// RENAME_EXCHANGE, through CommitteeDocsCFileSystem), and Linux is the only system this is built and tested on.
#if !os(Linux)
#error("committee-docs builds on Linux only (it needs syncfs and renameat2 with RENAME_EXCHANGE); see README, Start here")
#endif

/// The file system calls that make writes durable and swaps atomic, for every stage that writes.
public enum FileSystem {
    /// Whether `path`, relative to a folder, stays inside it: not empty, not absolute, and no
    /// `..`, `.` or empty component. Names read from data or from a manifest are checked with
    /// it before they become files.
    public static func staysInside(_ path: String) -> Bool {
        !path.isEmpty && !path.hasPrefix("/") && !path.split(separator: "/", omittingEmptySubsequences: false)
            .contains { $0 == ".." || $0 == "." || $0.isEmpty }
    }

    /// Flushes every file and folder of the file system that holds `path` (syncfs(2)).
    public static func flushFileSystem(holding path: String) {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = cfs_syncfs(descriptor)
        close(descriptor)
    }

    /// Flushes one folder's entries (a rename into it is then durable).
    public static func flushFolder(_ path: String) {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    /// Swaps two existing paths in one atomic step (renameat2 with RENAME_EXCHANGE): a reader
    /// sees one or the other at each path, never neither. Returns nil, or errno when the file
    /// system cannot.
    public static func exchange(_ first: String, _ second: String) -> Int32? {
        cfs_rename_exchange(first, second) == 0 ? nil : errno
    }
}
