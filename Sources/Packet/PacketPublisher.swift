import Diagnostics
import FileWriting
import Foundation

/// Puts a packet in place all at once: its files are written into a temporary folder next to the
/// target, and that folder is swapped with an earlier packet of the same name in one atomic step
/// (renameat2 with RENAME_EXCHANGE), or renamed into place when there is none. A reader sees the
/// old packet or the new, never a mix and never neither, even if the process is killed at any
/// moment. What a killed run left (hidden `.<name>.tmp-<pid>-…` folders) is removed by the next
/// run for the same packet.
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
        let temporary = out + "/.\(packet.folder).tmp-\(getpid())-\(UUID().uuidString.prefix(8))"
        let manager = FileManager.default
        removeLeftovers(of: packet.folder, in: out)
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
            if manager.fileExists(atPath: target) {
                // One step: the new edition takes the target's name, the earlier one the temporary name.
                switch FileSystem.exchange(temporary, target) {
                case nil: break
                case EINVAL?, ENOSYS?, ENOTSUP?:
                    // A file system that cannot swap: the earlier packet is moved aside first.
                    try replace(target, with: temporary)
                case let error?:
                    throw Failure(target, PacketText.cannotSwapPacket(["reason": Message.verbatim(String(cString: strerror(error)))]))
                }
                CrashPoint.packetSwapped.reach()
            } else if rename(temporary, target) != 0 {
                throw Failure(target, PacketText.cannotPlacePacket(["reason": Message.verbatim(String(cString: strerror(errno)))]))
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

    /// Two renames, for a file system without an atomic swap: `target` is moved aside to a hidden
    /// name, and `temporary` takes its place (moved back if that fails); the aside folder then has
    /// the temporary's name, to be removed.
    private static func replace(_ target: String, with temporary: String) throws(Failure) {
        let aside = temporary.replacingOccurrences(of: ".tmp-", with: ".old-")
        guard rename(target, aside) == 0 else {
            throw Failure(target, PacketText.cannotMoveAside(["reason": Message.verbatim(String(cString: strerror(errno)))]))
        }
        guard rename(temporary, target) == 0 else {
            let reason = String(cString: strerror(errno))
            rename(aside, target)
            throw Failure(target, PacketText.cannotPlacePacket(["reason": Message.verbatim(reason)]))
        }
        rename(aside, temporary)
    }

    /// Removes the temporary folders of earlier runs for `folder` whose process is gone (a run
    /// still going on keeps its own).
    static func removeLeftovers(of folder: String, in out: String) {
        let prefixes = [".\(folder).tmp-", ".\(folder).old-"]
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: out)) ?? [] {
            guard let prefix = prefixes.first(where: entry.hasPrefix),
                  let pid = Int32(entry.dropFirst(prefix.count).prefix { $0 != "-" }) else { continue }
            if pid != getpid(), kill(pid, 0) != 0, errno == ESRCH {
                try? FileManager.default.removeItem(atPath: out + "/" + entry)
            }
        }
    }
}
