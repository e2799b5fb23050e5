import CommitteeDocsDiagnostics
import Foundation
import CommitteeDocsLoading
import CommitteeDocsModel

/// The checks of a meeting that need the file system, made before anything is rendered: every
/// source and attachment exists as a regular file inside the meeting's folder (also after
/// following symbolic links), and a chain of supplementary agendas (tillæg-til) ends.
public enum MeetingFiles {
    /// Every problem with the files `møde` refers to; `meetingFile` is the path it was read from.
    /// With `sources: false` only attachments and the agenda chain are checked (the packet builder
    /// reads each source itself, so a missing one is reported once, with the item's other problems).
    public static func problems(_ møde: Møde, meetingFile: String, sources: Bool = true) -> [Diagnostic] {
        var found = DiagnosticCollector()
        let folder = (meetingFile as NSString).deletingLastPathComponent
        let root = realFolder(folder.isEmpty ? "." : folder)
        for punkt in møde.punkter {
            if sources, case .fil(let source, _) = punkt.indhold {
                check(source, what: PacketText.theSource(), folder: folder, root: nil, &found)  // sources may live elsewhere
            }
            for bilag in punkt.bilag {
                check(bilag.fil, what: PacketText.theAttachment(), folder: folder, root: root, &found)
            }
        }
        checkSupplementChain(møde, meetingFile: meetingFile, &found)
        return DiagnosticList(found.diagnostics).sorted
    }

    private static func check(_ file: Located<String>, what: Message, folder: String, root: String?,
                              _ found: inout DiagnosticCollector) {
        let path = DataFilePath.resolve(file.value, in: folder)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            found.error(at: file.position, keyPath: file.keyPath, missingMessage(what, file.value, path))
            return
        }
        if isDirectory.boolValue {
            found.error(at: file.position, keyPath: file.keyPath, PacketText.fileIsAFolder(["what": what, "value": quoted(file.value)]))
            return
        }
        // A symbolic link may not lead out of the meeting's folder either.
        if let root, let real = realPath(path), !(real == root || real.hasPrefix(root + "/")) {
            found.error(at: file.position, keyPath: file.keyPath,
                        PacketText.fileLeadsOutside(["what": what, "value": quoted(file.value), "real": real]))
        }
    }

    /// Follows `tillæg-til` from meeting file to meeting file; a file met twice is a cycle.
    private static func checkSupplementChain(_ møde: Møde, meetingFile: String, _ found: inout DiagnosticCollector) {
        guard let first = møde.tillægTil else { return }
        var visited = [realPath(meetingFile) ?? meetingFile]
        var current = (file: meetingFile, reference: first)
        while true {
            let folder = (current.file as NSString).deletingLastPathComponent
            let next = DataFilePath.resolve(current.reference.value, in: folder)
            guard let data = FileManager.default.contents(atPath: next) else {
                found.error(at: current.reference.position, keyPath: current.reference.keyPath,
                            PacketText.mainAgendaMissing(["value": quoted(current.reference.value), "path": next]))
                return
            }
            let key = realPath(next) ?? next
            if visited.contains(key) {
                let chain = (visited + [key]).map { ($0 as NSString).lastPathComponent }.joined(separator: " → ")
                found.error(at: first.position, keyPath: first.keyPath,
                            PacketText.supplementCycle(["chain": chain]))
                return
            }
            visited.append(key)
            do {
                let root = try DataLoader.load([UInt8](data), file: next, format: next.lowercased().hasSuffix(".json") ? .json : .yaml)
                let main = try MeetingDecoder.decode(root)
                guard let reference = main.tillægTil else { return }
                current = (next, reference)
            } catch {
                found.append(contentsOf: error)
                return
            }
        }
    }

    static func missingMessage(_ what: Message, _ value: String, _ path: String) -> Message {
        PacketText.fileMissing(["what": what, "value": quoted(value), "path": path])
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func realFolder(_ folder: String) -> String? {
        realPath(folder)
    }
}
