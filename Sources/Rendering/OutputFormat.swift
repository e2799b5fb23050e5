/// The formats every document is written in, all from one template.
public enum OutputFormat: String, CaseIterable, Hashable, Sendable, Comparable {
    case html
    case md
    case txt

    /// The file name extension.
    public var fileExtension: String { rawValue }

    public static func < (lhs: OutputFormat, rhs: OutputFormat) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// Parses a comma-separated list such as `html,md`; nil names the first unknown entry.
    public static func parseList(_ text: String) -> Result<[OutputFormat], UnknownFormat> {
        var formats: [OutputFormat] = []
        for name in text.split(separator: ",").map({ $0.trimmingSpaces.lowercased() }) where !name.isEmpty {
            let format: OutputFormat? = switch name {
            case "html", "xhtml": .html
            case "md", "markdown": .md
            case "txt", "text": .txt
            default: nil
            }
            guard let format else { return .failure(UnknownFormat(name: name)) }
            if !formats.contains(format) { formats.append(format) }
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
