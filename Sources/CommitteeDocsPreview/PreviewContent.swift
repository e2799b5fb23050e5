import CommitteeDocsModel
import CommitteeDocsPacket

/// What one render of the previewed file produced: its documents in every format, per edition.
public struct PreviewContent: Sendable {
    /// What the file is, which decides what the page offers.
    public enum Kind: String, Sendable {
        /// `dokument: notat`: one document.
        case memo
        /// `plan:`: every document the plan lists.
        case plan
        /// `møde:`: the agenda, every item and the combined packet, in both editions.
        case meeting
        /// `referat:`: the minutes, in both editions.
        case minutes
    }

    public var kind: Kind
    /// One edition for memos and plans; internal, then public, for meetings and minutes.
    public var editions: [PreviewUdgave]

    /// The edition named `udgave` (`intern`, `offentlig`), or the first.
    public func edition(_ udgave: String?) -> PreviewUdgave {
        editions.first { $0.udgave?.rawValue == udgave } ?? editions[0]
    }
}

/// The documents of one edition, in the order the page lists them.
public struct PreviewUdgave: Sendable {
    /// nil for a memo's or plan's documents, which have no editions.
    public var udgave: Udgave?
    public var documents: [PreviewDocument]
}

/// One document as the page shows it: a tab label, its title, and its three renderings.
public struct PreviewDocument: Sendable {
    /// The tab's text: "Notat 2009-199623", "Punkt 2 · TMU 231/19", "Dagsorden".
    public var label: String
    /// The document's own title (its first heading), for the tab's tooltip.
    public var title: String
    /// The validated XHTML 1.0 Strict page, with its print CSS.
    public var html: String
    public var markdown: String
    public var text: String
}
