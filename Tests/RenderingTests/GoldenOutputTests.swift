import Foundation
import TestSupport
import Testing
import CommitteeDocsMarkdownReading
import CommitteeDocsPacket
@testable import CommitteeDocsRendering

/// output/ holds the committed renderings of samples/, in every format (the PDFs included):
/// rendering again must give the same bytes, and output/ must hold nothing else. Regenerate with `make demo` and commit.
@Suite struct GoldenOutputTests {
    @Test func renderingTheSamplesAgainChangesNoByte() async throws {
        let files = try sampleFiles()
        #expect(files.count >= 3)
        var expected: Set<String> = []
        for (file, outcome) in zip(files, try everyFormat().render(files: files.map { packageRoot + "/" + $0 })) {
            guard case .rendered(let documents) = outcome else {
                Issue.record("\(file) did not render: \(outcome)")
                continue
            }
            for document in documents {
              for rendered in document.files {
                let path = "output/" + rendered.relativePath(base: document.basePath)
                expected.insert(path)
                let committed = FileManager.default.contents(atPath: packageRoot + "/" + path).map { [UInt8]($0) }
                #expect(committed == rendered.content.bytes, "\(path) differs from a fresh rendering of \(file): run `make demo`")
              }
            }
        }
        expected.formUnion(try await packetFiles())
        let present = Set(try allFiles(under: "output"))
        #expect(present == expected, "output/ holds stale or missing files")
    }

    /// Every meeting in samples/møder/ built as packets must match output/pakker/ byte for byte.
    private func packetFiles() async throws -> Set<String> {
        var expected: Set<String> = []
        let meetings = try FileManager.default.contentsOfDirectory(atPath: packageRoot + "/samples/møder")
            .filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(meetings.count >= 2)
        for meeting in meetings {
            let path = packageRoot + "/samples/møder/" + meeting
            // A decisions file (…-referat.yaml) gives the meeting's minutes.
            let packets = meeting.hasSuffix("-referat.yaml")
                ? try MinutesBuilder(renderer: try everyFormat()).build(decisionsFile: path, editions: [.intern, .offentlig])
                : try await PacketBuilder(renderer: try everyFormat()).build(meetingFile: path, editions: [.intern, .offentlig])
            for packet in packets {
                for file in packet.files {
                    let path = "output/pakker/\(packet.folder)/\(file.path)"
                    expected.insert(path)
                    let committed = FileManager.default.contents(atPath: packageRoot + "/" + path).map { [UInt8]($0) }
                    #expect(committed == file.bytes, "\(path) differs from a fresh build of samples/møder/\(meeting): run `make demo`")
                }
            }
        }
        return expected
    }

    /// `make demo` renders every format, PDF included.
    private func everyFormat() throws -> Renderer {
        try shippedRenderer(RenderOptions(formats: OutputFormat.allCases))
    }

    private func allFiles(under folder: String) throws -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: packageRoot + "/" + folder)!
        return enumerator.compactMap { $0 as? String }.map { folder + "/" + $0 }
            .filter { !FileManager.default.isDirectory(packageRoot + "/" + $0) }
    }
}

/// The Markdown we write reads back, through cmark-gfm, to the very tree it was written from.
@Test func everySamplesMarkdownReadsBackToTheSameTree() throws {
    var checked = 0
    for (file, outcome) in zip(try sampleFiles(), try shippedRenderer().render(files: try sampleFiles().map { packageRoot + "/" + $0 })) {
        guard case .rendered(let documents) = outcome else {
            Issue.record("\(file) did not render: \(outcome)")
            continue
        }
        for document in documents {
            let reread = MarkdownReader().read(document.contents(.md)).normalized()
            #expect(reread == document.document.normalized(), "\(document.basePath).md does not read back to its tree")
            checked += 1
        }
    }
    #expect(checked >= 9)
}
