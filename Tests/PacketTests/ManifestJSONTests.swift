import Testing
@testable import CommitteeDocsPacket

@Suite("The manifest's JSON")
struct ManifestJSONTests {
    private struct Entry: Encodable {
        var sti: String
        var punkt: Int?
        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(sti, forKey: .sti)
            try container.encode(punkt, forKey: .punkt)
        }
        enum CodingKeys: String, CodingKey { case sti, punkt }
    }

    private struct Top: Encodable {
        var zulu: String
        var alfa: Bool
        var filer: [Entry]
        var tomme: [Entry]
    }

    @Test func keysKeepTheirOrderAndTheLayoutIsFixed() throws {
        let text = try ManifestJSON.encode(Top(zulu: "første", alfa: true,
                                               filer: [Entry(sti: "a.html", punkt: 2), Entry(sti: "b.md", punkt: nil)], tomme: []))
        #expect(text == """
        {
          "zulu": "første",
          "alfa": true,
          "filer": [
            {"sti": "a.html", "punkt": 2},
            {"sti": "b.md", "punkt": null}
          ],
          "tomme": [
          ]
        }

        """)
    }

    @Test func hostileStringsStayStrings() throws {
        let text = try ManifestJSON.encode(Top(zulu: "\"}\n\\\u{01}</script>", alfa: false, filer: [], tomme: []))
        #expect(text.contains(#""zulu": "\"}\n\\\u0001</script>","#))
    }

    @Test func aFloatingPointNumberIsRefused() {
        struct Measured: Encodable { var value = 0.5 }
        #expect(throws: ManifestJSON.Unsupported.self) { try ManifestJSON.encode(Measured()) }
    }
}
