import CommitteeDocsDocumentTree
import Foundation
import CommitteeDocsMarkdownWriting
import TestSupport
import Testing
@testable import CommitteeDocsRendering

/// `samples/notat-finansiering-solhaven.yaml` wraps its period so that a line starts with
/// "1. januar 2020"; every format keeps the day as text.
@Suite("Danish prose in the rendered memo")
struct DanishProseRenderingTests {
    static func memo() throws -> RenderedDocument {
        let file = packageRoot + "/samples/notat-finansiering-solhaven.yaml"
        let documents = try shippedRenderer().render(bytes: [UInt8](FileManager.default.contents(atPath: file)!), file: file)
        return try #require(documents.first)
    }

    /// The text with each run of white space (line ends too) as one space.
    static func flowing(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test("XHTML: the period is one paragraph, no list")
    func xhtml() throws {
        let html = try Self.memo().contents(.html)
        #expect(Self.flowing(html).contains("helhedsplan for perioden 1. januar 2020 til 31. december 2023. Planen ligger"))
        #expect(!html.contains("<ol"))
    }

    @Test("Markdown: the line starts with an escaped \"1\\.\", and cmark-gfm reads a paragraph")
    func markdown() throws {
        let markdown = try Self.memo().contents(.md)
        #expect(markdown.contains("for perioden\n1\\. januar 2020 til 31. december 2023."))
        let html = try unsafeHTML(markdown)
        #expect(Self.flowing(html).contains("perioden 1. januar 2020 til 31. december 2023."))
        #expect(!html.contains("<ol"))
    }

    @Test("Text: the period reads on, without a list's hanging indent")
    func text() throws {
        let text = try Self.memo().contents(.txt)
        #expect(Self.flowing(text).contains("helhedsplan for perioden 1. januar 2020 til 31. december 2023. Planen ligger"))
        #expect(!text.contains("perioden\n\n1. januar"))
        #expect(!text.contains("\n   indsatsområder"))
    }

    @Test("Whatever a paragraph's lines start with, cmark-gfm reads our Markdown of it as one paragraph",
          arguments: ["1. januar", "1) januar", "3. kvartal", "10. oktober", "1.", "- tankestreg", "+ plus", "> citat", "# nr"])
    func anyLineStartStaysText(_ line: String) throws {
        let markdown = MarkdownWriter().write(Document(blocks: [.paragraph([.text("Før"), .softBreak, .text(line), .softBreak, .text("efter")])]))
        let html = try unsafeHTML(markdown)
        #expect(html == "<p>Før\n\(line.replacingOccurrences(of: ">", with: "&gt;"))\nefter</p>\n", "\(markdown)")
    }
}
