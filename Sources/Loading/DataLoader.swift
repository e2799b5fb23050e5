import Diagnostics

public enum DataFormat: Sendable {
    case yaml, json
}

/// Reads YAML or JSON bytes into a positioned `DataNode` tree. (Stub: to be implemented.)
public enum DataLoader {
    public static func load(_ bytes: [UInt8], file: String, format: DataFormat) throws(DiagnosticList) -> DataNode {
        throw DiagnosticList(Diagnostic(file: file, "loading is not implemented yet"))
    }
}
