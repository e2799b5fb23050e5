import Foundation
import CommitteeDocsPacket
import TestSupport
import Testing
import CommitteeDocsTextWriting
@testable import CommitteeDocsRendering

/// Every rendered text file keeps to `--width`, tables included, measured as the text writer
/// measures (display columns). Attachments (`bilag/`) are copied as given, not rendered.
@Suite("Text that fits the width")
struct TextWidthTests {
    /// "file:line: N columns" for every line of `text` wider than `width`.
    /// The lines wider than `width`, except a line that is one word (after its indentation): a
    /// word wider than the page, such as a bilag's path at width 50, cannot be broken.
    static func tooWide(_ text: String, width: Int, file: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { index, line in
            let columns = TextWriter.displayWidth(of: String(line))
            let oneWord = !line.drop(while: { $0 == " " }).contains(" ")
            return columns > width && !oneWord ? "\(file):\(index + 1): \(columns) columns: \(line)" : nil
        }
    }

    @Test("Every sample's text, memos and plans, fits the width", arguments: [72, 50])
    func samples(width: Int) throws {
        let renderer = try shippedRenderer(RenderOptions(formats: [.txt], width: width))
        var checked = 0
        for (file, outcome) in zip(try sampleFiles(), renderer.render(files: try sampleFiles().map { packageRoot + "/" + $0 })) {
            guard case .rendered(let documents) = outcome else {
                Issue.record("\(file) did not render: \(outcome)")
                continue
            }
            for document in documents {
                #expect(Self.tooWide(document.contents(.txt), width: width, file: document.basePath + ".txt") == [])
                checked += 1
            }
        }
        #expect(checked >= 9)
    }

    @Test("Every meeting's packets, agenda and items, and its minutes fit the width", arguments: [72, 50])
    func packets(width: Int) async throws {
        let meetings = try FileManager.default.contentsOfDirectory(atPath: packageRoot + "/samples/møder")
            .filter { $0.hasSuffix(".yaml") }.sorted()
        var checked = 0
        for meeting in meetings {
            let renderer = try shippedRenderer(RenderOptions(width: width))
            let path = packageRoot + "/samples/møder/" + meeting
            let packets = meeting.hasSuffix("-referat.yaml")
                ? try MinutesBuilder(renderer: renderer).build(decisionsFile: path, editions: [.intern, .offentlig])
                : try await PacketBuilder(renderer: renderer).build(meetingFile: path, editions: [.intern, .offentlig])
            for packet in packets {
                for file in packet.files where file.path.hasSuffix(".txt") && !file.path.hasPrefix("bilag/") {
                    let text = String(decoding: file.bytes, as: UTF8.self)
                    #expect(Self.tooWide(text, width: width, file: "\(packet.folder)/\(file.path)") == [])
                    checked += 1
                }
            }
        }
        #expect(checked >= 10)
    }
}
