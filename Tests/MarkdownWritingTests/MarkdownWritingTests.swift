import DocumentTree
import Foundation
import MarkdownReading
import Testing
@testable import MarkdownWriting

func write(_ blocks: [Block]) -> String {
    MarkdownWriter().write(Document(blocks: blocks))
}

/// The document `MarkdownReader` makes of the writer's Markdown for `document`.
func roundTrip(_ document: Document) -> Document {
    MarkdownReader().read(MarkdownWriter().write(document)).normalized()
}

func paragraph(_ text: String) -> Block {
    .paragraph([.text(text)])
}

@Suite("Markdown output")
struct MarkdownOutputTests {
    @Test("A memo prints front matter, the side column, title, text, list, table and page break")
    func memo() {
        let memo: [Block] = [
            .metadata([MetadataEntry(label: "Dato", value: [.text("6. april 2009")]),
                       MetadataEntry(label: "Sagsnr.", value: [.text("2009-45219")]),
                       MetadataEntry(label: "Sagsbehandler", value: [.emphasis([.text("Jens Hansen")])])]),
            .heading(level: 1, [.text("Helhedsplan for Sydhavnen")]),
            .paragraph([.text("Forvaltningen indstiller, at "), .strong([.text("Teknik- og Miljøudvalget")]), .text(":")]),
            .list(start: 1, tight: true, items: [[paragraph("godkender planen")], [paragraph("sender den i høring")]]),
            .table(Table(alignments: [.left, .right], header: [[.text("Post")], [.text("Beløb")]],
                         rows: [[[.text("Anlæg")], [.text("1.250.000")]], [[.text("Drift")], [.text("300.000")]]])),
            .pageBreak,
            .heading(level: 2, [.text("Bilag")]),
        ]
        #expect(write(memo) == """
            ---
            "Dato": "6. april 2009"
            "Sagsnr.": "2009-45219"
            "Sagsbehandler": "Jens Hansen"
            ---

            <!-- metadata -->

            **Dato** 6. april 2009\\
            **Sagsnr.** 2009-45219\\
            **Sagsbehandler** *Jens Hansen*

            # Helhedsplan for Sydhavnen

            Forvaltningen indstiller, at **Teknik- og Miljøudvalget**:

            1. godkender planen
            2. sender den i høring

            | Post | Beløb |
            | :-- | --: |
            | Anlæg | 1.250.000 |
            | Drift | 300.000 |

            <!-- pagebreak -->

            ## Bilag

            """)
    }

    @Test("An empty document is empty")
    func emptyDocument() {
        #expect(write([]) == "")
    }

    @Test("Markup characters in text are backslash-escaped, block markers only at a line start")
    func escaping() {
        #expect(write([paragraph("1. *a* _b_ [c] <d> | e ~ & # `f` \\ - 1. x")])
            == "1\\. \\*a\\* \\_b\\_ \\[c\\] \\<d\\> \\| e \\~ \\& \\# \\`f\\` \\\\ - 1. x\n")
        #expect(write([paragraph("- x")]) == "\\- x\n")
        #expect(write([paragraph("2) x")]) == "2\\) x\n")
    }

    @Test("Spaces at the ends of a line and line ends inside text become references")
    func whitespaceReferences() {
        #expect(write([paragraph("  a\tb\nc  ")]) == "&#32;&#32;a&#9;b&#10;c&#32;&#32;\n")
    }

    @Test("Breaks: soft is a line end, hard a backslash line end; an empty paragraph is a space reference")
    func breaks() {
        #expect(write([.paragraph([.text("a "), .softBreak, .text("b"), .lineBreak, .text("- c")]), .paragraph([])])
            == "a&#32;\nb\\\n\\- c\n\n&#32;\n")
    }

    @Test("A code block's fence is longer than any backtick run in it, tildes when the info has a backtick")
    func codeFences() {
        #expect(write([.codeBlock(info: "swift", text: "let a = \"```\"\n\nprint(a)")])
            == "````swift\nlet a = \"```\"\n\nprint(a)\n````\n")
        #expect(write([.codeBlock(info: "a`b", text: "~~~~")]) == "~~~~~a`b\n~~~~\n~~~~~\n")
    }

    @Test("Adjacent lists of the same kind alternate markers so they stay apart")
    func adjacentLists() {
        let bullets = Block.list(start: nil, tight: true, items: [[paragraph("a")]])
        let numbers = Block.list(start: 2, tight: true, items: [[paragraph("b")], [paragraph("c")]])
        #expect(write([bullets, bullets, numbers, numbers]) == "- a\n\n* a\n\n2. b\n3. c\n\n2) b\n3) c\n")
    }

    @Test("A block quote prefixes every line, blank ones with a bare >")
    func blockQuote() {
        #expect(write([.blockQuote([paragraph("a"), .blockQuote([paragraph("b")]), .thematicBreak])])
            == "> a\n>\n> > b\n>\n> ***\n")
    }

    @Test("Inline code uses a longer fence than its backtick runs and pads when it starts with one")
    func inlineCode() {
        #expect(write([.paragraph([.code("a `b` c"), .text(" "), .code("`x`"), .text(" "), .code(" y ")])])
            == "``a `b` c`` `` `x` `` `  y  `\n")
    }

    @Test("A link's destination is in angle brackets, its title quoted")
    func link() {
        #expect(write([.paragraph([.link(destination: "https://kk.dk/a b<c>", title: "Titel \"x\"", [.text("her")])])])
            == "[her](<https://kk.dk/a b\\<c\\>> \"Titel \\\"x\\\"\")\n")
    }

    @Test("Front matter quotes labels and values for YAML, escaping controls and bidi characters")
    func frontMatter() {
        #expect(write([.metadata([MetadataEntry(label: "A\"b\\", value: [.text("x\ny\u{1}\u{202E}")])])]) == """
            ---
            "A\\"b\\\\": "x\\ny\\x01\\u202E"
            ---

            <!-- metadata -->

            **A"b\\\\** x&#10;y\u{1}\u{202E}

            """)
    }
}

/// Documents that use every block and inline the tree has.
let richDocuments: [(name: String, blocks: [Block])] = [
    ("memo", [
        .metadata([MetadataEntry(label: "Dato", value: [.text("6. april 2009")]),
                   MetadataEntry(label: "Sagsnr.", value: [.text("2009-45219")]),
                   MetadataEntry(label: "Bilag", value: [])]),
        .heading(level: 1, [.text("Helhedsplan for Sydhavnen")]),
        .paragraph([.text("Forvaltningen indstiller, at udvalget:")]),
        .list(start: 1, tight: true, items: [[paragraph("godkender planen")], [paragraph("sender den i høring")]]),
        .table(Table(alignments: [.left, .right, .center, .none], header: [[.text("Post")], [.text("Beløb")], [.text("Status")], []],
                     rows: [[[.text("Anlæg")], [.text("1.250.000")], [.strong([.text("ok")])], [.code("a|b")]],
                            [[], [], [], []]])),
        .pageBreak,
        .heading(level: 2, [.text("Bilag")]),
    ]),
    ("inlines", [
        .paragraph([.text("Tekst med "), .emphasis([.text("kursiv "), .strong([.text("fed")])]), .text(", "),
                    .strikethrough([.text("slettet")]), .text(" og "), .code("kode `med` backticks"), .text("."),
                    .softBreak, .text("Ny linje"), .lineBreak, .text("efter hårdt skift "),
                    .link(destination: "https://www.kk.dk/sider/plan (2).pdf", title: "Plan \"2\"",
                          [.text("planen "), .emphasis([.text("her")])]),
                    .text(" og "), .link(destination: "mailto:a@kk.dk", title: "", [.text("a@kk.dk")])]),
        .paragraph([.strong([.text("Fed")]), .text("tekst"), .emphasis([.text("kursiv")]), .text("tekst")]),
        .heading(level: 3, [.text("Overskrift med "), .code("kode"), .text(" og "), .emphasis([.text("kursiv")])]),
    ]),
    ("lists", [
        .list(start: nil, tight: false, items: [
            [paragraph("Første"), paragraph("Uddybning"),
             .list(start: 7, tight: true, items: [[paragraph("syv")], [paragraph("otte"),
                                                                      .list(start: nil, tight: true, items: [[paragraph("dybt")]])]])],
            [.codeBlock(info: "", text: "kode i punkt")],
            [.blockQuote([paragraph("citat i punkt")])],
        ]),
        .list(start: nil, tight: true, items: [[paragraph("næste liste")]]),
        .list(start: 0, tight: true, items: [[paragraph("nul")], [paragraph("en")]]),
        .list(start: 1, tight: true, items: [[paragraph("ny nummerering")]]),
        paragraph("Efter listerne."),
    ]),
    ("quotes and code", [
        .blockQuote([
            .heading(level: 2, [.text("Citeret overskrift")]),
            paragraph("Citat"),
            .blockQuote([paragraph("indre citat"), .codeBlock(info: "yaml", text: "a: 1\n\n  b: ```")]),
            .list(start: nil, tight: true, items: [[paragraph("punkt")]]),
            .thematicBreak,
        ]),
        .codeBlock(info: "swift linenums", text: "let x = \"~~~\"\n\tindrykket\n"),
        .codeBlock(info: "", text: ""),
        .thematicBreak,
        .codeBlock(info: "a`b", text: "```\n~~~"),
        .heading(level: 6, [.text("Sidste")]),
    ]),
    ("two metadata blocks", [
        .metadata([MetadataEntry(label: "Til", value: [.text("Udvalget")])]),
        paragraph("Mellem"),
        .metadata([MetadataEntry(label: "Fra", value: [.link(destination: "https://kk.dk", title: "", [.text("KK")])]),
                   MetadataEntry(label: "Kopi", value: [.text("Borgerrepræsentationen")])]),
    ]),
]

@Suite("Markdown round trip")
struct MarkdownRoundTripTests {
    @Test("Rich documents read back to the same tree", arguments: richDocuments.map(\.name))
    func richDocument(name: String) {
        let document = Document(blocks: richDocuments.first { $0.name == name }!.blocks)
        #expect(roundTrip(document) == document.normalized())
    }

    @Test("Nesting beyond maximumNestingDepth is written without crashing and reads back capped")
    func deepQuotes() {
        var block = paragraph("dybt")
        for _ in 0..<150 { block = .blockQuote([block]) }
        var expected = paragraph("dybt")
        for _ in 0..<MarkdownWriter.maximumNestingDepth { expected = .blockQuote([expected]) }
        #expect(roundTrip(Document(blocks: [block])) == Document(blocks: [expected]))
    }
}

/// Text that tries to become Markdown markup, HTML, entities, template tags or block structure.
let hostileStrings: [String] = [
    "<script>alert(1)</script>",
    "]]>",
    "&nbsp;",
    "&amp;",
    "\"\u{301} '\u{301} <\u{301} &\u{301}",
    "# x",
    "- x",
    "+ x",
    "1. x",
    "2) x",
    "> x",
    "| a | b |",
    "```",
    "~~~",
    "{{x}}",
    "*a* _b_ `c` [l](javascript:x) \\",
    "    indented",
    "trailing  ",
    "\u{202E}evil\u{202C}",
    "\u{FFFE}",
] + (0x01...0x1F).map { String(UnicodeScalar(UInt8($0))) }

/// Where hostile text is placed in a document.
enum Placement: String, CaseIterable, CustomTestStringConvertible {
    case paragraph, afterHardBreak, heading, tableCell, metadataLabel, metadataValue, linkText, emphasis, strongInWord

    func document(_ text: String) -> Document {
        let blocks: [Block]
        switch self {
        case .paragraph: blocks = [.paragraph([.text(text)])]
        case .afterHardBreak: blocks = [.paragraph([.text("a"), .lineBreak, .text(text), .softBreak, .text(text)])]
        case .heading: blocks = [.heading(level: 2, [.text(text)])]
        case .tableCell:
            blocks = [.table(Table(alignments: [.none, .none], header: [[.text(text)], [.text("b")]],
                                   rows: [[[.text(text)], [.text("d")]]]))]
        case .metadataLabel: blocks = [.metadata([MetadataEntry(label: text, value: [.text("værdi")])])]
        case .metadataValue: blocks = [.metadata([MetadataEntry(label: "Etiket", value: [.text(text)])])]
        case .linkText: blocks = [.paragraph([.link(destination: "https://kk.dk", title: "", [.text(text)])])]
        case .emphasis: blocks = [.paragraph([.emphasis([.text(text)])])]
        case .strongInWord: blocks = [.paragraph([.text("x"), .strong([.text(text)]), .text("y")])]
        }
        return Document(blocks: blocks)
    }

    var testDescription: String { rawValue }
}

/// A hostile string as Swift source, so test case names show invisible characters.
struct Hostile: CustomTestStringConvertible, Sendable {
    let text: String
    var testDescription: String {
        text.unicodeScalars.map { $0.isASCII && $0.value >= 0x20 && $0.value < 0x7F ? String($0) : "\\u{\(String($0.value, radix: 16, uppercase: true))}" }
            .joined()
    }
}

/// The (string, placement) pairs that do not read back today.
///
/// Strong emphasis inside a word (`x**…**y`) whose content starts or ends with punctuation or
/// white space (after escaping: `\<`, `&#32;` …) is not a delimiter run under CommonMark's
/// flanking rules, so it reads back as literal asterisks. The writer protects only white space.
func knownRoundTripFailure(_ text: String, _ placement: Placement) -> Bool {
    switch placement {
    case .strongInWord:
        func edge(_ scalar: Unicode.Scalar?) -> Bool {
            guard let scalar else { return false }
            return (scalar.isASCII && scalar.properties.generalCategory.isPunctuationOrSymbol) || (0x09...0x0D).contains(scalar.value)
                || scalar == " "
        }
        return edge(text.unicodeScalars.first) || edge(text.unicodeScalars.last)
    default: return false
    }
}

private extension Unicode.GeneralCategory {
    var isPunctuationOrSymbol: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }
}

@Suite("Markdown round trip of hostile text")
struct HostileRoundTripTests {
    @Test("Hostile text reads back unchanged wherever it is placed",
          arguments: hostileStrings.map(Hostile.init), Placement.allCases)
    func hostile(_ hostile: Hostile, _ placement: Placement) {
        let document = placement.document(hostile.text)
        withKnownIssue("see knownRoundTripFailure") {
            #expect(roundTrip(document) == document.normalized(), "\(MarkdownWriter().write(document))")
        } when: {
            knownRoundTripFailure(hostile.text, placement)
        }
    }

    @Test("All hostile strings together in one paragraph read back unchanged")
    func together() {
        let document = Document(blocks: [.paragraph([.text(hostileStrings.prefix(20).joined(separator: " "))])])
        #expect(roundTrip(document) == document.normalized())
    }
}

@Suite("Markdown known issues")
struct MarkdownKnownIssueTests {
    @Test("Strong emphasis inside a word around punctuation reads back as strong")
    func strongInWordAroundPunctuation() {
        let document = Document(blocks: [.paragraph([.text("x"), .strong([.text("<b>")]), .text("y")])])
        #expect(MarkdownWriter().write(document) == "x**\\<b\\>**y\n")
        withKnownIssue("x**\\<b\\>**y is not strong under CommonMark's flanking rules") {
            #expect(roundTrip(document) == document)
        }
    }
}

/// Carries a result out of a `Thread`.
final class ResultBox<T>: @unchecked Sendable {
    var value: T?
}

@Suite("Markdown writer depth")
struct MarkdownDepthTests {
    private func onThread<T>(stackSize: Int, _ body: @escaping () -> T) -> T {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.value = body()
            done.signal()
        }
        thread.stackSize = stackSize
        thread.start()
        done.wait()
        return box.value!
    }

    /// Past the nesting limit the writer flattens without recursion, so a small stack suffices.
    @Test("A 10,000-deep block quote is written on a 4 MB stack (debug build) with maximumNestingDepth markers")
    func deepQuoteOnSmallStack() {
        // Freeing a 10,000-deep Swift enum recurses once per level, so the tree lives and dies on a
        // big stack; only the writing happens on the small one.
        let markdown = onThread(stackSize: 256 << 20) { () -> String in
            var block = paragraph("dybt")
            for _ in 0..<10_000 { block = .blockQuote([block]) }
            let quote = block
            // Keep the tree alive here, so its last release is not on the small stack.
            return withExtendedLifetime(quote) {
                onThread(stackSize: 4 << 20) { MarkdownWriter().write(Document(blocks: [quote])) }
            }
        }
        #expect(markdown == String(repeating: "> ", count: MarkdownWriter.maximumNestingDepth) + "dybt\n")
    }

    @Test("A 10,000-deep block quote is written with maximumNestingDepth markers (on a 256 MB stack)")
    func deepQuote() {
        let markdown = onThread(stackSize: 256 << 20) { () -> String in
            var block = paragraph("dybt")
            for _ in 0..<10_000 { block = .blockQuote([block]) }
            return MarkdownWriter().write(Document(blocks: [block]))
        }
        #expect(markdown == String(repeating: "> ", count: MarkdownWriter.maximumNestingDepth) + "dybt\n")
    }
}
