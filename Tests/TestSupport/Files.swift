import Foundation

/// A fresh folder for one test (`committee-docs-<purpose>-<UUID>` in the temporary folder),
/// removed afterwards by the caller.
public func temporaryFolder(_ purpose: String = "test") throws -> String {
    let path = NSTemporaryDirectory() + "committee-docs-\(purpose)-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

/// The text of a file in the checkout's samples/, such as `sample("notat-kort.yaml")`.
public func sample(_ name: String) throws -> String {
    try String(contentsOfFile: packageRoot + "/samples/" + name, encoding: .utf8)
}

extension FileManager {
    /// Whether `path` is a folder (following a link).
    public func isDirectory(_ path: String) -> Bool {
        var flag: ObjCBool = false
        return fileExists(atPath: path, isDirectory: &flag) && flag.boolValue
    }
}
