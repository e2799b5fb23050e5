import Foundation
import Testing
@testable import CommitteeDocsTemplating

/// Loading a folder of templates: every `*.md` file by its name, positions in its path.
struct TemplateLibraryTests {
    /// A fresh folder with the given files, removed after `body`.
    private func withFolder<T>(_ files: [String: String], _ body: (String) throws -> T) throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("templating-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for (name, text) in files {
            try text.write(toFile: "\(folder)/\(name)", atomically: true, encoding: .utf8)
        }
        return try body(folder)
    }

    /// The errors of a strict render of one template of the folder, as printed.
    private func strictErrors(folder: String, _ name: String, _ data: TemplateValue) -> String {
        var output = RecordingOutput()
        do {
            try TemplateLibrary(directory: folder).render(name, data, into: &output)
            return ""
        } catch {
            return error.description
        }
    }

    @Test func everyMarkdownFileIsATemplateNamedAfterTheFile() throws {
        let names = try withFolder(["notat.md": "{{>hoved}} {{titel}}", "hoved.md": "Til {{udvalg}}", "noter.txt": "ikke en skabelon"]) { folder in
            let library = try TemplateLibrary(directory: folder)
            #expect(try library.render("notat", ["udvalg": "ØU", "titel": "Plan"]) == "Til ØU Plan")
            return library.names
        }
        #expect(names == ["hoved", "notat"])
    }

    @Test func errorsInTemplateFilesUseTheFilesPath() throws {
        try withFolder(["a.md": "{{#x}}", "b.md": "ok", "c.md": "{{y"]) { folder in
            #expect(throws: (any Error).self) { try TemplateLibrary(directory: folder) }
            do {
                _ = try TemplateLibrary(directory: folder)
            } catch {
                #expect("\(error)" == """
                    \(folder)/a.md:1:1: error: {{#x}} is never closed: no {{/x}} before the end of the template
                    \(folder)/c.md:1:1: error: unclosed tag: no "}}" after "{{y"
                    """)
            }
        }
    }

    @Test func strictErrorsInAPartialPointIntoThePartialsFile() throws {
        try withFolder(["notat.md": "\n{{>hoved}}", "hoved.md": "Til {{udvalget}}"]) { folder in
            #expect(strictErrors(folder: folder, "notat", ["udvalg": "ØU"])
                == "\(folder)/hoved.md:1:5: error: udvalget: {{udvalget}} is not in the data (did you mean \"udvalg\"?)")
        }
    }

    @Test func aByteOrderMarkDoesNotShiftColumns() throws {
        try withFolder(["notat.md": "\u{FEFF}{{titl}}"]) { folder in
            #expect(strictErrors(folder: folder, "notat", ["titel": "Plan"])
                == "\(folder)/notat.md:1:1: error: titl: {{titl}} is not in the data (did you mean \"titel\"?)")
        }
    }

    @Test func aMissingFolderIsAnError() {
        #expect(throws: (any Error).self) { try TemplateLibrary(directory: "/nonexistent/templates") }
    }

    @Test func renderingAnUnknownTemplateNameIsAnError() throws {
        do {
            _ = try library("x").render("mian", [:])
            Issue.record("expected an error")
        } catch {
            #expect("\(error)" == #"error: no template named "mian" (did you mean "main"?)"#)
        }
    }

    @Test func oneLibraryRendersFromManyThreadsAtOnce() async throws {
        let shared = try library("{{#afsnit}}{{overskrift}};{{/afsnit}}")
        let data: TemplateValue = ["afsnit": [["overskrift": "A"], ["overskrift": "B"]]]
        let results = await withTaskGroup(of: String.self) { group in
            for _ in 0..<8 { group.addTask { (try? shared.render("main", data)) ?? "fejl" } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results == Array(repeating: "A;B;", count: 8))
    }
}
