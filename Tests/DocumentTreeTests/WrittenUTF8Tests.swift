import CommitteeDocsDocumentTree
import Testing

/// A writer's bytes become its text without a second check; the text is the same one a checked
/// decoding gives.
@Suite("A writer's bytes as text")
struct WrittenUTF8Tests {
    @Test(arguments: [
        "",
        "Teknik- og Miljøudvalget",
        "Side 1 af 2 · ⅓ af udgiften – 6.000.000 kr.",
        "<p>Ærø &amp; Åbenrå</p>\n",
        "emoji 🏛️ and a combining e\u{301}",
    ])
    func bytesAssembledFromStringsReadBackAsTheSameText(_ text: String) {
        var bytes: [UInt8] = []
        bytes.append(contentsOf: text.utf8)
        bytes.append(contentsOf: "\n".utf8)
        let written = String(writtenUTF8: bytes)
        #expect(written == String(decoding: bytes, as: UTF8.self))
        #expect(written == text + "\n")
        #expect(Array(written.utf8) == bytes)
        #expect(written.count == text.count + 1)
    }
}
