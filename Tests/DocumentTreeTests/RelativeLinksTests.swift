import CommitteeDocsDocumentTree
import Testing

/// A page in `punkter/` put into a document at the packet's top: its links reach the same files.
@Suite("Relative links moved out of a folder")
struct RelativeLinksTests {
    private func moved(_ destination: String) -> String? {
        let document = Document(blocks: [.paragraph([.link(destination: destination, title: "", [.text("Bilag 1")])])])
        guard case .paragraph(let inlines) = document.withRelativeLinks(movedOutOf: "punkter").blocks.first,
              case .link(let destination, _, _) = inlines.first else { return nil }
        return destination
    }

    @Test func anAttachmentLinkFromAnItemPageIsLinkedFromTheTop() {
        #expect(moved("../bilag/02-br-412-19-1-solhaven-helhedsplan.md") == "bilag/02-br-412-19-1-solhaven-helhedsplan.md")
        #expect(moved("../bilag/02-tmu-232-19-2-mit bilag (1).txt") == "bilag/02-tmu-232-19-2-mit bilag (1).txt")
        #expect(moved("../bilag/a.md#side-2") == "bilag/a.md#side-2")
    }

    @Test func aLinkBesideTheItemPageKeepsPointingIntoItsFolder() {
        #expect(moved("03-br-413-19.html") == "punkter/03-br-413-19.html")
        #expect(moved("./03-br-413-19.html?x=1") == "punkter/03-br-413-19.html?x=1")
        #expect(moved("../../arkiv/") == "../arkiv/")
        #expect(moved("..") == "./")
    }

    @Test func linksThatAreNotRelativePathsStayAsTheyAre() {
        for destination in ["https://www.kk.dk/bilag/", "mailto:tmf@kk.dk", "/bilag/a.md", "//kk.dk/a", "#indstilling", "?side=2", "",
                            "javascript:alert(1)", " java\tscript:alert(1)", "../javascript:alert(1)"] {
            #expect(moved(destination) == destination, "\(destination)")
        }
    }

    @Test func textThatLooksLikeALinkIsNotTouched() {
        let inlines: [Inline] = [.text("](../bilag/a.md) <a href=\"../bilag/a.md\">"), .code("../bilag/a.md"),
                                 .strong([.link(destination: "../bilag/b.md", title: "../bilag/b.md", [.text("../bilag/b.md")])])]
        let document = Document(blocks: [.paragraph(inlines)], properties: DocumentProperties(subject: "Punkt 2"))
        let moved = document.withRelativeLinks(movedOutOf: "punkter")
        #expect(moved.blocks == [.paragraph([.text("](../bilag/a.md) <a href=\"../bilag/a.md\">"), .code("../bilag/a.md"),
                                             .strong([.link(destination: "bilag/b.md", title: "../bilag/b.md", [.text("../bilag/b.md")])])])])
        #expect(moved.properties == document.properties)
    }
}
