import CommitteeDocsDiagnostics
import Foundation
import CommitteeDocsModel
import CommitteeDocsPacket
import TestSupport
import Testing
@testable import CommitteeDocsRendering

// A rendered .md file is read by other Markdown renderers, some of which let raw HTML through
// (`cmark-gfm --unsafe`). Whatever the data holds, the HTML such a renderer makes of our Markdown
// may hold only the elements and attributes our writer means: none may come from data.

/// Markup that becomes live in an unsafe Markdown renderer, and links with dangerous schemes.
let activeMarkup: [String] = [
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>",
    "<a href=\"javascript:alert(1)\">x</a>",
    "[klik](javascript:alert(1))",
    "[klik](  JaVaScRiPt:alert(1))",
    "[klik](data:text/html,<script>alert(1)</script>)",
    "[klik](VBScript:msgbox)",
    "![billede](javascript:alert(1))",
    "<javascript:alert(1)>",
    "www.example.org",
]

/// Every hostile string a loaded data file can hold (the placeholder characters are refused at load).
let loadableHostileStrings = (hostileStrings + activeMarkup).filter { !$0.unicodeScalars.contains { (0xE000...0xE0FF).contains($0.value) } }

/// The elements and attributes our Markdown may turn into, and the link schemes it may keep.
let writerElements: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6", "p", "hr", "br", "em", "strong", "del", "code", "pre",
                                   "blockquote", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td", "a"]
let writerAttributes: Set<String> = ["href", "title", "align", "start", "class"]

/// The HTML that `cmark-gfm --unsafe` (with the GFM extensions) makes of `markdown`.
func unsafeHTML(_ markdown: String) throws -> String {
    // A file rather than a pipe to its stdin: tests run in parallel, and a write to a pipe can
    // meet a closed reader (SIGPIPE).
    let file = NSTemporaryDirectory() + "committee-docs-" + UUID().uuidString + ".md"
    try markdown.write(toFile: file, atomically: false, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: file) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/cmark-gfm")
    process.arguments = ["--unsafe", "-e", "table", "-e", "strikethrough", "-e", "autolink", "-e", "tagfilter", file]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let html = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: html, as: UTF8.self)
}

/// Every element and attribute of `html` that our writer does not make; empty when the HTML is ours.
func foreignMarkup(_ html: String) -> [String] {
    var found: [String] = []
    let tag = try! Regex(#"<(/?)([A-Za-z][A-Za-z0-9-]*)([^>]*)>"#)
    let attribute = try! Regex(#"([A-Za-z_:][-A-Za-z0-9_:.]*)\s*(?:=\s*("[^"]*"|'[^']*'|[^\s>]+))?"#)
    for match in html.matches(of: tag) {
        let name = String(match.output[2].substring!).lowercased()
        if !writerElements.contains(name) { found.append("<\(name)>") }
        for attr in String(match.output[3].substring!).matches(of: attribute) {
            let key = String(attr.output[1].substring!).lowercased()
            if key == "/" { continue }
            if !writerAttributes.contains(key) { found.append("\(name) \(key)=") }
            if key == "href", let value = attr.output[2].substring {
                let destination = value.trimmingCharacters(in: CharacterSet(charactersIn: "\"'")).lowercased()
                if let colon = destination.firstIndex(of: ":"),
                   !["http", "https", "mailto"].contains(String(destination[..<colon])) {
                    found.append("href=\(destination)")
                }
            }
        }
    }
    return found
}

@Test func cmarkGFMIsInstalledForTheseTests() {
    #expect(FileManager.default.isExecutableFile(atPath: "/usr/bin/cmark-gfm"),
            "install the Debian package cmark-gfm (make deps)")
}

@Test func theForeignMarkupCheckFindsWhatItLooksFor() throws {
    #expect(foreignMarkup(try unsafeHTML("a <img src=x onerror=alert(1)> [b](javascript:c)\n")) == ["<img>", "img src=", "img onerror=", "href=javascript:c"])
}

@Test(arguments: hostileStrings + activeMarkup)
func aMemosMarkdownStaysInertInAnUnsafeRenderer(_ hostile: String) throws {
    var notat = hostileNotat(hostile)
    notat.afsnit[0].tekst = "Se " + hostile + " og [dette](https://example.org)."
    let rendered = try shippedRenderer().render(.notat(notat))
    let html = try unsafeHTML(rendered.contents(.md))
    #expect(foreignMarkup(html) == [], "\(rendered.contents(.md))")
    #expect(html.contains("<a href=\"https://example.org\">dette</a>"))
}

@Test func proseLinksWithDangerousSchemesAreDroppedInMarkdownAsInXHTML() throws {
    var notat = hostileNotat("Titel")
    notat.afsnit[0].tekst = """
    [a](javascript:alert(1)) [b](  JAVASCRIPT:x) [c](data:text/html,x) [d](VbScript:x) [f](https://example.org) [g](bilag.pdf)
    """
    let rendered = try shippedRenderer().render(.notat(notat))
    let markdown = rendered.contents(.md)
    #expect(markdown.contains("a b c d [f](https://example.org) [g](bilag.pdf)"), "\(markdown)")
    #expect(foreignMarkup(try unsafeHTML(markdown)) == [])
    #expect(rendered.contents(.html).contains("a b c d <a href=\"https://example.org\">f</a> <a href=\"bilag.pdf\">g</a>"))
}

/// `text` as a JSON string.
func json(_ text: String) -> String {
    String(decoding: try! JSONEncoder().encode(text), as: UTF8.self)
}

/// An områdefornyelse (any activity area names) with `hostile` in its case, areas, sources, clauses,
/// bilag and TMU's decision (which the indstilling to ØU, written after it, shows).
func hostilePlan(_ hostile: String) -> String {
    let h = json(hostile), clause = json("at " + hostile)
    return """
    {"plan": "områdefornyelse", "fase": "foreløbig", "titel": \(h), "område": \(h),
     "periode": {"start": "2016-01-01", "slut": "2021-12-31"},
     "sag": {"sagsnr": "2015-0287731", "forvaltning": \(h), "center": \(h), "sagsbehandler": \(h), "direktør": \(h)},
     "budget": {"total": "24.000.000", "indsatsområder": [{"navn": \(h), "beløb": "18.000.000"}, {"navn": "Kultur", "beløb": "6.000.000"}]},
     "finansiering": [{"kilde": \(h), "art": "stat", "beløb": "8.000.000"}, {"kilde": "Kommunen", "art": "kommune", "beløb": "16.000.000"}],
     "forløb": [{"udvalg": "TMU", "dato": "2015-11-23", "status": "godkendt", "beslutning": \(h)}, {"udvalg": "ØU", "dato": "2015-12-08", "status": "planlagt"}],
     "dokumenter": [{"dokument": "indstilling", "dokumentnr": "2015-0933140", "dato": "2015-11-30", "til": "ØU", "titel": \(h),
                     "resumé": \(h), "indstilling": [\(clause), "at planen godkendes"], "problemstilling": "P.", "løsning": "L.",
                     "økonomi": "Ø.", "bilag": [\(h)], "underskrift": [{"navn": \(h), "titel": \(h)}]}]}
    """
}

@Test(arguments: loadableHostileStrings)
func aPlansMarkdownStaysInertAndItsValuesLiteral(_ hostile: String) throws {
    let documents = try shippedRenderer().render(bytes: Array(hostilePlan(hostile).utf8), file: "plan.json")
    #expect(documents.count == 1)
    for document in documents {
        let markdown = document.contents(.md)
        #expect(foreignMarkup(try unsafeHTML(markdown)) == [], "\(markdown)")
        #expect(!document.contents(.html).contains("<script"))
    }
}

@Test(arguments: loadableHostileStrings)
func aMeetingItemTitleStaysInert(_ hostile: String) async throws {
    let folder = try temporaryFolder("hostile")
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let meeting = """
    {"møde": {"udvalg": "TMU", "type": "ordinært", "dato": "2019-09-02", "tid": "15:00", "sted": \(json(hostile))},
     "punkter": [{"titel": \(json(hostile)), "nummer": "TMU 232/19", "sagsnr": "2024-18822", "tekst": \(json(hostile))}]}
    """
    try meeting.write(toFile: folder + "/møde.json", atomically: true, encoding: .utf8)
    let packets = try await PacketBuilder(renderer: try shippedRenderer()).build(meetingFile: folder + "/møde.json", editions: [.intern])
    let markdownFiles = packets.flatMap(\.files).filter { $0.path.hasSuffix(".md") }
    #expect(markdownFiles.count >= 3)
    for file in markdownFiles {
        let markdown = String(decoding: file.bytes, as: UTF8.self)
        #expect(foreignMarkup(try unsafeHTML(markdown)) == [], "\(file.path): \(markdown)")
    }
}

@Test func placeholdersUseOnlyReservedCharacters() {
    for index in [0, 9, 10, 12345] {
        #expect(Placeholder.token(for: index).unicodeScalars.allSatisfy(ReservedCharacter.contains))
    }
}

@Test func aPlaceholderSpellsItsIndexInPrivateUseDigitsAndReadsBackAsIt() {
    #expect(Placeholder.token(for: 0) == "\u{E000}\u{E010}\u{E001}")
    #expect(Placeholder.token(for: 907) == "\u{E000}\u{E019}\u{E010}\u{E017}\u{E001}")
    for index in [0, 1, 9, 10, 11, 99, 100, 101, 12345, 1_000_000] {
        var text = "før "
        Placeholder.appendToken(for: index, to: &text)
        text += " efter"
        #expect(Placeholder.pieces(of: text) == [.literal("før "), .value(index), .literal(" efter")])
    }
}
