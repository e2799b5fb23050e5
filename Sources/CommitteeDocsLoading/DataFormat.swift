/// The syntax of a data file.
public enum DataFormat: Sendable, Hashable {
    /// YAML 1.1 as libyaml reads it (through Yams), one document per file.
    case yaml
    /// JSON as RFC 8259 defines it.
    case json

    /// The format for a file name extension (`yaml`, `yml`, `json`, any case), or `nil` for others.
    public init?(pathExtension: String) {
        switch pathExtension.lowercased() {
        case "yaml", "yml": self = .yaml
        case "json": self = .json
        default: return nil
        }
    }
}
