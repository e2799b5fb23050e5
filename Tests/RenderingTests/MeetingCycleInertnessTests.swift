import DocumentTree
import Foundation
import MarkdownReading
import MarkdownWriting
import Model
import Packet
import Testing
@testable import Rendering

// Issue 9's new data and text — a closed document's or item's ground (`lukket-grund`), an item's
// bilag titles and links, and decisions taken from a decisions file — meet the same hostile
// strings as every other field: the Markdown stays inert in an unsafe renderer, the XHTML valid
// (the renderer validates it), and a value comes out as text, never as markup or a link.

/// One renderer for these tests: wide enough that the text output never wraps a value.
private let renderer = try! shippedRenderer(RenderOptions(width: 1000))

/// A closed memo whose ground is `grund`, as an official writes it.
func closedMemo(grund: String, sagsnr: String = "2019-0587766") -> String {
    """
    {"dokument": "notat", "til": "Borgerrepræsentationen", "titel": "Salg af ejendommen Valby Langgade 180",
     "dato": "2019-09-20", "sagsnr": "\(sagsnr)", "dokumentnr": "2019-0912345", "sagsbehandler": "Ida Sørensen",
     "adgang": "lukket", "lukket-grund": \(json(grund)),
     "afsnit": [{"overskrift": "Tilbud", "tekst": "Det højeste bud kendes."}]}
    """
}

/// `hostilePlan` with plain values, its indstilling closed on the ground `grund`.
func closedPlan(grund: String) -> String {
    let plan = hostilePlan("Solhaven")
    let closed = plan.replacingOccurrences(of: #""dokument": "indstilling", "#,
                                           with: #""dokument": "indstilling", "adgang": "lukket", "lukket-grund": \#(json(grund)), "#)
    precondition(closed != plan)
    return closed
}

/// `line` as the text writer writes it: runs of spaces become one (TextWriter).
func asText(_ line: String) -> String {
    line.replacing(try! Regex(" +"), with: " ")
}

/// Every link target in `html`.
func hrefs(_ html: String) -> [String] {
    html.matches(of: try! Regex(#"href="([^"]*)""#)).map { String($0.output[1].substring!) }
}

@Suite("A closed document's ground (lukket-grund) is text")
struct ClosedGroundInertnessTests {
    @Test(arguments: loadableHostileStrings)
    func aClosedMemosGroundStaysInertAndLiteral(_ hostile: String) throws {
        let documents = try renderer.render(bytes: Array(closedMemo(grund: hostile).utf8), file: "notat.json")  // validates the XHTML
        let memo = try #require(documents.first)
        expectMarkedFortroligt(memo, grund: hostile)
    }

    @Test(arguments: loadableHostileStrings)
    func aClosedPlanDocumentsGroundStaysInertAndLiteral(_ hostile: String) throws {
        let documents = try renderer.render(bytes: Array(closedPlan(grund: hostile).utf8), file: "plan.json")
        let indstilling = try #require(documents.first)
        expectMarkedFortroligt(indstilling, grund: hostile)
    }

    /// The marking "Fortroligt – lukket efter ‹grund›" holds the ground as text in every format,
    /// the Markdown makes no markup of it and reads back to the same tree.
    private func expectMarkedFortroligt(_ rendered: RenderedDocument, grund: String) {
        let marking = Block.paragraph([.strong([.text("Fortroligt")]), .text(" – lukket efter " + grund)]).normalized()
        #expect(rendered.document.normalized().blocks.contains(marking))
        #expect(rendered.contents(.html).contains("<p><strong>Fortroligt</strong> – lukket efter \(xhtmlEscaped(grund))</p>"))
        #expect(!rendered.contents(.html).contains("<script"))
        #expect(rendered.contents(.txt).contains(asText("Fortroligt – lukket efter \(grund)")))
        let markdown = rendered.contents(.md)
        #expect(foreignMarkup(try! unsafeHTML(markdown)) == [], "\(markdown)")
        #expect(MarkdownReader().read(markdown).normalized() == MarkdownWriter.readBack(of: rendered.document), "\(markdown)")
    }
}
