import Glibc

/// Named moments in a write where a test can stop the process as a crash would: with
/// `COMMITTEE_DOCS_CRASH_AT=<name>` in its environment, the process kills itself (SIGKILL) on
/// reaching that point. Unset (as for every user), `reach` does nothing.
public enum CrashPoint: String, CaseIterable, Sendable {
    /// The archive: a group's bags are written into their temporary folders.
    case archiveStaged = "archive-staged"
    /// The archive: the index records the group's bags as pending.
    case archivePending = "archive-pending"
    /// The archive: the first bag of a group is in place, the others not yet.
    case archiveBetweenRenames = "archive-between-renames"
    /// The archive: every bag of a group is in place; the index still says pending.
    case archiveBeforeDone = "archive-before-done"
    /// A packet edition: written into its temporary folder, not yet swapped into place.
    case packetWritten = "packet-written"
    /// A packet edition: swapped into place; the earlier edition is not yet removed.
    case packetSwapped = "packet-swapped"

    private static let chosen: String? = getenv("COMMITTEE_DOCS_CRASH_AT").map { String(cString: $0) }

    public func reach() {
        if Self.chosen == rawValue { kill(getpid(), SIGKILL) }
    }
}
