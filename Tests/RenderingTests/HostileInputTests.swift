import CommitteeDocsDocumentTree
import CommitteeDocsFormatting
import CommitteeDocsMarkdownReading
import CommitteeDocsModel
import Testing
@testable import CommitteeDocsRendering

/// Strings that try to become markup, entities, template tags or structure. Every one must come out
/// literally in every format, and the XHTML must stay valid.
let hostileStrings: [String] = [
    "<script>alert(1)</script>",
    "]]>",
    "&nbsp;",
    "&amp;",
    "\"\u{301} '\u{301} <\u{301} &\u{301}",
    "# Overskrift",
    "- punkt",
    "1. punkt",
    "> citat",
    "| a | b |",
    "```",
    "{{x}}",
    "{{{tekst}}} {{> memohoved}}",
    "\u{202E}evil\u{202C} bidi",
    "*stjerne* _understreg_ `kode` [link](javascript:alert(1)) \\",
    "\u{E000}\u{E010}\u{E001} private",
]

func hostileNotat(_ hostile: String) -> Notat {
    Notat(til: hostile, titel: hostile, dato: DanishDate(iso: "2009-04-06")!,
          sagsnr: try! Sagsnummer(parsing: "2009-45219"), dokumentnr: try! Dokumentnummer(parsing: "2009-199623"),
          sagsbehandler: hostile, forvaltning: hostile, center: hostile, kle: nil, adgang: .åben,
          afsnit: [Afsnit(betegnelse: hostile, overskrift: hostile, tekst: "Brødtekst.",
                          afsnit: [Afsnit(overskrift: hostile, tekst: "Mere tekst.")])])
}

/// XHTML text escaping as the writer documents it, scalar by scalar (Swift's `String` compares
/// whole characters, so "<" followed by a combining mark would not match "<").
func xhtmlEscaped(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
        switch scalar.value {
        case 0x26: out += "&amp;"
        case 0x3C: out += "&lt;"
        case 0x3E: out += "&gt;"
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: out += "&#x" + String(scalar.value, radix: 16, uppercase: true) + ";"
        default: out.unicodeScalars.append(scalar)
        }
    }
    return out
}

@Test(arguments: hostileStrings)
func aHostileValueComesOutLiterallyInEveryFormat(_ hostile: String) throws {
    let renderer = try shippedRenderer(RenderOptions(width: 1000))
    let rendered = try renderer.render(.notat(hostileNotat(hostile)))  // validates the XHTML

    // The tree holds the value as text: the title, the recipient line, headings, metadata.
    #expect(rendered.document.title == hostile)
    #expect(rendered.document.metadata.first { $0.label == "Sagsbehandler" }?.value == [.text(hostile)])
    #expect(rendered.document.blocks.contains(.paragraph([.text("Til " + hostile)])))

    #expect(rendered.contents(.html).contains("<h1>" + xhtmlEscaped(hostile) + "</h1>"))
    #expect(!rendered.contents(.html).contains("<script>"))
    #expect(rendered.contents(.txt).contains(hostile))

    // The Markdown reads back to the very same tree.
    let reread = MarkdownReader().read(rendered.contents(.md)).normalized()
    #expect(reread == rendered.document.normalized())
}

@Test func proseIsMarkdownButRawHTMLStaysText() throws {
    var notat = hostileNotat("Titel")
    notat.afsnit[0].tekst = "Se **dette**: <script>alert(1)</script> og {{x}}.\n\n- et punkt"
    let rendered = try shippedRenderer().render(.notat(notat))
    #expect(rendered.document.blocks.contains(.paragraph([
        .text("Se "), .strong([.text("dette")]), .text(": "), .text("<script>alert(1)</script>"), .text(" og {{x}}."),
    ].normalized())))
    #expect(rendered.document.blocks.contains(.list(start: nil, tight: true, items: [[.paragraph([.text("et punkt")])]])))
    #expect(rendered.contents(.html).contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
}

@Test func aMegabyteTitleRendersInFull() throws {
    let title = String(repeating: "Helhedsplan ", count: 90_000)  // about 1 MB
    let rendered = try shippedRenderer().render(.notat(hostileNotat(title)))
    #expect(rendered.document.title == title)
    #expect(rendered.contents(.html).utf8.count > 3 * title.utf8.count)  // title, h1, heading, side column…
}
