import CommitteeDocsDiagnostics
import Foundation

extension TemplateLibrary {
    /// Loads every `*.md` file of a folder (not its subfolders); a template's name is its file name
    /// without the extension, and positions in it use the file's path. Reports all unreadable
    /// files and all syntax errors together.
    public init(directory: String) throws(DiagnosticList) {
        let files: [String]
        do {
            files = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".md") }.sorted()
        } catch {
            throw DiagnosticList(Diagnostic(file: directory, TemplatesText.cannotReadFolder()))
        }
        var collector = DiagnosticCollector()
        var sources: [(name: String, source: String, file: String)] = []
        for file in files {
            let path = directory.hasSuffix("/") ? directory + file : directory + "/" + file
            let name = String(file.dropLast(".md".count))
            guard let data = FileManager.default.contents(atPath: path), let source = String(data: data, encoding: .utf8) else {
                collector.append(Diagnostic(file: path, TemplatesText.cannotReadTemplate()))
                continue
            }
            sources.append((name, source, path))
        }
        var library: TemplateLibrary?
        do {
            library = try TemplateLibrary(sources: sources)
        } catch {
            collector.append(contentsOf: error)
        }
        try collector.check()
        self = library!
    }

    /// Parses templates given as text (e.g. compiled into the program): each with the name partials
    /// use and the file name its positions show. Reports all syntax errors together.
    public init(sources: [(name: String, source: String, file: String)]) throws(DiagnosticList) {
        var collector = DiagnosticCollector()
        var templates: [String: Template] = [:]
        for (name, source, file) in sources {
            var source = source
            // A byte-order mark is not text; dropping it keeps line 1's columns as editors count them.
            if source.unicodeScalars.first == "\u{FEFF}" { source.unicodeScalars.removeFirst() }
            do {
                templates[name] = try Template(source, name: name, file: file)
            } catch {
                collector.append(contentsOf: error)
            }
        }
        try collector.check()
        self.init(templates: templates)
    }
}
