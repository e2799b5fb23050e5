#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif
import Foundation
import Synchronization

/// Temp-then-rename, the one way every writer here makes a file or folder appear whole: it is
/// written under a hidden temporary name beside its target (in the same folder, so on the same
/// file system), then renamed into place, which is atomic. The atomic writer (a document's
/// files), the packet publisher (a packet's folder) and the archive (a bag's folder) all name
/// their temporaries here, and a killed run's leftovers are found by that name.
public enum TemporarySibling {
    /// `.<name>.tmp-<pid>-<n>` beside `target`: hidden, unique to this process and call, and
    /// telling which process made it.
    public static func path(for target: String) -> String {
        let (folder, name) = split(target)
        return folder + ".\(name).tmp-\(processID)-\(counter.add(1, ordering: .relaxed).newValue)"
    }

    /// Removes what earlier runs left beside `target` (`.<name>.tmp-<pid>-…`, and `.<name>.old-<pid>-…`
    /// from a replace that was cut short) when the process that made it is gone; a run still
    /// going on keeps its own.
    public static func removeLeftovers(of target: String, remove: (String) -> Void) {
        let (folder, name) = split(target)
        let prefixes = [".\(name).tmp-", ".\(name).old-"]
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder)) ?? []
        let leftovers = entries.filter { entry in
            guard let prefix = prefixes.first(where: entry.hasPrefix),
                  let pid = Int32(entry.dropFirst(prefix.count).prefix { $0 != "-" }) else { return false }
            return pid != processID && kill(pid, 0) != 0 && errno == ESRCH
        }.map { folder + $0 }
        leftovers.sorted().forEach(remove)
    }

    /// Why a replace failed, with errno: the swap, moving the earlier one aside, or putting the
    /// new one in place.
    public enum ReplaceFailure: Error, Equatable, Sendable {
        case cannotSwap(Int32)
        case cannotMoveAside(Int32)
        case cannotPlace(Int32)
    }

    /// Puts `temporary` at `target`, replacing what is there, so that a reader sees the old or
    /// the new, never neither: one atomic swap (renameat2 with RENAME_EXCHANGE) when `target`
    /// exists, after which `temporary` holds the earlier one; on a file system that cannot swap,
    /// the earlier one is moved aside first (and back if the new one cannot take its place), and
    /// ends up at `temporary` too. When `target` does not exist, a rename.
    /// - Parameter reachedSwap: called right after the swap (a crash-point for the tests).
    public static func replace(_ target: String, with temporary: String, exists: Bool,
                               reachedSwap: () -> Void = {}) -> ReplaceFailure? {
        guard exists else {
            return rename(temporary, target) == 0 ? nil : .cannotPlace(errno)
        }
        switch FileSystem.exchange(temporary, target) {
        case nil:
            reachedSwap()
            return nil
        case EINVAL?, ENOSYS?, ENOTSUP?:
            let aside = temporary.replacingLast(".tmp-", with: ".old-")
            guard rename(target, aside) == 0 else { return .cannotMoveAside(errno) }
            guard rename(temporary, target) == 0 else {
                let error = errno
                rename(aside, target)
                return .cannotPlace(error)
            }
            rename(aside, temporary)
            reachedSwap()
            return nil
        case let error?:
            return .cannotSwap(error)
        }
    }

    /// ("out/", "x.html") for "out/x.html"; ("", "x.html") for a bare name.
    private static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return ("", path) }
        return (String(path[...slash]), String(path[path.utf8.index(after: slash)...]))
    }

    private static let processID = getpid()
    private static let counter = Atomic<Int>(0)
}

private extension String {
    /// The last `target` replaced (a temporary's marker comes after the name, which may hold one).
    func replacingLast(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target, options: .backwards) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
