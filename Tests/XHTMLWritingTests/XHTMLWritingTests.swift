import CommitteeDocsDocumentTree
import Foundation
import TestSupport
import Testing
import CommitteeDocsXHTMLValidation
@testable import CommitteeDocsXHTMLWriting

func xhtml(_ blocks: [Block]) -> String {
    XHTMLWriter().write(Document(blocks: blocks))
}

/// The `<body>` … `</body>` part of the XHTML for `blocks`.
func body(_ blocks: [Block]) -> String {
    let page = xhtml(blocks)
    guard let start = page.range(of: "<body>"), let end = page.range(of: "</body>") else { return page }
    return String(page[start.lowerBound..<end.upperBound])
}

/// The validator's diagnostics for the XHTML of `blocks`, as text.
func diagnostics(_ blocks: [Block]) throws -> [String] {
    try XHTMLValidator.shared().validate(xhtml(blocks), file: "test.html").map(\.description)
}

func paragraph(_ text: String) -> Block {
    .paragraph([.text(text)])
}

@Suite("XHTML output")
struct XHTMLOutputTests {
    let memo: [Block] = [
        .metadata([MetadataEntry(label: "Dato", value: [.text("6. april 2009")]),
                   MetadataEntry(label: "Sagsbehandler", value: [.emphasis([.text("Jens Hansen")])])]),
        .heading(level: 1, [.text("Helhedsplan for Sydhavnen")]),
        .paragraph([.text("Forvaltningen indstiller, at "), .strong([.text("udvalget")]), .text(" & "),
                    .link(destination: "https://www.kk.dk/plan?a=1&b=2", title: "Planen \"2009\"", [.text("planen")]),
                    .softBreak, .text("godkendes"), .lineBreak, .strikethrough([.text("nu")]), .text(" "), .code("<kode>")]),
        .list(start: nil, tight: true, items: [[paragraph("Budget")], [paragraph("Finansiering"), paragraph("og mere")]]),
        .list(start: 1, tight: false, items: [[paragraph("Første")]]),
        .table(Table(alignments: [.left, .right, .center, .none], header: [[.text("Post")], [.text("Beløb")], [.text("Status")], [.text("Note")]],
                     rows: [[[.text("Anlæg")], [.text("1.250.000")], [.text("ok")], []]])),
        .blockQuote([paragraph("Citat")]),
        .codeBlock(info: "yaml linenums", text: "a: <1>\n  b: 2"),
        .thematicBreak,
        .pageBreak,
        .heading(level: 2, [.text("Bilag")]),
    ]

    @Test("A memo's body: every block in order, the side column where it stands")
    func memoBody() {
        #expect(body(memo) == """
            <body>
            <div class="indhold">
            <dl class="sidekolonne">
            <dt>Dato</dt>
            <dd>6. april 2009</dd>
            <dt>Sagsbehandler</dt>
            <dd><em>Jens Hansen</em></dd>
            </dl>
            <h1>Helhedsplan for Sydhavnen</h1>
            <p>Forvaltningen indstiller, at <strong>udvalget</strong> &amp; <a href="https://www.kk.dk/plan?a=1&amp;b=2" title="Planen &quot;2009&quot;">planen</a>
            godkendes<br />
            <del>nu</del> <code>&lt;kode&gt;</code></p>
            <ul>
            <li>Budget</li>
            <li>Finansiering<br />og mere</li>
            </ul>
            <ol>
            <li><p>Første</p>
            </li>
            </ol>
            <table>
            <thead>
            <tr><th scope="col" class="venstre">Post</th><th scope="col" class="hoejre">Beløb</th><th scope="col" class="midt">Status</th><th scope="col">Note</th></tr>
            </thead>
            <tbody>
            <tr><td class="venstre">Anlæg</td><td class="hoejre">1.250.000</td><td class="midt">ok</td><td></td></tr>
            </tbody>
            </table>
            <blockquote>
            <p>Citat</p>
            </blockquote>
            <pre><code class="language-yaml">a: &lt;1&gt;
              b: 2</code></pre>
            <hr />
            <div class="sideskift"></div>
            <h2>Bilag</h2>
            </div>
            </body>
            """)
    }

    @Test("The head has the Strict doctype, Danish language and the title")
    func head() {
        let page = xhtml(memo)
        #expect(page.hasPrefix("""
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
            <html xmlns="http://www.w3.org/1999/xhtml" lang="da" xml:lang="da">
            <head>
            <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
            <title>Helhedsplan for Sydhavnen</title>
            """))
        #expect(page.hasSuffix("</body>\n</html>\n"))
    }

    @Test("The document's properties are meta elements after the title: author, description, keywords, its date")
    func properties() throws {
        let properties = DocumentProperties(author: "Teknik- og Miljøforvaltningen", subject: "Sagsnr. 2009-45219, Dokumentnr. 2009-199623",
                                            keywords: ["notat", "KLE 03.10.00G01"], date: "2009-04-06")
        let page = XHTMLWriter().write(Document(blocks: memo, properties: properties))
        #expect(page.contains("""
            <title>Helhedsplan for Sydhavnen</title>
            <meta name="author" content="Teknik- og Miljøforvaltningen" />
            <meta name="description" content="Sagsnr. 2009-45219, Dokumentnr. 2009-199623" />
            <meta name="keywords" content="notat, KLE 03.10.00G01" />
            <meta name="dcterms.created" content="2009-04-06" />
            <meta name="dcterms.modified" content="2009-04-06" />
            <style type="text/css">
            """))
        #expect(try XHTMLValidator.shared().validate(page, file: "test.html").isEmpty)
    }

    @Test("A hostile author stays an attribute value")
    func hostileProperties() throws {
        let page = XHTMLWriter().write(Document(blocks: memo, properties: DocumentProperties(author: "\"><script>alert(1)</script>&amp;")))
        #expect(page.contains("<meta name=\"author\" content=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;amp;\" />"))
        #expect(!page.contains("<script"))
        #expect(try XHTMLValidator.shared().validate(page, file: "test.html").isEmpty)
    }

    @Test("Print: no page footer on page 1, \"Side N af M\" from page 2, rows never split")
    func printRules() {
        let css = XHTMLWriter.css
        #expect(css.contains("@page :first {\n  @bottom-right { content: none; }\n}"))
        #expect(css.contains("content: \"Side \" counter(page) \" af \" counter(pages)"))
        #expect(css.contains("tr, pre, blockquote, dl.sidekolonne { page-break-inside: avoid; }"))
        #expect(css.contains("\"Liberation Serif\"") && css.contains("\"Liberation Sans\""))
    }

    @Test("Without a level-1 heading the title is Dokument")
    func defaultTitle() {
        #expect(xhtml([paragraph("x")]).contains("<title>Dokument</title>"))
    }

    @Test("The memo validates as XHTML 1.0 Strict")
    func memoValidates() throws {
        #expect(try diagnostics(memo) == [])
    }

    @Test("An empty document validates")
    func emptyDocument() throws {
        #expect(body([]) == "<body>\n<div class=\"indhold\">\n</div>\n</body>")
        #expect(try diagnostics([]) == [])
    }

    @Test("A table without rows gets one empty row, and an empty block quote an empty div, to stay valid")
    func emptyContainers() throws {
        let blocks: [Block] = [.table(Table(alignments: [], header: [[.text("A")], [.text("B")]], rows: [])), .blockQuote([])]
        #expect(body(blocks) == """
            <body>
            <div class="indhold">
            <table>
            <thead>
            <tr><th scope="col">A</th><th scope="col">B</th></tr>
            </thead>
            <tbody>
            <tr><td></td><td></td></tr>
            </tbody>
            </table>
            <blockquote>
            <div></div>
            </blockquote>
            </div>
            </body>
            """)
        #expect(try diagnostics(blocks) == [])
    }
}

@Suite("XHTML headings")
struct XHTMLHeadingTests {
    @Test("Headings 1, 1, 4, 2 become h1, h2, h3, h2: exactly one h1 and no skipped level")
    func headingLevels() throws {
        let blocks: [Block] = [.heading(level: 1, [.text("Titel")]), .heading(level: 1, [.text("Endnu en")]),
                               .heading(level: 4, [.text("Dyb")]), .heading(level: 2, [.text("Afsnit")])]
        #expect(body(blocks) == """
            <body>
            <div class="indhold">
            <h1>Titel</h1>
            <h2>Endnu en</h2>
            <h3>Dyb</h3>
            <h2>Afsnit</h2>
            </div>
            </body>
            """)
        #expect(try diagnostics(blocks) == [])
    }

    @Test("Deep headings climb one level at a time and never pass h6")
    func deepHeadings() {
        let blocks: [Block] = (1...8).map { .heading(level: $0, [.text("\($0)")]) } + [.heading(level: 9, [.text("9")])]
        #expect(body(blocks) == """
            <body>
            <div class="indhold">
            <h1>1</h1>
            <h2>2</h2>
            <h3>3</h3>
            <h4>4</h4>
            <h5>5</h5>
            <h6>6</h6>
            <h6>7</h6>
            <h6>8</h6>
            <h6>9</h6>
            </div>
            </body>
            """)
    }
}

@Suite("XHTML lists")
struct XHTMLListTests {
    @Test("An ordered list starting at 3 counts with the start class and style, not a start attribute")
    func orderedListStart() throws {
        let blocks: [Block] = [.list(start: 3, tight: true, items: [[paragraph("tre")], [paragraph("fire")]])]
        #expect(body(blocks) == """
            <body>
            <div class="indhold">
            <ol class="start" style="counter-reset: punkt 2">
            <li>tre</li>
            <li>fire</li>
            </ol>
            </div>
            </body>
            """)
        #expect(!xhtml(blocks).contains("start="))
        #expect(try diagnostics(blocks) == [])
    }

    @Test("Nested and loose lists validate")
    func nestedLists() throws {
        let inner = Block.list(start: 0, tight: true, items: [[paragraph("a")], [.codeBlock(info: "", text: "b")]])
        let blocks: [Block] = [.list(start: nil, tight: false, items: [[paragraph("x"), inner, .blockQuote([paragraph("c")])], []])]
        #expect(body(blocks) == """
            <body>
            <div class="indhold">
            <ul>
            <li><p>x</p>
            <ol class="start" style="counter-reset: punkt -1">
            <li>a</li>
            <li><pre><code>b</code></pre>
            </li>
            </ol>
            <blockquote>
            <p>c</p>
            </blockquote>
            </li>
            <li></li>
            </ul>
            </div>
            </body>
            """)
        #expect(try diagnostics(blocks) == [])
    }
}

@Suite("XHTML links")
struct XHTMLLinkTests {
    private func paragraphBody(_ inner: String) -> String {
        "<body>\n<div class=\"indhold\">\n<p>\(inner)</p>\n</div>\n</body>"
    }

    @Test("http, https, mailto and relative links are kept", arguments: [
        "http://kk.dk", "https://www.kk.dk/a?b=c#d", "mailto:jens@kk.dk", "HTTPS://KK.DK", "bilag/plan.pdf",
        "../plan.pdf", "#afsnit", "?side=2", "/sti/med:kolon", "plan.pdf?x=a:b",
    ])
    func safeLinks(_ destination: String) throws {
        let blocks: [Block] = [.paragraph([.link(destination: destination, title: "", [.text("her")])])]
        #expect(body(blocks) == paragraphBody("<a href=\"\(destination)\">her</a>"))
        #expect(try diagnostics(blocks) == [])
    }

    @Test("javascript:, data: and vbscript: links are written as their text, without <a>", arguments: [
        "javascript:alert(1)", " JaVaScRiPt:alert(1)", "\tjava\nscript:alert(1)", "\u{1}javascript:alert(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "vbscript:msgbox(1)", "file:///etc/passwd", "plan:2009.pdf",
    ])
    func unsafeLinks(_ destination: String) throws {
        let blocks: [Block] = [.paragraph([.link(destination: destination, title: "t", [.text("her "), .emphasis([.text("nu")])])])]
        #expect(body(blocks) == paragraphBody("her <em>nu</em>"))
        #expect(try diagnostics(blocks) == [])
    }

    @Test("Quotes, ampersands, tabs and line ends in an attribute are escaped")
    func attributeEscaping() throws {
        let blocks: [Block] = [.paragraph([.link(destination: "a\"b&c<d>\te\nf\rg", title: "\"t\"\t<&>", [.text("x")])])]
        #expect(body(blocks) == paragraphBody(
            "<a href=\"a&quot;b&amp;c&lt;d&gt;&#9;e&#10;f&#13;g\" title=\"&quot;t&quot;&#9;&lt;&amp;&gt;\">x</a>"))
        #expect(try diagnostics(blocks) == [])
    }
}

/// Text that tries to become markup, entities, template tags or structure.
let hostileStrings: [String] = [
    "<script>alert(1)</script>",
    "]]>",
    "&nbsp;",
    "&amp;",
    "\"\u{301} '\u{301} <\u{301} &\u{301}",
    "# x",
    "- x",
    "1. x",
    "> x",
    "| a | b |",
    "```",
    "{{x}}",
    "*a* _b_ `c` [l](javascript:x) \\",
    "\u{202E}evil\u{202C}",
    "<![CDATA[x]]>",
    "<!-- x -->",
    "<?xml version=\"1.0\"?>",
    "</p></div></body></html>",
]

@Suite("XHTML escaping")
struct XHTMLEscapingTests {
    private func paragraphBody(_ inner: String) -> String {
        "<body>\n<div class=\"indhold\">\n<p>\(inner)</p>\n</div>\n</body>"
    }

    @Test("Hostile strings appear escaped exactly")
    func hostileStringsEscaped() throws {
        let expected = [
            "&lt;script&gt;alert(1)&lt;/script&gt;",
            "]]&gt;",
            "&amp;nbsp;",
            "&amp;amp;",
            "\"\u{301} '\u{301} &lt;\u{301} &amp;\u{301}",
            "# x",
            "- x",
            "1. x",
            "&gt; x",
            "| a | b |",
            "```",
            "{{x}}",
            "*a* _b_ `c` [l](javascript:x) \\",
            "&#x202E;evil&#x202C;",
            "&lt;![CDATA[x]]&gt;",
            "&lt;!-- x --&gt;",
            "&lt;?xml version=\"1.0\"?&gt;",
            "&lt;/p&gt;&lt;/div&gt;&lt;/body&gt;&lt;/html&gt;",
        ]
        for (hostile, escaped) in zip(hostileStrings, expected) {
            // Compared as UTF-8 bytes: String's == would compare "<" + U+0301 by character.
            #expect(Array(body([paragraph(hostile)]).utf8) == Array(paragraphBody(escaped).utf8), "\(hostile)")
            let titled = xhtml([.heading(level: 1, [.text(hostile)])])
            #expect(titled.contains("<title>\(escaped)</title>") && titled.contains("<h1>\(escaped)</h1>"), "\(hostile)")
        }
    }

    @Test("Hostile strings in every place validate", arguments: hostileStrings)
    func hostileStringsValidate(_ hostile: String) throws {
        let blocks: [Block] = [
            .metadata([MetadataEntry(label: hostile, value: [.text(hostile)])]),
            .heading(level: 1, [.text(hostile)]),
            .paragraph([.text(hostile), .emphasis([.text(hostile)]), .code(hostile),
                        .link(destination: hostile, title: hostile, [.text(hostile)]),
                        .link(destination: "https://kk.dk/" + hostile, title: hostile, [.text(hostile)])]),
            .table(Table(alignments: [.right], header: [[.text(hostile)]], rows: [[[.text(hostile)]]])),
            .codeBlock(info: hostile, text: hostile),
            .list(start: nil, tight: true, items: [[paragraph(hostile)]]),
        ]
        #expect(try diagnostics(blocks) == [])
    }

    @Test("C0 controls other than tab, line feed and carriage return become U+FFFD")
    func controls() throws {
        for value in (0x00...0x1F as ClosedRange<UInt8>) where ![0x09, 0x0A, 0x0D].contains(value) {
            let blocks = [paragraph("a\(String(UnicodeScalar(value)))b")]
            #expect(body(blocks) == paragraphBody("a\u{FFFD}b"), "U+\(String(value, radix: 16))")
            #expect(try diagnostics(blocks) == [], "U+\(String(value, radix: 16))")
        }
    }

    @Test("Tab and line feed stay in text, carriage return is a reference; U+FFFE and U+FFFF become U+FFFD")
    func otherControls() throws {
        let blocks = [paragraph("a\tb\nc\rd\u{FFFE}e\u{FFFF}")]
        #expect(body(blocks) == paragraphBody("a\tb\nc&#13;d\u{FFFD}e\u{FFFD}"))
        #expect(try diagnostics(blocks) == [])
    }

    @Test("Bidirectional controls appear as numeric references")
    func bidiControls() throws {
        let controls: [UInt32] = [0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069]
        let text = controls.map { String(UnicodeScalar($0)!) + "x" }.joined()
        let blocks = [paragraph(text), .codeBlock(info: "", text: text)]
        let references = controls.map { "&#x" + String($0, radix: 16, uppercase: true) + ";x" }.joined()
        #expect(body(blocks) == """
            <body>
            <div class="indhold">
            <p>\(references)</p>
            <pre><code>\(references)</code></pre>
            </div>
            </body>
            """)
        #expect(try diagnostics(blocks) == [])
    }

    @Test("Characters next to the bidi controls in UTF-8 are written as they are")
    func bidiNeighbours() {
        // U+2010 hyphen, U+2028 line separator, U+2030 per mille, U+2065 (unassigned), U+206A, U+FFFD, U+FFFC.
        let text = "\u{2010}\u{2028}\u{2030}\u{2065}\u{206A}\u{FFFD}\u{FFFC}\u{10FFFF}"
        #expect(body([paragraph(text)]) == paragraphBody(text))
    }
}



/// A block quote `depth` levels deep around a paragraph, built without recursion.
func deepQuote(_ depth: Int) -> Block {
    var block = paragraph("dybt")
    for _ in 0..<depth { block = .blockQuote([block]) }
    return block
}

/// Ordered lists starting at 2, `depth` levels deep around a paragraph.
func deepList(_ depth: Int) -> Block {
    var block = paragraph("dybt")
    for _ in 0..<depth { block = .list(start: 2, tight: true, items: [[block]]) }
    return block
}

/// The number of times `tag` occurs in `text`.
func count(_ tag: String, in text: String) -> Int {
    text.components(separatedBy: tag).count - 1
}

@Suite("XHTML size and depth")
struct XHTMLLimitTests {
    // The writer stops nesting at maximumNestingDepth but still recurses once per level of the tree
    // (see deepBlockQuoteOnSmallStack), so these run on a thread with a 256 MB stack.

    @Test("A 10,000-deep block quote is written with maximumNestingDepth quotes and validates")
    func deepBlockQuote() throws {
        let page = onThread(stackSize: 256 << 20) { xhtml([deepQuote(10_000)]) }
        #expect(count("<blockquote>", in: page) == XHTMLWriter.maximumNestingDepth)
        #expect(count("</blockquote>", in: page) == XHTMLWriter.maximumNestingDepth)
        #expect(page.contains("<blockquote>\n<p>dybt</p>\n</blockquote>"))
        #expect(try XHTMLValidator.shared().validate(page, file: "dyb.html") == [])
    }

    @Test("A 10,000-deep list is written with maximumNestingDepth lists and validates")
    func deepLists() throws {
        let page = onThread(stackSize: 256 << 20) { xhtml([deepList(10_000)]) }
        #expect(count("<ol class=\"start\" style=\"counter-reset: punkt 1\">", in: page) == XHTMLWriter.maximumNestingDepth)
        #expect(page.contains("<li><p>dybt</p>\n</li>"))
        #expect(try XHTMLValidator.shared().validate(page, file: "dyb.html") == [])
    }

    @Test("10,000 nested emphasis spans are capped at maximumNestingDepth and validate")
    func deepEmphasis() throws {
        let page = onThread(stackSize: 256 << 20) { () -> String in
            var inline = Inline.text("dybt")
            for _ in 0..<10_000 { inline = .emphasis([inline]) }
            return xhtml([.paragraph([inline])])
        }
        #expect(count("<em>", in: page) == XHTMLWriter.maximumNestingDepth)
        #expect(try XHTMLValidator.shared().validate(page, file: "dyb.html") == [])
    }

    /// Past the nesting limit the writer flattens without recursion, so a small stack suffices.
    @Test("A 10,000-deep block quote is written on a 4 MB stack (debug build)")
    func deepBlockQuoteOnSmallStack() {
        // Freeing a 10,000-deep Swift enum recurses once per level, so the tree lives and dies on a
        // big stack; only the writing happens on the small one.
        let page = onThread(stackSize: 256 << 20) { () -> String in
            let quote = deepQuote(10_000)
            // Keep the tree alive here, so its last release is not on the small stack.
            return withExtendedLifetime(quote) { onThread(stackSize: 4 << 20) { xhtml([quote]) } }
        }
        #expect(count("<blockquote>", in: page) == XHTMLWriter.maximumNestingDepth)
    }

    @Test("A 1 MB paragraph is written whole and validates")
    func largeParagraph() throws {
        let text = String(repeating: "Æblegrød & <fløde> ", count: 1_048_576 / 20)
        let page = xhtml([paragraph(text)])
        let escaped = text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
        #expect(page.contains("<p>" + escaped + "</p>"))
        #expect(try XHTMLValidator.shared().validate(page, file: "stor.html") == [])
    }
}
