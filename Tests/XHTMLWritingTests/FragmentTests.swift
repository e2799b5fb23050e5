import CommitteeDocsDocumentTree
import Testing
import CommitteeDocsXHTMLValidation
import CommitteeDocsXHTMLWriting

/// A page too large to hold as one tree (a meeting packet) is written in pieces: the first
/// document's opening, fragments, the closing.
@Suite("XHTML written in pieces")
struct XHTMLFragmentTests {
    let agenda = Document(blocks: [
        .heading(level: 1, [.text("Borgerrepræsentationen – DAGSORDEN")]),
        .paragraph([.text("Mødet begynder kl. 17.30.")]),
    ], properties: DocumentProperties(author: "Borgerrepræsentationen", date: "2019-10-10"))

    let item = Document(blocks: [
        .pageBreak,
        .paragraph([.strong([.text("Punkt 2")]), .text(" · BR 412/19 · Åben")]),
        .heading(level: 2, [.text("Foreløbig helhedsplan for Solhaven")]),
        .paragraph([.text("Bilag 1. "), .link(destination: "bilag/02-br-412-19-1-plan.md", title: "", [.text("Helhedsplan")])]),
    ])

    @Test func openingFragmentAndClosingAreTheWholePage() {
        let writer = XHTMLWriter()
        #expect(writer.opening(agenda) + writer.fragment(agenda) + XHTMLWriter.closing == writer.write(agenda))
        #expect(writer.opening(agenda).hasSuffix("<body>\n<div class=\"indhold\">\n"))
        #expect(writer.opening(agenda).contains("<title>Borgerrepræsentationen – DAGSORDEN</title>"))
    }

    @Test func aFragmentIsTheBlocksWithTheWritersPageBreak() {
        #expect(XHTMLWriter().fragment(item) == """
            <div class="sideskift"></div>
            <p><strong>Punkt 2</strong> · BR 412/19 · Åben</p>
            <h2>Foreløbig helhedsplan for Solhaven</h2>
            <p>Bilag 1. <a href="bilag/02-br-412-19-1-plan.md">Helhedsplan</a></p>

            """)
    }

    @Test func aPageOfFragmentsIsValidAndHasOneTitle() throws {
        let writer = XHTMLWriter()
        let page = writer.opening(agenda) + writer.fragment(agenda) + writer.fragment(item) + writer.fragment(item) + XHTMLWriter.closing
        #expect(try XHTMLValidator.shared().validateStreaming(page, file: "pakke.html").isEmpty)
        #expect(page.components(separatedBy: "<h1>").count == 2)
    }

    @Test("Hostile text in a fragment stays text, and the page stays valid", arguments: hostileStrings + [
        "</div></body></html><script>alert(1)</script><div class=\"sideskift\"></div><p>Punkt 9</p>",
    ])
    func hostileTextInAFragmentStaysText(_ hostile: String) throws {
        let fragment = XHTMLWriter().fragment(Document(blocks: [.pageBreak, .paragraph([.text(hostile)]), .heading(level: 2, [.text(hostile)])]))
        #expect(!fragment.contains("<script>") && !fragment.contains("</body>"))
        #expect(fragment.components(separatedBy: "<div class=\"sideskift\">").count == 2, "only the page break's own markup")
        let writer = XHTMLWriter()
        let page = writer.opening(agenda) + fragment + XHTMLWriter.closing
        #expect(try XHTMLValidator.shared().validateStreaming(page, file: "pakke.html").isEmpty)
    }

    @Test func theOutlineOfPartsNamesTheParagraphAfterThePageBreak() {
        // The stylesheet matches the markup this writer gives a page break and the paragraph after it.
        let fragment = XHTMLWriter().fragment(item)
        #expect(fragment.hasPrefix("<div class=\"sideskift\"></div>\n<p>"))
        #expect(XHTMLWriter.outlineOfParts.contains("div.sideskift + p { bookmark-level: 1; bookmark-label: content(text); }"))
    }
}
