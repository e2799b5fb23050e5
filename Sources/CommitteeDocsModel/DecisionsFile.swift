import CommitteeDocsDiagnostics
import Foundation
import CommitteeDocsLoading

/// A decisions file read together with the meeting file it names, and checked against it.
public enum DecisionsFile {
    /// Reads the decisions file at `path` and the meeting file its `referat.møde` names (relative
    /// to the decisions file), and checks them together. Throws every problem: the decisions
    /// file's, the meeting file's, and `Beslutningsprotokol.problems(against:)`.
    /// - Parameter read: a data file's bytes, or nil when there is no such file; it may refuse a
    ///   file (e.g. over the size limit) by throwing.
    public static func load(_ path: String, read: (String) throws(DiagnosticList) -> [UInt8]?)
        throws(DiagnosticList) -> (protokol: Beslutningsprotokol, møde: Møde) {
        guard let bytes = try read(path) else {
            throw DiagnosticList(Diagnostic(file: path, ModelText.noSuchFile()))
        }
        let protokol = try DecisionsDecoder.decode(try DataLoader.load(bytes, file: path, format: format(path)))
        let meetingPath = meetingPath(of: protokol, decisionsFile: path)
        guard let meetingBytes = try read(meetingPath) else {
            throw DiagnosticList(Diagnostic(at: protokol.møde.position, keyPath: protokol.møde.keyPath,
                ModelText.meetingFileMissing(["value": quoted(protokol.møde.value), "path": meetingPath])))
        }
        let root = try DataLoader.load(meetingBytes, file: meetingPath, format: format(meetingPath))
        guard root.entry("møde") != nil else {
            throw DiagnosticList(Diagnostic(at: protokol.møde.position, keyPath: protokol.møde.keyPath,
                ModelText.notAMeetingFile(["value": quoted(protokol.møde.value)])))
        }
        let møde = try MeetingDecoder.decode(root)
        let problems = protokol.problems(against: møde)
        if !problems.isEmpty { throw DiagnosticList(problems) }
        return (protokol, møde)
    }

    /// The meeting file as opened: `referat.møde` relative to the decisions file's folder.
    public static func meetingPath(of protokol: Beslutningsprotokol, decisionsFile: String) -> String {
        let folder = (decisionsFile as NSString).deletingLastPathComponent
        let file = protokol.møde.value
        return DataFilePath.resolve(file, in: folder)
    }

    /// Whether a loaded data file is a decisions file: its top-level key `referat` (a meeting
    /// file has `møde`, a plan `plan`, a memo `dokument`).
    public static func isDecisions(_ root: DataNode) -> Bool {
        root.entry("referat") != nil
    }

    private static func format(_ path: String) -> DataFormat {
        path.lowercased().hasSuffix(".json") ? .json : .yaml
    }
}

/// A path written in a data file (a meeting's source or attachment, a route step's decisions file,
/// a decisions file's meeting), as opened: relative to the writing file's `folder`, or as written
/// when it is absolute.
public enum DataFilePath {
    public static func resolve(_ written: String, in folder: String) -> String {
        folder.isEmpty || written.hasPrefix("/") ? written : folder + "/" + written
    }
}
