import FileWriting
import Foundation

/// Puts a packet in place all at once: its files are written into a temporary folder next to the
/// target, which is renamed into place only when complete. An earlier packet of the same name is
/// moved aside first and removed after, so a reader sees the old packet or the new, never a mix.
public enum PacketPublisher {
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public let description: String
    }

    /// Publishes `packet` below `out`; returns the packet's folder.
    @discardableResult
    public static func publish(_ packet: Packet, into out: String) throws(Failure) -> String {
        let target = out + "/" + packet.folder
        let token = "\(getpid())-\(UUID().uuidString.prefix(8))"
        let temporary = out + "/.\(packet.folder).tmp-\(token)"
        let previous = out + "/.\(packet.folder).old-\(token)"
        let manager = FileManager.default
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
                if let reason = file.withBytes({ NewFile.write($0, to: path) }) {
                    throw Failure(description: "\(path): error: \(reason)")
                }
            }
            let hadPrevious = manager.fileExists(atPath: target)
            if hadPrevious, rename(target, previous) != 0 {
                throw Failure(description: "\(target): error: cannot move the earlier packet aside: \(String(cString: strerror(errno)))")
            }
            guard rename(temporary, target) == 0 else {
                let reason = String(cString: strerror(errno))
                if hadPrevious { rename(previous, target) }
                throw Failure(description: "\(target): error: cannot put the packet in place: \(reason)")
            }
            if hadPrevious { try? manager.removeItem(atPath: previous) }
            return target
        } catch let failure as Failure {
            try? manager.removeItem(atPath: temporary)
            throw failure
        } catch {
            try? manager.removeItem(atPath: temporary)
            throw Failure(description: "\(target): error: \(error.localizedDescription)")
        }
    }
}
