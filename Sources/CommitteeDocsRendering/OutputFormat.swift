/// The formats a document is written in, all from one template: three text formats written from
/// the document tree, and PDF, printed from the validated XHTML.
public enum OutputFormat: String, CaseIterable, Hashable, Sendable, Comparable {
    case html
    case md
    case txt
    /// PDF/A-2b, printed by WeasyPrint from the XHTML (see `PDFPrinting`).
    case pdf

    /// What `render` writes unless told otherwise: the three text formats. PDF needs an external
    /// engine and takes far longer, so it is asked for by name (`--format pdf` or `all`).
    public static let standard: [OutputFormat] = [.html, .md, .txt]

    /// The file name extension.
    public var fileExtension: String { rawValue }

    public static func < (lhs: OutputFormat, rhs: OutputFormat) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// Parses a comma-separated list such as `html,md` (`all` names every format); nil names the
    /// first unknown entry.
    public static func parseList(_ text: String) -> Result<[OutputFormat], UnknownFormat> {
        var formats: [OutputFormat] = []
        for name in text.split(separator: ",").map({ $0.trimmingSpaces.lowercased() }) where !name.isEmpty {
            let named: [OutputFormat]? = switch name {
            case "html", "xhtml": [.html]
            case "md", "markdown": [.md]
            case "txt", "text": [.txt]
            case "pdf": [.pdf]
            case "all": allCases
            default: nil
            }
            guard let named else { return .failure(UnknownFormat(name: name)) }
            for format in named where !formats.contains(format) { formats.append(format) }
        }
        return .success(formats.sorted())
    }

    public struct UnknownFormat: Error, Sendable {
        public let name: String
    }
}

extension Substring {
    var trimmingSpaces: String {
        String(drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
    }
}
