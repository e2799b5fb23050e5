import CommitteeDocsDiagnostics
import Foundation
import Synchronization
import Testing
import CommitteeDocsXHTMLValidation

/// An XHTML 1.0 Strict page: `head` inside `<head>` (a title unless given) and `body` inside `<body>`.
/// The body starts on line 9.
func page(body: String, head: String = "<title>Notat</title>",
          doctype: String = "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">") -> String {
    """
    <?xml version="1.0" encoding="UTF-8"?>
    \(doctype)
    <html xmlns="http://www.w3.org/1999/xhtml" lang="da" xml:lang="da">
    <head>
    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
    \(head)
    </head>
    <body>
    \(body)
    </body>
    </html>

    """
}

/// What the validator reports for `xhtml`, one `file:line:col: error: message` per diagnostic.
func validate(_ xhtml: String) throws -> [String] {
    try XHTMLValidator.shared().validate(xhtml, file: "notat.html").map(\.description)
}

/// Documents the concurrency test validates, valid and broken.
let sampleDocuments: [String] = [
    page(body: "<p>Tekst</p>"),
    page(body: "<blink>x</blink>"),
    page(body: "<p>a <p>b</p></p>"),
    page(body: "<ol start=\"3\"><li>x</li></ol>"),
    page(body: "<p>x</p>", head: ""),
    page(body: "<p>a</b>"),
    page(body: "<p>&nbsp;x&aelig;</p>"),
    page(body: "<p>&ukendt;</p>"),
]

@Suite("XHTML validation")
struct XHTMLValidationTests {
    @Test("A minimal valid document has no diagnostics")
    func valid() throws {
        let diagnostics = try validate(page(body: "<h1>Notat</h1>\n<p>Tekst med <em>vægt</em> og <a href=\"https://kk.dk\">link</a>.</p>"))
        #expect(diagnostics == [])
    }

    @Test("An undeclared element is reported at its line")
    func undeclaredElement() throws {
        let diagnostics = try validate(page(body: "<p>x</p>\n<blink>y</blink>"))
        #expect(diagnostics == [
            "notat.html:8:1: error: Element body content does not follow the DTD, expecting (p | h1 | h2 | h3 | h4 | h5 | h6 | div | ul | ol | dl | pre | hr | blockquote | address | fieldset | table | form | noscript | ins | del | script)*, got (p blink )",
            "notat.html:10:1: error: No declaration for element blink",
        ])
    }

    @Test("A paragraph inside a paragraph is reported")
    func paragraphInParagraph() throws {
        let diagnostics = try validate(page(body: "<p>a <p>b</p></p>"))
        #expect(diagnostics == [
            "notat.html:9:1: error: Element p is not declared in p list of possible children",
        ])
    }

    @Test("The start attribute of ol is not in XHTML 1.0 Strict")
    func olStart() throws {
        let diagnostics = try validate(page(body: "<ol start=\"3\">\n<li>x</li>\n</ol>"))
        #expect(diagnostics == [
            "notat.html:9:1: error: No declaration for attribute start of element ol",
        ])
    }

    @Test("A head without a title is reported")
    func missingTitle() throws {
        let diagnostics = try validate(page(body: "<p>x</p>", head: ""))
        #expect(diagnostics == [
            "notat.html:4:1: error: Element head content does not follow the DTD, expecting ((script | style | meta | link | object)* , ((title , (script | style | meta | link | object)* , (base , (script | style | meta | link | object)*)?) | (base , (script | style | meta | link | object)* , title , (script | style | meta | link | object)*))), got (meta )",
        ])
    }

    @Test("A document that is not well-formed reports the parser's error and nothing more")
    func notWellFormed() throws {
        let diagnostics = try validate(page(body: "<p>a</b>"))
        #expect(diagnostics == [
            "notat.html:9:9: error: Opening and ending tag mismatch: p line 9 and b",
        ])
    }

    @Test("A Transitional DOCTYPE is reported as not Strict")
    func transitionalDoctype() throws {
        let doctype = "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">"
        let diagnostics = try validate(page(body: "<p>x</p>", doctype: doctype))
        #expect(diagnostics == [
            "notat.html:1:1: error: the document type is \"-//W3C//DTD XHTML 1.0 Transitional//EN\"; expected XHTML 1.0 Strict (-//W3C//DTD XHTML 1.0 Strict//EN)",
        ])
    }

    @Test("A document without a DOCTYPE is reported")
    func noDoctype() throws {
        let diagnostics = try validate(page(body: "<p>x</p>", doctype: ""))
        #expect(diagnostics == [
            "notat.html:1:1: error: the document type is not declared; expected XHTML 1.0 Strict (-//W3C//DTD XHTML 1.0 Strict//EN)",
        ])
    }

    @Test("A user's file with &nbsp; and other XHTML entities validates through the DTD")
    func namedEntities() throws {
        let diagnostics = try validate(page(body: "<p>Pris:&nbsp;100&nbsp;kr. &aelig;&oslash;&aring; &mdash; &euro;</p>"))
        #expect(diagnostics == [])
    }

    @Test("An entity the DTD does not declare is reported")
    func undeclaredEntity() throws {
        let diagnostics = try validate(page(body: "<p>&ukendt;</p>"))
        #expect(diagnostics == [
            "notat.html:9:12: error: Entity 'ukendt' not defined",
        ])
    }

    @Test("Empty input, for which libxml2 reports nothing, is reported as not parseable")
    func emptyInput() throws {
        let diagnostics = try validate("")
        #expect(diagnostics == ["notat.html:1:1: error: the document could not be parsed"])
    }

    @Test("Validating from 8 threads at once gives the same diagnostics as one after another")
    func concurrentValidation() throws {
        let validator = try XHTMLValidator.shared()
        let serial = sampleDocuments.map { validator.validate($0, file: "notat.html") }
        #expect(serial.contains { $0.isEmpty })
        #expect(serial.contains { !$0.isEmpty })

        let rounds = 20
        let results = ResultList(count: 8 * rounds)
        DispatchQueue.concurrentPerform(iterations: 8 * rounds) { index in
            results.set(index, sampleDocuments.map { validator.validate($0, file: "notat.html") })
        }
        for index in 0..<(8 * rounds) {
            #expect(results.get(index) == serial, "iteration \(index)")
        }
    }

    @Test("Validating from 8 dedicated threads started together gives the same diagnostics as one after another")
    func eightThreads() throws {
        // concurrentPerform runs only as many threads as there are cores; these are 8 whatever the machine.
        let validator = try XHTMLValidator.shared()
        let serial = sampleDocuments.map { validator.validate($0, file: "notat.html") }
        let results = ResultList(count: 8)
        let start = DispatchSemaphore(value: 0)
        let finished = DispatchGroup()
        for index in 0..<8 {
            finished.enter()
            Thread {
                start.wait()
                var last: [[Diagnostic]] = []
                for _ in 0..<20 {
                    last = sampleDocuments.map { validator.validate($0, file: "notat.html") }
                    if last != serial { break }
                }
                results.set(index, last)
                finished.leave()
            }.start()
        }
        for _ in 0..<8 { start.signal() }
        finished.wait()
        for index in 0..<8 {
            #expect(results.get(index) == serial, "thread \(index)")
        }
    }

    /// A meeting packet's combined page is held as pieces (opening, one per item, closing).
    @Test func aPageInPiecesIsReadPieceByPieceWithTheSameFindings() throws {
        let validator = try XHTMLValidator.shared()
        for body in ["<h1>Dagsorden</h1>\n<div class=\"sideskift\"></div>\n<p>Punkt 2 · Åben</p>",
                     "<p>ok</p>\n<blink>x</blink>", "<p>a</b>",
                     "<p>" + String(repeating: "Æblegrød &amp; fløde ", count: 2_000) + "</p>"] {
            let whole = page(body: body)
            // Pieces of every size: empty ones, single characters, and one far larger than libxml2's read buffer.
            var pieces: [String] = ["", String(whole.prefix(1))]
            var rest = Substring(whole.dropFirst())
            var size = 1
            while !rest.isEmpty {
                pieces.append(String(rest.prefix(size)))
                rest = rest.dropFirst(size)
                size = size * 3 + 1
                pieces.append("")
            }
            #expect(pieces.joined() == whole)
            #expect(validator.validateStreaming(pieces: pieces, file: "pakke.html").map(\.description)
                        == validator.validateStreaming(whole, file: "pakke.html").map(\.description), "\(body.prefix(40))")
        }
        #expect(validator.validateStreaming(pieces: [], file: "pakke.html") != [], "nothing is not a page")
    }
}

/// Results written from several threads, each to its own index.
final class ResultList: Sendable {
    private let values: Mutex<[[[Diagnostic]]]>

    init(count: Int) {
        values = Mutex(Array(repeating: [], count: count))
    }

    func set(_ index: Int, _ value: [[Diagnostic]]) {
        values.withLock { $0[index] = value }
    }

    func get(_ index: Int) -> [[Diagnostic]] {
        values.withLock { $0[index] }
    }
}
