import CommitteeDocsDiagnostics
import Foundation
import CommitteeDocsModel
import Synchronization

/// The decisions files a renderer has read, each with its meeting file, kept while both files are
/// unchanged (same size and modification time): a plan's route reads the same minutes for each of
/// its documents, and again for every meeting item that presents the plan. Problems are not kept:
/// a file with errors is read, and reported, each time. At most `capacity` files are kept.
final class DecisionsFileCache: Sendable {
    private struct Stamp: Equatable {
        var size: Int
        var modified: Date

        init?(_ path: String) {
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
                  let size = attributes[.size] as? Int, let modified = attributes[.modificationDate] as? Date else { return nil }
            self.size = size
            self.modified = modified
        }
    }

    private struct Entry {
        var decisions: Stamp
        var meetingPath: String
        var meeting: Stamp
        var value: (protokol: Beslutningsprotokol, møde: Møde)
    }

    private let entries = Mutex<[String: Entry]>([:])
    private let capacity: Int

    init(capacity: Int = 256) {
        self.capacity = capacity
    }

    /// `DecisionsFile.load(path, read:)`, or what it gave before while the files are unchanged.
    func load(_ path: String, read: (String) throws(DiagnosticList) -> [UInt8]?) throws(DiagnosticList)
        -> (protokol: Beslutningsprotokol, møde: Møde) {
        if let entry = entries.withLock({ $0[path] }), Stamp(path) == entry.decisions, Stamp(entry.meetingPath) == entry.meeting {
            return entry.value
        }
        // Stamped before reading: a file changed while it is read is read again next time.
        let decisionsStamp = Stamp(path)
        let value = try DecisionsFile.load(path, read: read)
        let meetingPath = DecisionsFile.meetingPath(of: value.protokol, decisionsFile: path)
        if let decisionsStamp, let meetingStamp = Stamp(meetingPath) {
            entries.withLock { entries in
                if entries.count >= capacity { entries.removeAll() }
                entries[path] = Entry(decisions: decisionsStamp, meetingPath: meetingPath, meeting: meetingStamp, value: value)
            }
        }
        return value
    }
}
