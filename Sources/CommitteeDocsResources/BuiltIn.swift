/// The files committee-docs ships, compiled into the binary by the EmbedResources build plugin:
/// the default templates, the funding rules table, the JSON Schemas of the data files and the
/// starter files of `new`. An installed binary needs nothing beside it; `--templates` and
/// `--rules` (or their environment variables) still override the first two.
public enum BuiltIn {
    /// What positions in a built-in file name as its file: `<indbygget>/Templates/notat.md`.
    public static let label = "<indbygget>"

    /// One shipped file: its path in the project (`Templates/notat.md`) and its text.
    public struct File: Sendable, Hashable {
        public let path: String
        public let text: String

        /// The file's name without its folder: `notat.md`.
        public var name: String { String(path[path.index(after: path.lastIndex(of: "/") ?? path.startIndex)...]) }
        /// The name positions and messages use for it.
        public var label: String { BuiltIn.label + "/" + path }
    }

    /// Every shipped file, sorted by path.
    public static let files: [File] = embeddedFiles.map { File(path: $0.path, text: $0.text) }.sorted { $0.path < $1.path }

    /// The files of one shipped folder (`Templates`, `Rules`, `schemas`, `Starters`).
    public static func files(in folder: String) -> [File] {
        files.filter { $0.path.hasPrefix(folder + "/") }
    }

    /// The default templates (`Templates/*.md`).
    public static var templates: [File] { files(in: "Templates") }

    /// The funding rules table (`Rules/finansieringsregler.yaml`).
    public static var rulesTable: File { files.first { $0.path == "Rules/finansieringsregler.yaml" }! }

    /// The JSON Schema of a kind of data file (`notat`, `plan`, `moede`, `referat`), or nil.
    public static func schema(_ kind: String) -> File? {
        files.first { $0.path == "schemas/\(kind).schema.json" }
    }

    /// The starter file of a kind of document (`notat`, `indstilling`, `plan`, `moede`), or nil.
    public static func starter(_ kind: String) -> File? {
        files.first { $0.path == "Starters/\(kind).yaml" }
    }
}
