/// What the official is looking at: an edition, a document of it, and a view of that document.
/// Read from the page's query (`?udgave=offentlig&dokument=3&visning=tekst`) and always within
/// what the snapshot has, so that a stale link shows the nearest real thing.
struct Selection: Sendable, Equatable {
    enum View: String, Sendable, CaseIterable {
        /// The XHTML as it will be printed.
        case udskrift
        case markdown
        case tekst

        var label: String {
            switch self {
            case .udskrift: "Udskrift"
            case .markdown: "Markdown"
            case .tekst: "Tekst"
            }
        }

        /// The document route's extension for this view.
        var fileExtension: String {
            switch self {
            case .udskrift: "html"
            case .markdown: "md"
            case .tekst: "txt"
            }
        }
    }

    /// `intern` or `offentlig`; nil for memos and plans.
    var udgave: String?
    /// 1-based, within the edition.
    var dokument: Int
    var view: View

    init(udgave: String?, dokument: Int, view: View) {
        self.udgave = udgave
        self.dokument = dokument
        self.view = view
    }

    /// The selection asked for, fitted to `content` (a first document and edition when it names none).
    init(query: (String) -> String?, content: PreviewContent?) {
        view = query("visning").flatMap(View.init(rawValue:)) ?? .udskrift
        let edition = content?.edition(query("udgave"))
        udgave = edition?.udgave?.rawValue
        let count = edition?.documents.count ?? 0
        let asked = query("dokument").flatMap { Int($0) } ?? 1
        dokument = (1...max(1, count)).contains(asked) ? asked : 1
    }

    /// The page's query for this selection with `change` applied.
    func query(_ change: (inout Selection) -> Void = { _ in }) -> String {
        var selection = self
        change(&selection)
        var parts: [String] = []
        if let udgave = selection.udgave { parts.append("udgave=" + udgave) }
        parts.append("dokument=\(selection.dokument)")
        parts.append("visning=" + selection.view.rawValue)
        return "?" + parts.joined(separator: "&")
    }

    /// The route of the selected document's file in the current view.
    var documentPath: String {
        "/dokument/\(dokument).\(view.fileExtension)" + (udgave.map { "?udgave=" + $0 } ?? "")
    }
}
