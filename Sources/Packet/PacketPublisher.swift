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
            for file in packet.files {
                let path = temporary + "/" + file.path
                try manager.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                guard manager.createFile(atPath: path, contents: Data(file.bytes)) else {
                    throw Failure(description: "\(path): error: cannot write")
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
