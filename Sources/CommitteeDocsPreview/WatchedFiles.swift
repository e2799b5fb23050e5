import Foundation
import CommitteeDocsLoading
import CommitteeDocsModel

/// What a watched file looks like now: enough to see that it changed. Files up to 1 MB are also
/// compared by content, because the kernel's file times tick coarsely (a few ms): two quick saves
/// of the same size may share one modification time.
struct FileStamp: Hashable, Sendable {
    var exists = false
    var inode: UInt64 = 0
    var size: Int64 = 0
    var modified: Int64 = 0
    var changed: Int64 = 0
    var contentHash: Int?

    static let hashedSize = 1_000_000

    static func of(_ path: String) -> FileStamp {
        var info = stat()
        guard stat(path, &info) == 0 else { return FileStamp() }
        var stamp = FileStamp(exists: true, inode: UInt64(info.st_ino), size: Int64(info.st_size),
                              modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec),
                              changed: Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec))
        if (info.st_mode & S_IFMT) == S_IFREG, info.st_size <= hashedSize, let data = FileManager.default.contents(atPath: path) {
            var hasher = Hasher()
            data.withUnsafeBytes { hasher.combine(bytes: $0) }
            stamp.contentHash = hasher.finalize()
        }
        return stamp
    }
}

/// The bounded set of files a preview watches, in two parts: the data (the file, the data files
/// in its folder, and the files it refers to) and the resources the renderer is made from (the
/// template folder and its templates, the rules table). A change to the resources makes the
/// renderer again.
struct WatchedFiles: Sendable {
    var data: [String]
    var resources: [String]

    /// At most this many data files in the previewed file's folder, and this many references.
    static let folderLimit = 200
    static let referenceLimit = 300

    init(configuration: PreviewConfiguration, references: [String]) {
        let file = configuration.file
        var data = [file]
        let folder = (file as NSString).deletingLastPathComponent
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder)) ?? []
        for name in names.filter(Self.isDataFile).sorted().prefix(Self.folderLimit) {
            data.append(DataFilePath.resolve(name, in: folder))
        }
        var seen = Set(data.map { ($0 as NSString).standardizingPath })
        for reference in references where seen.insert((reference as NSString).standardizingPath).inserted {
            data.append(reference)
        }
        self.data = data
        // The built-in templates and rules cannot change while the preview runs.
        var resources: [String] = []
        if let templates = configuration.templatesFolder {
            let templateNames = (try? FileManager.default.contentsOfDirectory(atPath: templates)) ?? []
            resources = [templates] + templateNames.filter { $0.hasSuffix(".md") }.sorted().map { templates + "/" + $0 }
        }
        if let rules = configuration.rulesFile { resources.append(rules) }
        self.resources = resources
    }

    var count: Int { data.count + resources.count }

    /// Every watched file's stamp now.
    func stamps() -> (data: [String: FileStamp], resources: [String: FileStamp]) {
        (Dictionary(data.map { ($0, FileStamp.of($0)) }, uniquingKeysWith: { first, _ in first }),
         Dictionary(resources.map { ($0, FileStamp.of($0)) }, uniquingKeysWith: { first, _ in first }))
    }

    static func isDataFile(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") || lower.hasSuffix(".json")
    }

    /// The files `file` refers to, and theirs (three levels: a meeting's plan, the plan's decisions
    /// files, their meeting files): every text value that names an existing file relative to the
    /// referring file's folder, as sources (`kilde`), attachments (`fil`), decisions files
    /// (`referat`), a decisions file's meeting (`møde`) and `tillæg-til` do. Read from the value
    /// tree, not the typed model, so a file that breaks a rule still has its references watched.
    static func references(of file: String, maximumInput: Int) -> [String] {
        var found: [String] = []
        var seen: Set<String> = [(file as NSString).standardizingPath]
        var queue: [(path: String, depth: Int)] = [(file, 0)]
        while !queue.isEmpty, found.count < referenceLimit {
            let (path, depth) = queue.removeFirst()
            guard FileStamp.of(path).size <= maximumInput, let bytes = FileManager.default.contents(atPath: path),
                  let root = try? DataLoader.load([UInt8](bytes), file: path, format: DataFormat(path: path)) else { continue }
            let folder = (path as NSString).deletingLastPathComponent
            for text in strings(in: root) where text.count < 1024 && (text.contains(".") || text.contains("/")) && !text.contains("\n") {
                let candidate = DataFilePath.resolve(text, in: folder)
                var isFolder: ObjCBool = false
                guard FileManager.default.fileExists(atPath: candidate, isDirectory: &isFolder), !isFolder.boolValue,
                      seen.insert((candidate as NSString).standardizingPath).inserted else { continue }
                found.append(candidate)
                if depth < 2, isDataFile(candidate) { queue.append((candidate, depth + 1)) }
                if found.count >= referenceLimit { break }
            }
        }
        return found
    }

    /// Every scalar's text in a value tree.
    private static func strings(in node: DataNode) -> [String] {
        var out: [String] = []
        var stack = [node]
        while let current = stack.popLast() {
            switch current.value {
            case .scalar(let scalar): out.append(scalar.text)
            case .mapping(let entries): stack.append(contentsOf: entries.reversed().map(\.value))
            case .sequence(let elements): stack.append(contentsOf: elements.reversed())
            case .null: break
            }
        }
        return out
    }
}
