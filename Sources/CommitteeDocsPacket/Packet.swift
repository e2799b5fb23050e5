import CommitteeDocsDiagnostics
import CommitteeDocsFileWriting
import CommitteeDocsFormatting
import CommitteeDocsModel
import CommitteeDocsRendering

/// A packet in memory, ready to be published: the meeting it is for, its edition, and every
/// file in it. Its folder's name is derived from these, never stored.
public struct Packet: Sendable {
    /// What the packet holds: a meeting's agenda with its items, or the meeting's minutes.
    public enum Kind: Sendable, Equatable {
        case dagsorden
        case referat
    }

    public struct File: Sendable {
        /// A rendered document's text (shared, not copied, between editions), a PDF's or an attachment's bytes.
        public typealias Content = FileContent

        /// The path inside the packet's folder.
        public var path: String
        public var content: Content
        /// The item (1 is "Godkendelse af dagsordenen") the file belongs to; nil for the agenda and packet.
        public var punkt: Int?
        public var adgang: Adgang

        public init(path: String, content: Content, punkt: Int?, adgang: Adgang) {
            self.path = path
            self.content = content
            self.punkt = punkt
            self.adgang = adgang
        }

        /// The file's bytes, without copying them (a text in pieces is joined for the call).
        public func withBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
            try content.withBytes(body)
        }

        /// The file's bytes as an array (a copy).
        public var bytes: [UInt8] { content.bytes }
    }

    /// One item of the agenda, as an archive records it.
    public struct Item: Sendable, Equatable {
        /// Its place on the agenda (1 approves the agenda).
        public var nr: Int
        /// Its serial ("BR 412/19"); nil for the agenda's approval.
        public var nummer: String?
        public var titel: String
        public var sagsnr: Sagsnummer?
        /// The document it presents, when it comes from a memo or plan file.
        public var dokumentnr: Dokumentnummer?
        public var adgang: Adgang
        /// The memo or plan file it was rendered from, when the packet was built from data.
        public var source: Source?

        /// A data file as opened, and its access as a whole (a plan file holds all the plan's documents).
        public struct Source: Sendable, Equatable {
            public var path: String
            public var adgang: Adgang
        }

        public init(nr: Int, nummer: String?, titel: String, sagsnr: Sagsnummer?, dokumentnr: Dokumentnummer?, adgang: Adgang,
                    source: Source? = nil) {
            self.nr = nr
            self.nummer = nummer
            self.titel = titel
            self.sagsnr = sagsnr
            self.dokumentnr = dokumentnr
            self.adgang = adgang
            self.source = source
        }

        /// Its files' names in the packet (`punkter/<slug>.html` …, `bilag/<slug>-1-…`), derived
        /// from its place and serial.
        public var slug: String { nummer.map { Self.slug(nr, $0) } ?? Self.approvalSlug }

        /// The name of item 1, the agenda's approval.
        public static let approvalSlug = "01-godkendelse-af-dagsordenen"

        /// "02-br-294-08": the item's place and its serial, safe as a file name.
        public static func slug(_ nr: Int, _ nummer: String) -> String {
            let serial = nummer.lowercased().map { $0 == " " || $0 == "/" ? "-" : String($0) }.joined()
            return (nr < 10 ? "0" : "") + "\(nr)-" + serial
        }
    }

    public var kind: Kind
    public var meeting: MeetingID
    public var udgave: Udgave
    public var files: [File]
    public var items: [Item]
    /// The meeting file it was built from (as opened); nil for a packet read from its folder.
    public var meetingFile: String?
    /// The meeting file's access: closed when it holds a closed item or attachment.
    public var meetingFileAdgang: Adgang

    public init(kind: Kind = .dagsorden, meeting: MeetingID, udgave: Udgave, files: [File], items: [Item],
                meetingFile: String? = nil, meetingFileAdgang: Adgang = .lukket) {
        self.kind = kind
        self.meeting = meeting
        self.udgave = udgave
        self.files = files
        self.items = items
        self.meetingFile = meetingFile
        self.meetingFileAdgang = meetingFileAdgang
    }

    /// `BR-2019-10-10-offentlig`, `TMU-2019-09-02-referat-intern`: the folder it is published as.
    public var folder: String {
        kind == .referat ? meeting.minutesFolder(udgave) : meeting.packetFolder(udgave)
    }

    public var udvalg: Udvalg { meeting.udvalg }
    public var dato: DanishDate { meeting.dato }
    public var tillæg: Bool { meeting.tillæg }
}
