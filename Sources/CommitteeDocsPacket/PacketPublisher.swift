import CommitteeDocsDiagnostics
import CommitteeDocsFileWriting
import Foundation

/// Puts a packet in place all at once: its files are written into a temporary folder next to the
/// target, and that folder is swapped with an earlier packet of the same name in one atomic step
/// (renameat2 with RENAME_EXCHANGE), or renamed into place when there is none. A reader sees the
/// old packet or the new, never a mix and never neither, even if the process is killed at any
/// moment. What a killed run left (hidden `.<name>.tmp-<pid>-…` folders, see `TemporarySibling`)
/// is removed by the next run for the same packet.
public enum PacketPublisher {
    public struct Failure: Error, CustomStringConvertible, Sendable {
        /// `path: error: what went wrong`, in both languages.
        public let diagnostic: Diagnostic

        init(_ path: String, _ message: Message) {
            diagnostic = Diagnostic(file: path, message)
        }

        /// The diagnostic in the process's language (`Language.current`).
        public var description: String { diagnostic.description }
    }

    /// Publishes `packet` below `out`; returns the packet's folder.
    @discardableResult
    public static func publish(_ packet: Packet, into out: String) throws(Failure) -> String {
        let target = out + "/" + packet.folder
        let temporary = TemporarySibling.path(for: target)
        let manager = FileManager.default
        TemporarySibling.removeLeftovers(of: target) { try? manager.removeItem(atPath: $0) }
        do {
            try manager.createDirectory(atPath: temporary, withIntermediateDirectories: true)
            var folders: Set<String> = [temporary]
            for file in packet.files {
                // The folder is not visible until it is renamed, so each file is written straight in
                // (one create per file; FileManager.createFile would add a temporary file and a rename).
                let path = temporary + "/" + file.path
                let parent = (path as NSString).deletingLastPathComponent
                if folders.insert(parent).inserted {
                    try manager.createDirectory(atPath: parent, withIntermediateDirectories: true)
                }
                if let failure = file.content.create(at: path) {
                    throw Failure(path, failure.message)
                }
            }
            CrashPoint.packetWritten.reach()
            // One step when there is an earlier packet: the new edition takes the target's name,
            // the earlier one the temporary name.
            switch TemporarySibling.replace(target, with: temporary, exists: manager.fileExists(atPath: target),
                                            reachedSwap: { CrashPoint.packetSwapped.reach() }) {
            case nil: break
            case .cannotSwap(let error)?:
                throw Failure(target, PacketText.cannotSwapPacket(["reason": Message.verbatim(String(cString: strerror(error)))]))
            case .cannotMoveAside(let error)?:
                throw Failure(target, PacketText.cannotMoveAside(["reason": Message.verbatim(String(cString: strerror(error)))]))
            case .cannotPlace(let error)?:
                throw Failure(target, PacketText.cannotPlacePacket(["reason": Message.verbatim(String(cString: strerror(error)))]))
            }
            // After a swap, the temporary name holds the earlier packet.
            try? manager.removeItem(atPath: temporary)
            return target
        } catch let failure as Failure {
            try? manager.removeItem(atPath: temporary)
            throw failure
        } catch {
            try? manager.removeItem(atPath: temporary)
            throw Failure(target, Message.verbatim(error.localizedDescription))
        }
    }

}
