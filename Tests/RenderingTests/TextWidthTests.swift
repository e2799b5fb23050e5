import Foundation
import Packet
import TestSupport
import Testing
import TextWriting
@testable import Rendering

/// Every rendered text file keeps to `--width`, tables included, measured as the text writer
/// measures (display columns). Attachments (`bilag/`) are copied as given, not rendered.
@Suite("Text that fits the width")
struct TextWidthTests {
    /// "file:line: N columns" for every line of `text` wider than `width`.
    static func tooWide(_ text: String, width: Int, file: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { index, line in
            let columns = TextWriter.displayWidth(of: String(line))
            return columns > width ? "\(file):\(index + 1): \(columns) columns: \(line)" : nil
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

    @Test("Every meeting's packets, agenda and items, fit the width", arguments: [72, 50])
    func packets(width: Int) async throws {
        let meetings = try FileManager.default.contentsOfDirectory(atPath: packageRoot + "/samples/møder")
            .filter { $0.hasSuffix(".yaml") }.sorted()
        var checked = 0
        for meeting in meetings {
            let packets = try await PacketBuilder(renderer: try shippedRenderer(RenderOptions(width: width)))
                .build(meetingFile: packageRoot + "/samples/møder/" + meeting, editions: [.intern, .offentlig])
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
