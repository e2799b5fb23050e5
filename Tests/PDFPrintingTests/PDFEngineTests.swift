import Foundation
import TestSupport
import Synchronization
import Testing
@testable import CommitteeDocsPDFPrinting

/// The engine's workers: found through `weasyprint`'s own first line, shared between threads,
/// kept after a document WeasyPrint refuses, replaced after one that dies.
@Suite struct PDFEngineTests {
    static let page = """
    <?xml version="1.0" encoding="UTF-8"?>
    <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
    <html xmlns="http://www.w3.org/1999/xhtml" lang="da" xml:lang="da"><head><title>Prøve</title></head>
    <body><h1>Prøve</h1><p>Æble, øl og å.</p></body></html>
    """

    @Test func weasyPrintIsFoundWithTheInterpreterItsFirstLineNames() throws {
        let engine = try PDFEngine.locate(environment: ["PATH": "/usr/local/bin:/usr/bin:/bin"])
        #expect(engine.weasyprint.hasSuffix("/weasyprint"))
        #expect(engine.interpreter.contains("python"))
        #expect(try engine.checkAvailable().first?.isNumber == true, "WeasyPrint's version")
    }

    @Test func aScriptRunThroughEnvFindsItsInterpreterOnThePath() throws {
        let folder = try temporaryFolder("pdf-engine")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let script = folder + "/weasyprint"
        try "#!/usr/bin/env python3\nimport weasyprint\n".write(toFile: script, atomically: true, encoding: .utf8)
        #expect(PDFEngine.interpreter(of: script, path: "/usr/bin") == "/usr/bin/python3")
        try "#!/bin/sh\nexit 0\n".write(toFile: script, atomically: true, encoding: .utf8)
        #expect(PDFEngine.interpreter(of: script, path: "/usr/bin") == nil, "a shell script is not WeasyPrint")
    }

    @Test func manyThreadsShareTwoWorkersAndGetTheSameBytesForTheSamePage() throws {
        let engine = try PDFEngine.locate(environment: ["PATH": "/usr/bin"], maximumWorkers: 2)
        defer { engine.shutdown() }
        let results = Results(count: 8)
        DispatchQueue.concurrentPerform(iterations: 8) { index in
            results.set(index, try? engine.print(PDFJob(html: Self.page, identifier: "prøve", date: "2019-10-10")))
        }
        let pdfs = results.values.compactMap { $0 }
        #expect(pdfs.count == 8)
        #expect(Set(pdfs).count == 1, "the same page prints to the same bytes in every worker")
        #expect(pdfs[0].starts(with: Array("%PDF-1.7".utf8)))
        let other = try engine.print(PDFJob(html: Self.page, identifier: "en anden", date: "2019-10-10"))
        #expect(other != pdfs[0], "another identity gives another file identifier")
    }

    @Test func aPageWeasyPrintRefusesIsAFailureAndTheWorkerGoesOn() throws {
        let engine = try PDFEngine.locate(environment: ["PATH": "/usr/bin"], maximumWorkers: 1)
        defer { engine.shutdown() }
        #expect(throws: PDFEngine.Failure.self) {
            try engine.print(PDFJob(html: Self.page, identifier: "x", date: "not a date"))
        }
        let pdf = try engine.print(PDFJob(html: Self.page, identifier: "x", date: "2019-10-10"))
        #expect(pdf.starts(with: Array("%PDF".utf8)))
    }

    @Test func aProgramThatIsNotWeasyPrintIsUnavailableWithTheDebianPackageNamed() {
        #expect {
            try PDFEngine.locate(environment: ["PATH": "/nonexistent"])
        } throws: { error in
            "\(error)".contains("apt-get install weasyprint")
        }
        let notPython = PDFEngine(interpreter: "/bin/false", weasyprint: "/bin/false", maximumWorkers: 1)
        #expect {
            try notPython.checkAvailable()
        } throws: { error in
            "\(error)".contains("did not start") && "\(error)".contains("apt-get install weasyprint")
        }
    }
}

/// Slots filled from several threads.
final class Results: Sendable {
    private let slots: Mutex<[[UInt8]?]>
    init(count: Int) { slots = Mutex(Array(repeating: nil, count: count)) }
    func set(_ index: Int, _ value: [UInt8]?) { slots.withLock { $0[index] = value } }
    var values: [[UInt8]?] { slots.withLock { $0 } }
}
