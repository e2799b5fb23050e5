import Foundation
import PackagePlugin

/// Compiles the package's shipped data (Templates/, Rules/, schemas/, Starters/) into the target
/// as Swift string literals, so that an installed binary needs no files beside it. The generated
/// source is rebuilt whenever one of those files changes.
@main
struct EmbedResources: BuildToolPlugin {
    /// The folders embedded, relative to the package root, with the file endings taken from each.
    static let folders: [(name: String, suffixes: [String])] = [
        ("Templates", [".md"]),
        ("Rules", [".yaml"]),
        ("schemas", [".schema.json"]),
        ("Starters", [".yaml"]),
    ]

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        var inputs: [URL] = []
        for folder in Self.folders {
            let directory = root.appendingPathComponent(folder.name)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
            for name in names.sorted() where folder.suffixes.contains(where: name.hasSuffix) {
                inputs.append(directory.appendingPathComponent(name))
            }
        }
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("EmbeddedFiles.swift")
        return [
            .buildCommand(displayName: "Embedding \(inputs.count) shipped files in \(target.name)",
                          executable: try context.tool(named: "EmbedResourcesTool").url,
                          arguments: [output.path, root.path] + inputs.map(\.path),
                          inputFiles: inputs,
                          outputFiles: [output]),
        ]
    }
}
